// 年度考核 2026 on the hand-computed fixture (test/helpers/report-fixtures.ts), clock 2026-11-22, so the
// year is judged as of that day. Quarterly from 2026-01-01: Q1 (due 04-05), Q2 (07-05) and Q3 (10-05) are
// due; Q4 (due 2027-01-05) is not. Each quarter owes 9 reports (T1: 商务 农业 财政; T2: 农业 海关;
// T3: 海关; T4: 财政 商务; T5: 商务; the group 各县区 is not a unit), 27 in all.
//   市商务局 owes 9, on time 3 (Q3 T1 T4 T5)             → 40 × 3/9 = 13.33
//     leads T1 (due 12-31: not yet due) and T5 (due 09-15, 已完成 in Q3) → 1/1 → 60;     total 73.3
//   市农业农村局 owes 6, on time 2 (Q2 T2, Q3 T2; Q3 T1 came 10-12, late) → 13.33
//     leads T2 (due 06-30, not done) → 0/1 → 0; one return (Q3 T2) −1; T2 overdue −3 and
//     without an approved extension −2                                        total 13.33 − 6 = 7.3
//   湛江海关 owes 6, on time 1 (Q3 T3)                    → 40 × 1/6 = 6.67
//     leads T3 (长期坚持, no deadline) → nothing due → full 60                   total 66.7
//   市财政局 owes 6, sent none → 0; leads T4 (due 12-10, not yet) → full 60      total 60
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import type { Assessment } from '../../shared/assessment/types.js';
import { writeQualityFixture, type QualityFixture } from '../helpers/report-fixtures.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

let t: TempBackend;
let f: QualityFixture;

beforeEach(() => {
  t = makeTempBackend({ withDemo: false });
  f = writeQualityFixture(t.backend);
});
afterEach(() => t.cleanup());

const table = (a: Assessment) =>
  a.rows.map((r) => [r.rank, r.name, r.score, ...r.components.map((c) => (c.of === null ? `${c.points}:${c.count}` : `${c.points}:${c.count}/${c.of}`))]);

