// adoption.importReturns: what the preview planned, written in one transaction as the units' reports,
// authored by the office (its origin on the row, logged like every report so it is reviewed and kept
// in history), each version recorded as 代录 with the file it came from; the file itself is kept as the
// report's evidence (content-addressed, its hash on the timeline). Importing the same file again finds
// every row unchanged and writes nothing.
import { extname } from 'node:path';
import type { ReturnsImport } from '../../shared/api/methods/adoption.js';
import type { BackendContext } from '../context.js';
import { addAttachmentBytes } from '../progress/attachment-store.js';
import { writeProxyReport } from './proxy-write.js';
import { previewReturns, type PlannedFile, type ReturnsArgs } from './returns-preview.js';

/** The evidence keeps the unit's file name; one without a usable extension gets the one its content has. */
const evidenceName = (file: PlannedFile): string => {
  const ext = extname(file.read.fileName).toLowerCase();
  const want = file.read.kind === 'sheet' ? '.xlsx' : '.docx';
  return ext === want ? file.read.fileName : `${file.read.fileName}${want}`;
};

const writeFile = (ctx: BackendContext, file: PlannedFile, sha256: string, fileName: string): void => {
  for (const { key, values, rowNumber } of file.writes) writeProxyReport(ctx, key, values, { kind: file.kind, fileName, fileSha256: sha256, rowNumber });
};

export const importReturns = async (ctx: BackendContext, arg: ReturnsArgs): Promise<ReturnsImport> => {
  const { preview, planned } = await previewReturns(ctx, arg);
  const withWrites = planned.filter((f) => f.writes.length > 0);
  // Files first (content-addressed, harmless if the transaction then fails), rows all or none.
  const stored = withWrites.map((file) => {
    const fileName = evidenceName(file);
    return { file, fileName, sha256: addAttachmentBytes(ctx, fileName, Buffer.from(file.read.bytes)).sha256 };
  });
  ctx.db.transaction(() => {
    for (const { file, fileName, sha256 } of stored) writeFile(ctx, file, sha256, fileName);
  })();
  const written = preview.toWrite;
  const refusedFiles = preview.files.filter((f) => f.refusal !== null).length;
  const unplaced = preview.files.reduce((n, f) => n + f.counts.unplaced, 0);
  return {
    periodId: preview.period.id,
    written,
    files: preview.files.length - refusedFiles,
    refusedFiles,
    unplaced,
    summary:
      written === 0
        ? `没有新的内容:${preview.files.length - refusedFiles} 个文件中的内容与已有报告相同或未填写,未做改动${refusedFiles > 0 ? `;${refusedFiles} 个文件未导入` : ''}。`
        : `已代录 ${written} 项${preview.period.label}的报告(办公室代录,来源文件已作为佐证材料保存)${unplaced > 0 ? `,${unplaced} 行未导入` : ''}${refusedFiles > 0 ? `,${refusedFiles} 个文件未导入` : ''}。请在“审核”中审核这些报告。`,
  };
};
