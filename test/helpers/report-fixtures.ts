// Plans with known reports for the office's figures, written row by row through insertSynced (the real
// synced-table shape and change log), so the expected numbers can be worked out by hand.
import { randomUUID } from 'node:crypto';
import type { Backend } from '../../db/backend.js';
import { insertSynced, type RowValues } from '../../db/sync/synced-write.js';

type Db = Backend['db'];

export type FixtureWriter = {
  plan: (p: { title: string; importedAt: string; cadence?: 'month' | 'quarter' | 'half' | 'year' }) => string;
  department: (name: string, options?: { contact?: string; kind?: 'unit' | 'group' }) => string;
  task: (t: {
    planId: string;
    code: string;
    title: string;
    section?: string;
    content?: string;
    deadlineText?: string;
    deadlineDate?: string | null;
    leads: string[];
    participants?: string[];
  }) => string;
  report: (r: {
    taskId: string;
    departmentId: string;
    periodId: string;
    status: 'not_started' | 'on_track' | 'done' | 'behind' | 'ongoing';
    percent?: number | null;
    progress?: string;
    problems?: string;
    nextSteps?: string;
    submittedAt: string;
  }) => void;
  review: (r: {
    taskId: string;
    departmentId: string;
    periodId: string;
    decision: 'accept' | 'return';
    reason?: string;
    reportVersion?: number;
    createdAt: string;
  }) => void;
  indicator: (i: {
    planId: string;
    name: string;
    targetText: string;
    baselineText?: string;
    unit?: string;
    category?: string;
    comparator?: '>=' | '>' | '<=' | '<' | '=' | 'range' | null;
    boundLow?: number | null;
    attribute?: 'expected' | 'binding';
    ownerId?: string | null;
  }) => string;
  indicatorValue: (v: { indicatorId: string; departmentId: string; periodId: string; valueText: string }) => void;
};

/** Runs `build` in one transaction with a writer over the backend's database and origin. */
export const writeFixture = <T>(backend: Backend, build: (w: FixtureWriter) => T): T => {
  const db: Db = backend.db;
  const origin = backend.identity.originId;
  const put = (table: Parameters<typeof insertSynced>[2], pk: string, values: RowValues): void =>
    insertSynced(db, origin, table, pk, values);
  let taskSeq = 0;
  let indicatorSeq = 0;
  const writer: FixtureWriter = {
    plan: ({ title, importedAt, cadence = 'quarter' }) => {
      const id = randomUUID();
      put('plans', id, { id, title, imported_at: importedAt, cadence, deleted: 0 });
      return id;
    },
    department: (name, { contact = '', kind = 'unit' } = {}) => {
      const id = randomUUID();
      put('departments', id, { id, name, kind, contact, deleted: 0 });
      return id;
    },
    task: (t) => {
      const id = randomUUID();
      taskSeq += 1;
      put('tasks', id, {
        id,
        plan_id: t.planId,
        parent_id: null,
        path: String(taskSeq),
        code: t.code,
        seq: taskSeq,
        level: 1,
        section: t.section ?? '',
        title: t.title,
        content: t.content ?? '',
        deadline_text: t.deadlineText ?? '',
        deadline_date: t.deadlineDate ?? null,
        deleted: 0,
      });
      const assign = (departmentId: string, role: 'lead' | 'participant', position: number): void =>
        put('assignments', `${id}|${departmentId}`, { task_id: id, department_id: departmentId, role, position, deleted: 0 });
      t.leads.forEach((d, i) => assign(d, 'lead', i));
      (t.participants ?? []).forEach((d, i) => assign(d, 'participant', t.leads.length + i));
      return id;
    },
    report: (r) =>
      put('reports', `${r.taskId}|${r.departmentId}|${r.periodId}`, {
        task_id: r.taskId,
        department_id: r.departmentId,
        period_id: r.periodId,
        status: r.status,
        percent: r.percent ?? null,
        progress: r.progress ?? '',
        problems: r.problems ?? '',
        next_steps: r.nextSteps ?? '',
        submitted_at: r.submittedAt,
        deleted: 0,
      }),
    review: (r) => {
      const id = randomUUID();
      put('reviews', id, {
        id,
        task_id: r.taskId,
        department_id: r.departmentId,
        period_id: r.periodId,
        report_version: r.reportVersion ?? 1,
        decision: r.decision,
        reason: r.reason ?? '',
        reviewer: '办公室',
        created_at: r.createdAt,
        deleted: 0,
      });
    },
    indicator: (i) => {
      const id = randomUUID();
      indicatorSeq += 1;
      put('indicators', id, {
        id,
        plan_id: i.planId,
        task_id: null,
        seq: indicatorSeq,
        category: i.category ?? '',
        name: i.name,
        unit: i.unit ?? '',
        baseline_text: i.baselineText ?? '',
        target_text: i.targetText,
        comparator: i.comparator ?? null,
        bound_low: i.boundLow ?? null,
        bound_high: null,
        attribute: i.attribute ?? 'expected',
        owner_department_id: i.ownerId ?? null,
        deleted: 0,
      });
      return id;
    },
    indicatorValue: (v) =>
      put('indicator_values', `${v.indicatorId}|${v.departmentId}|${v.periodId}`, {
        indicator_id: v.indicatorId,
        department_id: v.departmentId,
        period_id: v.periodId,
        value_text: v.valueText,
        value_num: Number.isFinite(Number(v.valueText)) ? Number(v.valueText) : null,
        deleted: 0,
      }),
  };
  return db.transaction(() => build(writer))();
};

export type QualityFixture = {
  planId: string;
  dept: { commerce: string; agri: string; customs: string; finance: string; counties: string };
  task: { t1: string; t2: string; t3: string; t4: string; t5: string };
  indicator: { i1: string; i2: string; i3: string; i4: string };
};

