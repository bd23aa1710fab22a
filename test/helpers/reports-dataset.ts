// A sizeable generated plan for comparing the office's figures between two implementations
// (test/integration/reports-equivalence.test.ts): seeded, so every run builds the same data, and full of
// the cases the figures branch on: several leads (ties in one period), groups, parent tasks, deleted
// rows, reports of another cadence, resubmissions outdating reviews, late and missing reports, 已完成
// accepted (办结销号) or returned, indicators with values from owners and others.
import { makeRng } from '../../bench/rng.js';
import type { Backend } from '../../db/backend.js';
import { writeFixture } from './report-fixtures.js';

const STATUSES = ['not_started', 'on_track', 'done', 'behind', 'ongoing'] as const;
const QUARTERS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const DUE: Record<string, string> = Object.fromEntries(
  QUARTERS.map((q) => {
    const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
    const month = n * 3 + 1;
    return [q, month > 12 ? `${y + 1}-01-05` : `${y}-${String(month).padStart(2, '0')}-05`];
  }),
);

export type GeneratedPlan = { planId: string };

export const writeGeneratedPlan = (backend: Backend, seed = 18, taskCount = 400): GeneratedPlan => {
  const rng = makeRng(seed);
  const planId = writeFixture(backend, (w) => {
    const plan = w.plan({ title: '生成的规划', importedAt: '2024-01-15T10:00:00+08:00' });
    const other = w.plan({ title: '另一个规划', importedAt: '2024-01-15T10:00:00+08:00' });
    const units = Array.from({ length: 40 }, (_, i) => w.department(`单位${String(i).padStart(2, '0')}`, { contact: i % 3 === 0 ? '' : `联系人${i} 0759-${1000 + i}` }));
    const groups = [w.department('各县区政府', { kind: 'group' }), w.department('市直有关单位', { kind: 'group' })];
    const sections = ['一、质量基础', '二、产业质量', '三、', ''];
    const reports: { taskId: string; dept: string; period: string; status: (typeof STATUSES)[number] }[] = [];
    for (let i = 1; i <= taskCount; i += 1) {
      const leadCount = rng.next() < 0.15 ? 2 + rng.int(2) : 1;
      const pool = [...units];
      const take = (): string => pool.splice(rng.int(pool.length), 1)[0] as string;
      const leads = Array.from({ length: leadCount }, take);
      const groupPool = [...groups];
      if (rng.next() < 0.05) leads.push(groupPool.splice(rng.int(2), 1)[0] as string);
      const participants = Array.from({ length: rng.int(4) }, take);
      if (rng.next() < 0.1) participants.push(rng.pick(groupPool));
      const deadline = rng.next() < 0.2 ? null : `${2024 + rng.int(4)}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
      const taskId = w.task({
        planId: i % 50 === 0 ? other : plan,
        code: String(i),
        section: rng.pick(sections),
        title: `任务${i}`,
        content: `内容${i}`,
        deadlineText: deadline && rng.next() < 0.5 ? `${deadline.slice(0, 4)}年底前` : '',
        deadlineDate: deadline,
        leads,
        participants,
      });
      let isDone = false;
      for (const period of QUARTERS) {
        for (const dept of [...leads, ...participants]) {
          if (rng.next() < 0.3) continue;
          isDone = isDone || rng.next() < 0.08;
          const status = isDone ? (rng.next() < 0.9 ? 'done' : 'ongoing') : rng.pick(STATUSES);
          const due = DUE[period] as string;
          const late = rng.int(12) - 8; // days after the due date, negative on time
          const day = new Date(`${due}T12:00:00+08:00`);
          day.setUTCDate(day.getUTCDate() + late);
          const hour = rng.pick(['09:00:00', '23:30:00', '00:10:00']);
          w.report({
            taskId,
            departmentId: dept,
            periodId: period,
            status,
            percent: status === 'done' ? 100 : rng.next() < 0.2 ? null : rng.int(101),
            progress: `进展${i}-${period}`,
            problems: rng.next() < 0.5 ? `问题${i}` : '',
            nextSteps: `下一步${i}`,
            submittedAt: `${day.toISOString().slice(0, 10)}T${hour}+08:00`,
          });
          reports.push({ taskId, dept, period, status });
        }
      }
      // A report of another cadence, which the quarterly figures leave out.
      if (rng.next() < 0.1) {
        w.report({ taskId, departmentId: leads[0] as string, periodId: `2025-M0${1 + rng.int(9)}`, status: 'done', percent: 100, submittedAt: '2025-05-01T09:00:00+08:00' });
        w.report({ taskId, departmentId: leads[0] as string, periodId: '2026-Y', status: 'behind', percent: 3, submittedAt: '2026-05-01T09:00:00+08:00' });
      }
    }
    for (const r of reports) {
      const roll = rng.next();
      if (roll < 0.45) continue;
      const decision = roll < (r.status === 'done' ? 0.9 : 0.8) ? 'accept' : 'return';
      w.review({ taskId: r.taskId, departmentId: r.dept, periodId: r.period, decision, createdAt: `2026-0${1 + rng.int(9)}-1${rng.int(10)}T10:00:00+08:00` });
      if (rng.next() < 0.15) {
        w.review({ taskId: r.taskId, departmentId: r.dept, periodId: r.period, decision: decision === 'accept' ? 'return' : 'accept', createdAt: '2026-02-10T10:00:00+08:00' });
      }
    }
    for (let i = 0; i < 12; i += 1) {
      const indicator = w.indicator({
        planId: plan,
        name: `指标${i}`,
        targetText: rng.pick(['≥97', '>98', '<0.29', '100', '5家以上', '1-2个', '—']),
        category: rng.pick(['产品质量', '工程质量', '']),
        attribute: rng.next() < 0.5 ? 'binding' : 'expected',
        ownerId: rng.next() < 0.8 ? rng.pick(units) : null,
      });
      for (const period of QUARTERS) {
        if (rng.next() < 0.5) w.indicatorValue({ indicatorId: indicator, departmentId: rng.pick(units), periodId: period, valueText: String(rng.int(120)) });
      }
    }
    return plan;
  });

  // Resubmissions (a newer row_version outdates the review of the older one), deletions, parent tasks.
  const db = backend.db;
  db.exec(`UPDATE reports SET row_version = row_version + 1 WHERE (rowid % 13) = 0`);
  db.exec(`UPDATE reports SET deleted = 1 WHERE (rowid % 29) = 0`);
  db.exec(`UPDATE reviews SET deleted = 1 WHERE (rowid % 31) = 0`);
  db.exec(`UPDATE assignments SET deleted = 1 WHERE (rowid % 37) = 0`);
  db.exec(`UPDATE tasks SET deleted = 1 WHERE (rowid % 61) = 0`);
  db.exec(`UPDATE departments SET deleted = 1 WHERE name = '单位07'`);
  // Every 20th task becomes the parent of the next one: a heading reported through its child.
  const ids = db.prepare('SELECT id FROM tasks WHERE plan_id = ? ORDER BY seq').all(planId) as { id: string }[];
  const setParent = db.prepare('UPDATE tasks SET parent_id = ? WHERE id = ?');
  for (let i = 0; i + 1 < ids.length; i += 20) setParent.run(ids[i]?.id, ids[i + 1]?.id);
  return { planId };
};
