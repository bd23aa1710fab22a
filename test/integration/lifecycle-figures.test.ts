// Issue 21: the lights, chase lists and bulletin follow an approved 延期 and a 办结销号, checked against a
// small fixture computed by hand on the suite's day (2026-11-22, period 2026年第四季度, plan imported that
// day so the planned pace is 0%, 30 days count as near):
//   task 7  (市商务局 leads): deadline 2026-11-30, 8 days left → 蓝灯, 即将逾期; 延期 to 2027-03-31 approved
//           → 129 days left, no report → 未亮灯, off the chase list. A second 延期 stays pending.
//   task 11 (市商务局 leads): deadline 2026-11-01, 21 days past → 红灯, 逾期未办; 办结 approved today
//           → 绿灯, off the chase list, owes nothing, listed in the bulletin as 已办结 2026-11-22.
//   task 10 (市市场监管局 leads): deadline 2026-11-10 → 红灯, 逾期未办; its 延期 refused → unchanged.
//   市商务局 owes 5 reports (leads 7 and 11, joins 10, 19 and 26) and after the close-out 4.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLifecycleFacts } from '../../db/lifecycle/facts.js';
import { updateSynced } from '../../db/sync/synced-write.js';
import type { Backend } from '../../db/backend.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { readSummary, readChase } from '../helpers/report-reads.js';

describe('figures follow the approved deadline and closed tasks (hand-computed)', () => {
  let t: TempBackend;
  let b: Backend;
  const ids: Record<string, string> = {};
  let unitId = '';
  let supervisorId = '';

  const setDeadline = (code: string, day: string): void => {
    const id = ids[code] ?? '';
    b.db.transaction(() => updateSynced(b.db, b.identity.originId, 'tasks', id, { id }, { deadline_date: day }))();
  };
  const summaryOf = async () => {
    const s = await readSummary(b, {});
    return Object.fromEntries(s.tasks.filter((x) => ['7', '10', '11'].includes(x.code)).map((x) => [x.code, { light: x.light, deadline: x.deadline, cls: x.deadlineClass }]));
  };

  beforeAll(async () => {
    t = makeTempBackend();
    b = t.backend;
    const plan = (await b['plans.list']({}))[0];
    if (!plan) throw new Error('no demo plan');
    for (const row of b.db.prepare('SELECT id, code FROM tasks WHERE plan_id = ? AND code IN (?, ?, ?)').all(plan.id, '7', '10', '11') as { id: string; code: string }[]) ids[row.code] = row.id;
    unitId = (b.db.prepare("SELECT id FROM departments WHERE name = '市商务局'").get() as { id: string }).id;
    supervisorId = (b.db.prepare("SELECT id FROM departments WHERE name = '市市场监管局'").get() as { id: string }).id;
    setDeadline('7', '2026-11-30');
    setDeadline('11', '2026-11-01');
    setDeadline('10', '2026-11-10');
  });
  afterAll(() => t.cleanup());

  it('before any request: 蓝灯 near, two red overdue, 市商务局 owes 5', async () => {
    expect(await summaryOf()).toEqual({
      '7': { light: 'blue', deadline: '2026-11-30', cls: 'near' },
      '10': { light: 'red', deadline: '2026-11-10', cls: 'overdue_open' },
      '11': { light: 'red', deadline: '2026-11-01', cls: 'overdue_open' },
    });
    const chase = await readChase(b, {});
    expect(chase.tasks.filter((x) => ['7', '10', '11'].includes(x.code)).map((x) => [x.code, x.deadlineClass, x.daysLeft])).toEqual([
      ['11', 'overdue_open', -21],
      ['10', 'overdue_open', -12],
      ['7', 'near', 8],
    ]);
    expect(chase.departments.find((d) => d.departmentId === unitId)).toMatchObject({ expected: 5, missing: 5 });
  });

  it('after 延期 approved, 办结 approved and 延期 refused: the figures as computed by hand', async () => {
    const ask = (taskId: string, departmentId: string, body: object) => b['lifecycle.request']({ taskId, departmentId, reason: '需要时间', finalReport: '', attachments: [], requestedBy: '', ...body } as never);
    const extend = await ask(ids['7'] ?? '', unitId, { kind: 'extension', newDeadline: '2027-03-31' });
    const close = await ask(ids['11'] ?? '', unitId, { kind: 'closure', finalReport: '已全部完成' });
    const refused = await ask(ids['10'] ?? '', supervisorId, { kind: 'extension', newDeadline: '2027-06-30' });
    const decide = (r: { id: string; version: number }, decision: 'approve' | 'refuse') => b['lifecycle.decide']({ requestId: r.id, requestVersion: r.version, decision, reason: decision === 'refuse' ? '理由不充分' : '', decidedBy: '' });
    await decide(extend, 'approve');
    await decide(close, 'approve');
    await decide(refused, 'refuse');
    await ask(ids['7'] ?? '', unitId, { kind: 'extension', newDeadline: '2027-06-30' });

    expect(await summaryOf()).toEqual({
      '7': { light: 'none', deadline: '2027-03-31', cls: null },
      '10': { light: 'red', deadline: '2026-11-10', cls: 'overdue_open' },
      '11': { light: 'green', deadline: '2026-11-01', cls: null },
    });
    const chase = await readChase(b, {});
    expect(chase.tasks.filter((x) => ['7', '10', '11'].includes(x.code)).map((x) => [x.code, x.deadlineClass, x.daysLeft])).toEqual([['10', 'overdue_open', -12]]);
    expect(chase.departments.find((d) => d.departmentId === unitId)).toMatchObject({ expected: 4, missing: 4 });
    expect(chase.departments.find((d) => d.departmentId === unitId)?.taskIds).not.toContain(ids['11']);

    const bulletin = await b['reports.bulletin']({});
    expect(bulletin.closed?.map((c) => [c.code, c.closedAt])).toEqual([['11', '2026-11-22']]);
    expect(bulletin.extended?.map((c) => [c.code, c.note])).toEqual([['7', '原定2026年11月底,经批准延至2027年3月底']]);
    expect(bulletin.lagging.map((l) => l.code)).not.toContain('11');

    // The Excel export's 完成时限 says the same as the bulletin: both dates for the 延期, 已办结 with its day.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await b['reports.exportXlsx']({})).dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('任务进展');
    const deadlineCell = (code: string): string => {
      let text = '';
      sheet?.eachRow((row) => {
        if (String(row.getCell(1).value) === code) text = String(row.getCell(6).value);
      });
      return text;
    };
    expect(deadlineCell('7')).toBe('原定2026年11月底,经批准延至2027年3月底');
    expect(deadlineCell('11')).toBe('2026年11月1日;已办结(2026年11月22日)');
    expect(deadlineCell('10')).not.toContain('经批准');

    const facts = readLifecycleFacts(b.db, (await b['plans.list']({}))[0]?.id ?? '');
    const of = (code: string, dept: string) => facts.find((f) => f.taskId === ids[code] && f.departmentId === dept);
    expect(of('7', unitId)).toEqual({ taskId: ids['7'], departmentId: unitId, originalDeadline: '2026-11-30', effectiveDeadline: '2027-03-31', extensionsApproved: 1, extensionsRefused: 0, extensionsPending: 1, closedAt: null });
    expect(of('11', unitId)).toMatchObject({ originalDeadline: '2026-11-01', effectiveDeadline: '2026-11-01', closedAt: '2026-11-22' });
    expect(of('10', supervisorId)).toMatchObject({ extensionsApproved: 0, extensionsRefused: 1, extensionsPending: 0, effectiveDeadline: '2026-11-10' });
  });
});
