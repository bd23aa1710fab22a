// A package opened on the wrong PC, said the way a clerk would say it: what the file is, who made it,
// where it belongs and what this PC is (这是发给市财政局的初始化包,本机是市商务局).
import { KIND_LABELS, type Manifest } from '../../shared/sync/manifest.js';
import type { Db } from '../open.js';
import { departmentName, findPeer, type Self } from './state.js';

const thisPc = (self: Self): string => (self.role === 'office' ? (self.name === '牵头办公室' ? '本机是牵头办公室' : `本机是牵头办公室(${self.name})`) : self.departmentId ? `本机是${self.name}` : '本机是部门端');

/** The unit a package is addressed to, by name where this PC knows it. */
const addresseeOf = (db: Db, manifest: Manifest): string | null => {
  if (manifest.toDepartmentId) {
    const name = departmentName(db, manifest.toDepartmentId);
    return name && name !== manifest.toDepartmentId ? name : '另一个部门';
  }
  if (manifest.to) return findPeer(db, manifest.to)?.name ?? null;
  return null;
};

/** What the file is: 这是市商务局的进度包 / 这是市城市办发给市财政局的初始化包. */
export const whatTheFileIs = (db: Db, manifest: Manifest): string => {
  const to = addresseeOf(db, manifest);
  const kind = KIND_LABELS[manifest.kind];
  return to ? `这是${manifest.from.name}发给${to}的${kind}` : `这是${manifest.from.name}的${kind}`;
};

/** Where the file belongs, for a package refused here because of its kind or its sender's role. */
export const misplacedReason = (db: Db, self: Self, manifest: Manifest): string => {
  const what = whatTheFileIs(db, manifest);
  const to = addresseeOf(db, manifest);
  const where =
    manifest.kind === 'progress'
      ? '应交给牵头办公室导入'
      : manifest.kind === 'rollup'
        ? '应在上级牵头办公室导入'
        : to
          ? `应在${to}的电脑上导入`
          : '应在部门的电脑上导入';
  return `${what},${where};${thisPc(self)}`;
};

/** A setup or office package addressed to another unit than this department. */
export const notForThisUnit = (db: Db, self: Self, manifest: Manifest): string =>
  self.role === 'office' ? `${whatTheFileIs(db, manifest)},不是发给本机的;${thisPc(self)}` : `${whatTheFileIs(db, manifest)},${thisPc(self)};请向牵头办公室索取发给本单位的文件`;
