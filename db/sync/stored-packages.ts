// Every package this PC imports is kept under files/packages/<id>.duban (import.ts). Restoring an older
// backup rewinds the database but not those files, so what arrived after the backup is still on the
// PC: listed here and imported again through the ordinary import (verified afresh, idempotent), so a
// restore never forces anyone to hunt for old USB sticks.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../shared/sync/manifest.js';
import type { StoredPackage } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { readPackageFile, storedPackagePath } from './files.js';
import { openPackage } from './package-zip.js';
import { isPackageImported } from './state.js';

const STORED_NAME = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.duban$/;

const storedIds = (filesDir: string): string[] => {
  try {
    return readdirSync(join(filesDir, 'packages'))
      .map((name) => STORED_NAME.exec(name)?.[1])
      .filter((id): id is string => id !== undefined);
  } catch {
    return []; // no package received yet
  }
};

/** Kept packages the database does not record as imported, in the order they were made (sender, sequence). */
export const unrecordedStoredPackages = (ctx: BackendContext): StoredPackage[] => {
  const found: StoredPackage[] = [];
  for (const id of storedIds(ctx.filesDir)) {
    if (isPackageImported(ctx.db, id)) continue;
    const path = storedPackagePath(ctx.filesDir, id);
    try {
      const { manifest } = openPackage(readPackageFile(path, LIMITS.fileBytes));
      if (manifest.packageId !== id) continue; // renamed by hand: not one of ours
      found.push({
        packageId: id,
        kind: manifest.kind,
        senderName: manifest.from.name,
        seqFrom: manifest.seqFrom,
        seqTo: manifest.seqTo,
        createdAt: manifest.createdAt,
        sizeBytes: statSync(path).size,
      });
    } catch {
      // A kept file that no longer opens cannot be imported again; the import would say why if asked.
    }
  }
  const setupFirst = (p: StoredPackage): number => (p.kind === 'setup' ? 0 : 1);
  return found.sort(
    (a, b) => setupFirst(a) - setupFirst(b) || a.senderName.localeCompare(b.senderName, 'zh-CN') || a.seqFrom - b.seqFrom || a.seqTo - b.seqTo,
  );
};
