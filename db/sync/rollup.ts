// Roll-up for the level above: an envelope signed by this office carrying the departments' original
// signed packages unchanged (packages/<id>.duban), the keys this office enrolled (peers.json) and its
// own change log (plan and reviews), so the upper office can check every original signature itself.
import { existsSync, readFileSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors.js';
import { CHANGES_PATH, PEERS_PATH } from '../../shared/sync/manifest.js';
import type { ExportResult } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { ownChanges, maxOwnSeq, writePackage } from './export.js';
import { storedPackagePath } from './files.js';
import type { PackageContent } from './package-zip.js';
import { listPeers, readSelf } from './state.js';

export const exportRollup = (ctx: BackendContext, out: string, to: string | null): ExportResult => {
  const { db } = ctx;
  const self = readSelf(db, ctx.identity);
  if (self.role !== 'office') throw new ApiError('refused', '汇总上报只能在牵头办公室进行');
  const originals = (prepared(db, "SELECT package_id FROM sync_packages WHERE kind = 'progress' ORDER BY from_origin, seq_from").all() as { package_id: string }[])
    .map((r) => ({ id: r.package_id, path: storedPackagePath(ctx.filesDir, r.package_id) }))
    .filter((p) => existsSync(p.path));
  if (originals.length === 0) throw new ApiError('refused', '还没有导入过任何部门的进度包,没有可汇总的内容');
  const changes = ownChanges(db, self.originId, 1);
  const peers = listPeers(db)
    .filter((p) => p.role === 'department')
    .map((p) => ({ originId: p.origin_id, publicKeyPem: p.public_key, departmentId: p.department_id, name: p.name }));
  const encoder = new TextEncoder();
  const contents: PackageContent[] = [
    { path: CHANGES_PATH, bytes: encoder.encode(changes.map((c) => JSON.stringify(c)).join('\n') + (changes.length ? '\n' : '')), records: changes.length },
    { path: PEERS_PATH, bytes: encoder.encode(JSON.stringify(peers)), records: peers.length },
    ...originals.map((o) => ({ path: `packages/${o.id}.duban`, bytes: new Uint8Array(readFileSync(o.path)), records: 1 })),
  ];
  return writePackage(
    ctx,
    self,
    { kind: 'rollup', to, toDepartmentId: null, seqFrom: 1, seqTo: maxOwnSeq(db, self.originId), acks: {}, contents, unit: self.name, changeCount: changes.length, innerPackageCount: originals.length },
    out,
  );
};