describe('2026 with the default rules', () => {
  test('scores, ranks and components as worked out by hand', async () => {
    const a = await t.backend['assessment.build']({ year: 2026 });
    expect(a.asOf).toBe('2026-11-22');
    expect(a.periods.map((p) => p.id)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(a.isDefaultRules).toBe(true);
    // 名次, 单位, 总分, 按时报送, 牵头任务完成, 退回, 逾期未完成, 经批准延期, 未经批准逾期
    expect(table(a)).toEqual([
      [1, '市商务局', 73.3, '13.3:3/9', '60:1/1', '0:0', '0:0', '0:0', '0:0'],
      [2, '湛江海关', 66.7, '6.7:1/6', '60:0/0', '0:0', '0:0', '0:0', '0:0'],
      [3, '市财政局', 60, '0:0/6', '60:0/0', '0:0', '0:0', '0:0', '0:0'],
      [4, '市农业农村局', 7.3, '13.3:2/6', '0:0/1', '-1:1', '-3:1', '0:0', '-2:1'],
    ]);
  });

  test('every number keeps the tasks and reports behind it', async () => {
    const a = await t.backend['assessment.build']({ year: 2026 });
    const agri = a.rows.find((r) => r.name === '市农业农村局');
    const part = (key: string) => agri?.components.find((c) => c.key === key);
    expect(part('onTime')?.items.filter((i) => !i.counts).map((i) => `${i.periodId} ${i.code} ${i.note}`)).toEqual([
      '2026-Q1 1 未报送',
      '2026-Q1 2 未报送',
      '2026-Q2 1 未报送',
      '2026-Q3 1 逾期报送(2026年10月12日,截止 2026年10月5日)',
    ]);
    expect(part('returns')?.items.map((i) => [i.taskId, i.periodId, i.note])).toEqual([[f.task.t2, '2026-Q3', '退回理由:请补充佐证材料']]);
    expect(part('overdue')?.items.map((i) => i.note)).toEqual(['完成时限 2026年6月30日;已超过 145 天未完成']);
  });

  test('the .xlsx has the ranked table and the details behind it', async () => {
    const file = await t.backend['assessment.exportXlsx']({ year: 2026 });
    expect(file.fileName).toBe('质量提升行动方案-2026年度考核.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('年度考核');
    expect(sheet?.getRow(4).values).toEqual([undefined, 1, '市商务局', 73.3, '13.3 分(3/9)', '60 分(1/1)', '0', '0', '0', '0']);
    expect(sheet?.getRow(7).getCell(2).value).toBe('市农业农村局');
    const detail = book.getWorksheet('考核明细');
    expect(detail?.rowCount).toBeGreaterThan(27);
  });
});

describe('rules the office sets', () => {
  test('saved per plan and year; the table follows them; reset returns to the defaults', async () => {
    const rules = { onTimeWeight: 50, completionWeight: 50, returnPenalty: 5, overduePenalty: 10, approvedDelayPenalty: 0, unapprovedDelayPenalty: 0 };
    const saved = await t.backend['assessment.saveRules']({ year: 2026, rules });
    expect(saved.isDefault).toBe(false);
    const a = await t.backend['assessment.build']({ year: 2026 });
    // 商务 50×3/9 + 50 = 66.7; 海关 50/6 + 50 = 58.3; 财政 50; 农业 50×2/6 − 5 − 10 = 1.7
    expect(a.rows.map((r) => [r.name, r.score])).toEqual([
      ['市商务局', 66.7],
      ['湛江海关', 58.3],
      ['市财政局', 50],
      ['市农业农村局', 1.7],
    ]);
    expect((await t.backend['assessment.build']({ year: 2025 })).isDefaultRules).toBe(true);
    expect((await t.backend['assessment.resetRules']({ year: 2026 })).isDefault).toBe(true);
    expect((await t.backend['assessment.build']({ year: 2026 })).rows[0]?.score).toBe(73.3);
  });

  test('a year not yet begun is refused in Chinese', async () => {
    await expect(t.backend['assessment.build']({ year: 2027 })).rejects.toThrow('2027年尚未开始,无法考核');
  });
});

describe('delays and closures from the lifecycle (延期 / 办结)', () => {
  test('an approved extension still overdue costs the approved-delay points, not the unapproved ones; a closure counts as done', async () => {
    // 市农业农村局 asks to move T2 (due 06-30) to 10-31 and the office approves: on 11-22 it is still
    // 22 days past the approved deadline. 40×2/6 + 60×0/1 − 1 (return) − 3 (overdue) − 0.5 (approved delay) = 8.8
    const ask = await t.backend['lifecycle.request']({ taskId: f.task.t2, departmentId: f.dept.agri, kind: 'extension', newDeadline: '2026-10-31', reason: '资金未到位', finalReport: '', attachments: [], requestedBy: '' });
    await t.backend['lifecycle.decide']({ requestId: ask.id, requestVersion: ask.version, decision: 'approve', reason: '', decidedBy: '' });
    // 市商务局 closes T1 (due 12-31) early: it joins the tasks counted, as done (2/2).
    const close = await t.backend['lifecycle.request']({ taskId: f.task.t1, departmentId: f.dept.commerce, kind: 'closure', reason: '', finalReport: '对标行动全部完成', attachments: [], requestedBy: '' });
    await t.backend['lifecycle.decide']({ requestId: close.id, requestVersion: close.version, decision: 'approve', reason: '', decidedBy: '' });

    const a = await t.backend['assessment.build']({ year: 2026 });
    expect(a.hasDelayData).toBe(true);
    expect(table(a)).toEqual([
      [1, '市商务局', 73.3, '13.3:3/9', '60:2/2', '0:0', '0:0', '0:0', '0:0'],
      [2, '湛江海关', 66.7, '6.7:1/6', '60:0/0', '0:0', '0:0', '0:0', '0:0'],
      [3, '市财政局', 60, '0:0/6', '60:0/0', '0:0', '0:0', '0:0', '0:0'],
      [4, '市农业农村局', 8.8, '13.3:2/6', '0:0/1', '-1:1', '-3:1', '-0.5:1', '0:0'],
    ]);
    const agri = a.rows.find((r) => r.name === '市农业农村局');
    expect(agri?.components.find((c) => c.key === 'overdue')?.items[0]?.note).toBe('原定2026年6月30日,经批准延至2026年10月31日;已超过 22 天未完成');
  });
});