/**
 * The hand-computed fixture (test/integration/reports-figures.test.ts works every number out):
 * plan started 2026-01-01, quarterly; 2026-Q3 is due 2026-10-05; the clock says 2026-11-22.
 * 市财政局 never reports; T2 is past its deadline undone; T5 was done after its deadline.
 */
export const writeQualityFixture = (backend: Backend): QualityFixture =>
  writeFixture(backend, (w) => {
    const planId = w.plan({ title: '质量提升行动方案', importedAt: '2026-01-01T00:00:00+08:00' });
    const commerce = w.department('市商务局', { contact: '张三 0759-1111111' });
    const agri = w.department('市农业农村局', { contact: '李四 0759-2222222' });
    const customs = w.department('湛江海关', { contact: '王五 0759-3333333' });
    const finance = w.department('市财政局', { contact: '赵六 0759-4444444' });
    const counties = w.department('各县(市、区)人民政府', { kind: 'group' });
    const s1 = '一、提升产品质量';
    const s2 = '二、强化质量基础';
    const t1 = w.task({ planId, code: '1', section: s1, title: '开展质量对标提升行动', deadlineText: '2026年底前', deadlineDate: '2026-12-31', leads: [commerce], participants: [agri, finance] });
    const t2 = w.task({ planId, code: '2', section: s1, title: '推进农产品质量安全追溯', deadlineText: '2026年6月底前', deadlineDate: '2026-06-30', leads: [agri], participants: [customs] });
    const t3 = w.task({ planId, code: '3', section: s2, title: '加强进出口商品检验', deadlineText: '长期坚持', leads: [customs], participants: [counties] });
    const t4 = w.task({ planId, code: '4', section: s2, title: '设立质量发展专项资金', deadlineText: '2026年12月10日前', deadlineDate: '2026-12-10', leads: [finance], participants: [commerce] });
    const t5 = w.task({ planId, code: '5', section: s2, title: '建设商贸流通标准体系', deadlineText: '2026年9月中旬', deadlineDate: '2026-09-15', leads: [commerce] });

    w.report({ taskId: t1, departmentId: commerce, periodId: '2026-Q3', status: 'on_track', percent: 60, progress: '完成对标企业遴选', submittedAt: '2026-10-03T10:00:00+08:00' });
    w.review({ taskId: t1, departmentId: commerce, periodId: '2026-Q3', decision: 'accept', createdAt: '2026-10-08T10:00:00+08:00' });
    w.report({ taskId: t1, departmentId: agri, periodId: '2026-Q3', status: 'on_track', percent: 50, submittedAt: '2026-10-12T10:00:00+08:00' });
    w.report({ taskId: t2, departmentId: agri, periodId: '2026-Q2', status: 'behind', percent: 40, submittedAt: '2026-07-03T10:00:00+08:00' });
    w.report({ taskId: t2, departmentId: agri, periodId: '2026-Q3', status: 'behind', percent: 70, problems: '追溯平台建设资金未到位', nextSteps: '争取专项资金', submittedAt: '2026-10-04T10:00:00+08:00' });
    w.review({ taskId: t2, departmentId: agri, periodId: '2026-Q3', decision: 'return', reason: '请补充佐证材料', createdAt: '2026-10-09T10:00:00+08:00' });
    w.report({ taskId: t3, departmentId: customs, periodId: '2026-Q3', status: 'ongoing', submittedAt: '2026-10-02T10:00:00+08:00' });
    // 23:30 in China on the due day is still on time, though it is already 15:30 UTC.
    w.report({ taskId: t4, departmentId: commerce, periodId: '2026-Q3', status: 'done', percent: 100, submittedAt: '2026-10-05T23:30:00+08:00' });
    w.report({ taskId: t5, departmentId: commerce, periodId: '2026-Q3', status: 'done', percent: 100, progress: '标准体系已发布', submittedAt: '2026-10-03T11:00:00+08:00' });
    w.review({ taskId: t5, departmentId: commerce, periodId: '2026-Q3', decision: 'accept', createdAt: '2026-10-08T11:00:00+08:00' });

    const i1 = w.indicator({ planId, name: '产品质量监督抽查合格率', unit: '%', baselineText: '95', targetText: '≥97', comparator: '>=', boundLow: 97, attribute: 'binding', ownerId: commerce, category: '产品质量' });
    const i2 = w.indicator({ planId, name: '每万人口发明专利拥有量', unit: '件', baselineText: '3.2', targetText: '≥5', ownerId: agri, category: '质量基础' });
    const i3 = w.indicator({ planId, name: '食品抽检不合格率', unit: '%', baselineText: '3.5', targetText: '<3', comparator: '<', boundLow: 3, attribute: 'binding', ownerId: customs, category: '产品质量' });
    const i4 = w.indicator({ planId, name: '省级质量奖企业', unit: '家', baselineText: '/', targetText: '5家以上', ownerId: commerce, category: '质量品牌' });
    w.indicatorValue({ indicatorId: i1, departmentId: commerce, periodId: '2026-Q2', valueText: '96.5' });
    w.indicatorValue({ indicatorId: i1, departmentId: commerce, periodId: '2026-Q3', valueText: '96' });
    w.indicatorValue({ indicatorId: i2, departmentId: agri, periodId: '2026-Q3', valueText: '4' });
    w.indicatorValue({ indicatorId: i3, departmentId: customs, periodId: '2026-Q3', valueText: '2.1' });

    return {
      planId,
      dept: { commerce, agri, customs, finance, counties },
      task: { t1, t2, t3, t4, t5 },
      indicator: { i1, i2, i3, i4 },
    };
  });
