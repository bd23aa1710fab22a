// Evidence files stored by content hash beside the database: dedupe, integrity, limits.
import { decideReport } from '../helpers/review.js';
import { existsSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dispatch } from '../../shared/api/validate.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { filledDraft, findDepartment, findTask } from './progress-fixture.js';

let t: TempBackend;
let taskId: string;
let deptId: string;
const key = () => ({ taskId, departmentId: deptId, periodId: '2026-Q4' });
const pdf = Buffer.from('%PDF-1.4 湛江市农产品抽检结果通报\n');
const storedFiles = (): string[] => (existsSync(join(t.dir, 'files')) ? readdirSync(join(t.dir, 'files')) : []);
const tableCounts = () =>
  t.backend.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM attachments) AS attachments, (SELECT COUNT(*) FROM report_attachments) AS links,
              (SELECT COUNT(*) FROM report_drafts) AS drafts, (SELECT COUNT(*) FROM reports) AS reports,
              (SELECT COUNT(*) FROM change_log) AS changes`,
    )
    .get();

beforeEach(async () => {
  t = makeTempBackend();
  taskId = await findTask(t.backend, '1');
  deptId = await findDepartment(t.backend, '市农业农村局');
});
afterEach(() => t.cleanup());

describe('attachment storage', () => {
  test('the same file added twice is stored once, under its sha256 beside the database', async () => {
    const first = await t.backend['attachments.add']({ fileName: '抽检结果.pdf', dataBase64: pdf.toString('base64') });
    const second = await t.backend['attachments.add']({ fileName: '抽检结果(副本).pdf', dataBase64: pdf.toString('base64') });
    expect(first.isNew).toBe(true);
    expect(second.isNew).toBe(false);
    expect(second.sha256).toBe(first.sha256);
    expect(storedFiles()).toEqual([first.sha256]);
    expect((t.backend.db.prepare('SELECT COUNT(*) AS n FROM attachments').get() as { n: number }).n).toBe(1);
    const read = await t.backend['attachments.read']({ sha256: first.sha256 });
    expect(Buffer.from(read.dataBase64, 'base64').equals(pdf)).toBe(true);
    expect(read.mime).toBe('application/pdf');
  });

  test('a file named by path is stored the same way', async () => {
    const path = join(t.dir, '现场照片.jpg');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const added = await t.backend['attachments.add']({ fileName: '现场照片.jpg', path });
    expect(added).toMatchObject({ mime: 'image/jpeg', size: 7, integrity: 'ok' });
  });

  test('a missing or altered file is detected, shown, and blocks the submission', async () => {
    const a = await t.backend['attachments.add']({ fileName: '甲.pdf', dataBase64: pdf.toString('base64') });
    const b = await t.backend['attachments.add']({ fileName: '乙.txt', dataBase64: Buffer.from('工作台账').toString('base64') });
    const draft = filledDraft({ attachments: [{ sha256: a.sha256, fileName: '甲.pdf' }, { sha256: b.sha256, fileName: '乙.txt' }] });
    await t.backend['progress.saveDraft']({ ...key(), draft });

    writeFileSync(join(t.dir, 'files', a.sha256), 'tampered');
    rmSync(join(t.dir, 'files', b.sha256));
    const detail = await t.backend['progress.get'](key());
    expect(detail.attachments.map((f) => [f.fileName, f.integrity])).toEqual([
      ['甲.pdf', 'altered'],
      ['乙.txt', 'missing'],
    ]);
    const before = tableCounts();
    await expect(t.backend['progress.submit']({ ...key(), draft })).rejects.toThrow('佐证材料“甲.pdf”的文件已被改动');
    await expect(t.backend['attachments.read']({ sha256: b.sha256 })).rejects.toThrow('佐证材料文件已丢失');
    expect(tableCounts()).toEqual(before);

    // Adding the same bytes again repairs the stored copy.
    await t.backend['attachments.add']({ fileName: '甲.pdf', dataBase64: pdf.toString('base64') });
    expect((await t.backend['progress.get'](key())).attachments[0]?.integrity).toBe('ok');
  });

  test('removing a file after submission leaves a tombstone, not a hole', async () => {
    const a = await t.backend['attachments.add']({ fileName: '甲.pdf', dataBase64: pdf.toString('base64') });
    await t.backend['progress.submit']({ ...key(), draft: filledDraft({ attachments: [{ sha256: a.sha256, fileName: '甲.pdf' }] }) });
    await decideReport(t.backend, { ...key(), decision: 'return', reason: '附件不对', reviewer: '' });
    await t.backend['progress.submit']({ ...key(), draft: filledDraft({ attachments: [] }) });
    expect(t.backend.db.prepare('SELECT deleted, row_version FROM report_attachments').all()).toEqual([{ deleted: 1, row_version: 2 }]);
    expect((await t.backend['progress.get'](key())).form.attachments).toEqual([]);
  });
});

describe('bad input gets a clear Chinese message and changes nothing', () => {
  test('a 2 GB file is refused from its size alone (a sparse file: nothing is allocated or read)', async () => {
    const path = join(t.dir, '全年台账.zip');
    writeFileSync(path, '');
    truncateSync(path, 2 * 1024 ** 3);
    const before = tableCounts();
    await expect(t.backend['attachments.add']({ fileName: '全年台账.zip', path })).rejects.toThrow(
      '文件“全年台账.zip”大小为 2.0 GB,超过上限 20.0 MB',
    );
    expect(tableCounts()).toEqual(before);
    expect(storedFiles()).toEqual([]);
  });

  test('an oversized upload is refused from its encoded length before decoding', async () => {
    await t.backend['workbench.updateSettings']({ maxAttachmentBytes: 1024 });
    await expect(
      t.backend['attachments.add']({ fileName: 'big.pdf', dataBase64: Buffer.alloc(2048, 1).toString('base64') }),
    ).rejects.toThrow('超过上限 1.0 KB');
    expect(storedFiles()).toEqual([]);
  });

  test('a file type outside the list, and a file that vanished', async () => {
    await expect(t.backend['attachments.add']({ fileName: '工具.exe', dataBase64: 'TVqQ' })).rejects.toThrow('不支持的文件类型“.exe”');
    await expect(t.backend['attachments.add']({ fileName: '已删除.pdf', path: join(t.dir, '已删除.pdf') })).rejects.toThrow(
      '找不到文件“已删除.pdf”',
    );
    expect(storedFiles()).toEqual([]);
  });

  test('percent 140 and text where a number belongs', async () => {
    const { indicatorId } = await t.backend['indicators.add']({
      taskId,
      name: '农产品质量安全例行检测总体合格率',
      unit: '%',
      targetText: '≥96',
      baselineText: '',
      category: '',
      attribute: null,
    });
    await t.backend['progress.saveDraft']({ ...key(), draft: filledDraft() });
    const before = tableCounts();
    const draftBefore = await t.backend['progress.get'](key());

    await expect(dispatch(t.backend, 'progress.saveDraft', { ...key(), draft: filledDraft({ percent: '140' }) })).rejects.toThrow(
      '完成百分比不能超过 100(填写的是 140)',
    );
    await expect(dispatch(t.backend, 'progress.submit', { ...key(), draft: filledDraft({ percent: '六十' }) })).rejects.toThrow(
      '完成百分比“六十”不是整数',
    );
    await expect(
      dispatch(t.backend, 'progress.submit', { ...key(), draft: filledDraft({ indicatorValues: { [indicatorId]: '九十七' } }) }),
    ).rejects.toThrow('指标“农产品质量安全例行检测总体合格率”的填报值“九十七”不是数字');
    await expect(dispatch(t.backend, 'progress.submit', { ...key(), draft: filledDraft({ progress: ' ' }) })).rejects.toThrow(
      '请先填写:进展情况',
    );
    await expect(dispatch(t.backend, 'progress.saveDraft', { ...key(), periodId: '2027-Q1', draft: filledDraft() })).rejects.toThrow(
      '2027年第一季度还没有开始',
    );
    await expect(dispatch(t.backend, 'progress.saveDraft', { ...key(), periodId: '2026-M11', draft: filledDraft() })).rejects.toThrow(
      '本规划按季度填报',
    );
    const other = await findDepartment(t.backend, '市商务局');
    await expect(dispatch(t.backend, 'progress.saveDraft', { ...key(), departmentId: other, draft: filledDraft() })).rejects.toThrow(
      '市商务局不是任务“1 提高农产品优质供给水平”的牵头或参与单位',
    );

    expect(tableCounts()).toEqual(before);
    expect((await t.backend['progress.get'](key())).form).toEqual(draftBefore.form);
  });
});
