// Export figure: a unit's full progress export (read the change log, attachments, manifest, sign, zip,
// write) against writing the same entries with fflate alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { call, openInstallation, type BuiltDepartment } from './build.js';
import { median } from './stats.js';

export type ExportFigures = { exportMs: number; fflateMs: number; bytes: number; changes: number };

export const measureExport = async (dept: BuiltDepartment, scratch: string, runs = 5): Promise<ExportFigures> => {
  const backend = openInstallation(dept.dbPath);
  const times: number[] = [];
  let path = '';
  let changes = 0;
  try {
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      // Nothing was acknowledged, so every export is the unit's full history: the worst case.
      const result = await call(backend, 'sync.export', { out: join(scratch, `export-${i}.duban`) });
      times.push(performance.now() - started);
      path = result.path;
      changes = result.changeCount;
    }
  } finally {
    backend.close();
  }
  const bytes = new Uint8Array(readFileSync(path));
  const entries = unzipSync(bytes);
  const floor: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    writeFileSync(join(scratch, `fflate-${i}.zip`), zipSync(entries, { level: 0, mtime: new Date('2020-01-01T00:00:00Z') }));
    floor.push(performance.now() - started);
  }
  return { exportMs: median(times), fflateMs: median(floor), bytes: bytes.length, changes };
};
