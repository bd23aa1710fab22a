// 催办通知单 on the hand-computed fixture (test/helpers/report-fixtures.ts), clock 2026-11-22:
// in 2026-Q3 (due 10-05) 市财政局 never reported T1 and T4, 湛江海关 never reported T2 (it joins it);
// 市农业农村局 leads T2, due 06-30 and not done (145 days past). Everyone else reported. In 2026-Q4 nothing is due yet, so only T2's lateness counts.
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeQualityFixture, type QualityFixture } from '../helpers/report-fixtures.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

let t: TempBackend;
let f: QualityFixture;

beforeEach(() => {
  t = makeTempBackend({ withDemo: false });
  f = writeQualityFixture(t.backend);
});
afterEach(() => t.cleanup());

const documentXml = (base64: string): string => {
  const parts = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
  const xml = parts['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  return strFromU8(xml);
};

describe('drafts', () => {
  test('2026-Q3: 市财政局 for two unreported tasks, 市农业农村局 for one overdue task, 湛江海关 for one unreported', async () => {
    const d = await t.backend['notices.drafts']({ periodId: '2026-Q3' });
    expect(d.today).toBe('2026-11-22');
    expect(d.suggestedReplyBy).toBe('2026-11-29');
    expect(d.units.map((u) => [u.name, u.tasks.map((x) => [x.code, x.isUnreported, x.daysOverdue])])).toEqual([
      ['市财政局', [['1', true, null], ['4', true, null]]],
      ['市农业农村局', [['2', false, 145]]],
      ['湛江海关', [['2', true, null]]],
    ]);
  });

  test('2026-Q4 is not due yet: only the overdue lead task is chased', async () => {
    const d = await t.backend['notices.drafts']({ periodId: '2026-Q4' });
    expect(d.units.map((u) => u.name)).toEqual(['市农业农村局']);
  });
});

describe('issuing', () => {
  test('one notice: logged, listed, on the task timeline, as .docx with the unit and its tasks', async () => {
    const n = await t.backend['notices.issue']({ periodId: '2026-Q3', departmentId: f.dept.finance, docNumber: '湛质办督〔2026〕1号', replyBy: '2026-11-30' });
    expect(n.departmentName).toBe('市财政局');
    expect(n.issuedOn).toBe('2026-11-22');
    expect(n.tasks.map((x) => x.title)).toEqual(['开展质量对标提升行动', '设立质量发展专项资金']);
    const log = await t.backend['notices.list']({ departmentId: f.dept.finance });
    expect(log.map((x) => x.docNumber)).toEqual(['湛质办督〔2026〕1号']);
    const drafts = await t.backend['notices.drafts']({ periodId: '2026-Q3' });
    expect(drafts.units.find((u) => u.name === '市财政局')?.issued.map((r) => r.docNumber)).toEqual(['湛质办督〔2026〕1号']);

    const timeline = await t.backend['progress.timeline']({ taskId: f.task.t4 });
    const notice = timeline.find((e) => e.kind === 'notice');
    expect(notice?.text).toContain('向市财政局发出催办通知单 湛质办督〔2026〕1号');
    expect(notice?.text).toContain('未报送2026年第三季度进展');
    expect(timeline[0]?.kind).toBe('task');

    const docx = await t.backend['notices.docx']({ id: n.id });
    expect(docx.fileName).toBe('催办通知单-市财政局-湛质办督〔2026〕1号.docx');
    const xml = documentXml(docx.dataBase64);
    for (const text of ['市财政局', '湛质办督〔2026〕1号', '开展质量对标提升行动', '设立质量发展专项资金', '2026年11月30日', '催办通知单']) expect(xml).toContain(text);
  });

  test('batch: every late unit numbered in order, one folder of .docx files in a zip', async () => {
    const r = await t.backend['notices.issueBatch']({ periodId: '2026-Q3', docPrefix: '湛质办督〔2026〕', firstNumber: 7, replyBy: '2026-12-01' });
    expect(r.notices.map((n) => [n.departmentName, n.docNumber])).toEqual([
      ['市财政局', '湛质办督〔2026〕7号'],
      ['市农业农村局', '湛质办督〔2026〕8号'],
      ['湛江海关', '湛质办督〔2026〕9号'],
    ]);
    expect(r.file.fileName).toBe('催办通知单-2026年第三季度-20261122.zip');
    const files = unzipSync(new Uint8Array(Buffer.from(r.file.dataBase64, 'base64')));
    expect(Object.keys(files).sort()).toEqual([
      '催办通知单-2026年第三季度-20261122/催办通知单-市农业农村局-湛质办督〔2026〕8号.docx',
      '催办通知单-2026年第三季度-20261122/催办通知单-市财政局-湛质办督〔2026〕7号.docx',
      '催办通知单-2026年第三季度-20261122/催办通知单-湛江海关-湛质办督〔2026〕9号.docx',
    ]);
    const agri = Object.entries(files).find(([name]) => name.includes('市农业农村局'))?.[1];
    const xml = strFromU8(unzipSync(agri ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('推进农产品质量安全追溯');
    expect(xml).toContain('已超过完成时限 145 天未完成');
    // Timeline order follows issue order, not the clock.
    const timeline = await t.backend['progress.timeline']({ taskId: f.task.t2 });
    expect(timeline.filter((e) => e.kind === 'notice').map((e) => e.text)).toEqual([expect.stringContaining('8号'), expect.stringContaining('9号')]);
  });

  test('bad input is refused in Chinese and changes nothing', async () => {
    await t.backend['notices.issue']({ periodId: '2026-Q3', departmentId: f.dept.finance, docNumber: 'A1号', replyBy: '2026-11-30' });
    await expect(t.backend['notices.issue']({ periodId: '2026-Q3', departmentId: f.dept.agri, docNumber: 'A1号', replyBy: '2026-11-30' })).rejects.toThrow(
      '文号“A1号”已用于发给市财政局的通知单',
    );
    await expect(t.backend['notices.issue']({ periodId: '2026-Q3', departmentId: f.dept.agri, docNumber: 'A2号', replyBy: '2026-11-01' })).rejects.toThrow('回复期限不能早于今天');
    await expect(t.backend['notices.issue']({ periodId: '2026-Q3', departmentId: f.dept.commerce, docNumber: 'A3号', replyBy: '2026-11-30' })).rejects.toThrow('无需催办');
    // The batch would reuse A1号 for its first unit: nothing of it is written.
    await expect(t.backend['notices.issueBatch']({ periodId: '2026-Q3', docPrefix: 'A', firstNumber: 1, replyBy: '2026-11-30' })).rejects.toThrow('已用于');
    expect((await t.backend['notices.list']({})).map((n) => n.docNumber)).toEqual(['A1号']);
  });
});

describe('with the lifecycle (延期 / 办结)', () => {
  test('an approved new deadline takes the task off the notices', async () => {
    const ask = await t.backend['lifecycle.request']({ taskId: f.task.t2, departmentId: f.dept.agri, kind: 'extension', newDeadline: '2026-12-31', reason: '资金未到位', finalReport: '', attachments: [], requestedBy: '' });
    await t.backend['lifecycle.decide']({ requestId: ask.id, requestVersion: ask.version, decision: 'approve', reason: '', decidedBy: '' });
    const d = await t.backend['notices.drafts']({ periodId: '2026-Q3' });
    expect(d.units.map((u) => u.name)).toEqual(['市财政局', '湛江海关']);
  });
});

test('a task still overdue after an approved 延期 is listed with both deadlines', async () => {
  const ask = await t.backend['lifecycle.request']({ taskId: f.task.t2, departmentId: f.dept.agri, kind: 'extension', newDeadline: '2026-10-31', reason: '资金未到位', finalReport: '', attachments: [], requestedBy: '' });
  await t.backend['lifecycle.decide']({ requestId: ask.id, requestVersion: ask.version, decision: 'approve', reason: '', decidedBy: '' });
  const d = await t.backend['notices.drafts']({ periodId: '2026-Q3', departmentId: f.dept.agri });
  expect(d.units[0]?.tasks.map((x) => [x.deadlineText, x.daysOverdue])).toEqual([['原定2026年6月底前,经批准延至2026年10月31日', 22]]);
});
