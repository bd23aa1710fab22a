// Builds a dataset through the app's own code paths: an office imports the generated plan; each unit
// is a separate installation (its own SQLite file and Ed25519 key) set up from the office's signed setup
// package; it writes its reports with the synced-write functions (one transaction per unit, as a bulk
// submit would) and exports a real signed progress package.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend } from '../db/backend.js';
import { storeParsedPlan } from '../db/plans/store-plan.js';
import { addAttachmentBase64 } from '../db/progress/attachment-store.js';
import { insertSynced, upsertSynced } from '../db/sync/synced-write.js';
import type { ApiArg, ApiMethod, ApiResult } from '../shared/api/contract.js';
import { dispatch } from '../shared/api/validate.js';
import { makePlanSpec, reportsOfDepartment, type PlanSpec, type Scale } from './dataset.js';

/** Every installation's clock: 2026-11-22, in 2026-Q4, the last generated period. */
export const BENCH_NOW = '2026-11-22T09:00:00+08:00';
export const benchClock = (): Date => new Date(BENCH_NOW);

export const call = async <M extends ApiMethod>(backend: Backend, method: M, arg: ApiArg<M>): Promise<ApiResult<M>> =>
  (await dispatch(backend, method, arg)) as ApiResult<M>;

export const openInstallation = (dbPath: string): Backend => createBackend({ dbPath, clock: benchClock });

export type BuiltDepartment = {
  index: number;
  id: string;
  name: string;
  dbPath: string;
  fingerprint: string;
  packagePath: string;
  reportCount: number;
  attachmentCount: number;
};

export type Dataset = {
  root: string;
  scale: Scale;
  spec: PlanSpec;
  officeDbPath: string;
  officeFingerprint: string;
  departments: BuiltDepartment[];
};

const makeOffice = async (root: string, spec: PlanSpec): Promise<{ dbPath: string; fingerprint: string; ids: Map<string, string> }> => {
  const dbPath = join(root, 'office', 'duban.sqlite');
  mkdirSync(join(root, 'office'), { recursive: true });
  const office = openInstallation(dbPath);
  try {
    await call(office, 'sync.init', { role: 'office', name: '省质量强省工作领导小组办公室' });
    const sha256 = createHash('sha256').update(JSON.stringify(spec.plan)).digest('hex');
    storeParsedPlan(office.db, office.identity.originId, spec.plan, { name: 'bench.txt', sha256 }, spec.startIso);
    const rows = office.db.prepare('SELECT id, name FROM departments').all() as { id: string; name: string }[];
    return { dbPath, fingerprint: (await call(office, 'sync.status', {})).fingerprint, ids: new Map(rows.map((r) => [r.name, r.id])) };
  } finally {
    office.close();
  }
};

/** The unit's reports and evidence, written as a bulk submit would: synced writes in one transaction. */
const writeReports = (dept: Backend, spec: PlanSpec, scale: Scale, index: number, departmentId: string): { reports: number; attachments: number } => {
  const { reports, attachments } = reportsOfDepartment(spec, scale, index);
  const taskIdByCode = new Map((dept.db.prepare('SELECT id, code FROM tasks').all() as { id: string; code: string }[]).map((r) => [r.code, r.id]));
  const taskIdOf = (taskIndex: number): string => {
    const id = taskIdByCode.get(String(taskIndex + 1));
    if (!id) throw new Error(`task ${taskIndex + 1} missing in the unit's copy of the plan`);
    return id;
  };
  // Evidence files first, through the workbench's own store (content-addressed, flushed, renamed).
  const stored = attachments.map((a) => ({ ...a, info: addAttachmentBase64(dept.context, a.fileName, Buffer.from(a.bytes).toString('base64')) }));
  const origin = dept.identity.originId;
  const submittedAt = benchClock().toISOString();
  dept.db.transaction(() => {
    for (const r of reports) {
      upsertSynced(dept.db, origin, 'reports', {
        task_id: taskIdOf(r.taskIndex),
        department_id: departmentId,
        period_id: r.periodId,
        status: r.status,
        percent: r.percent,
        progress: r.progress,
        problems: r.problems,
        next_steps: r.nextSteps,
        submitted_at: submittedAt,
        deleted: 0,
      });
    }
    for (const a of stored) {
      const report = reports[a.reportIndex];
      if (!report) continue;
      const key = { task_id: taskIdOf(report.taskIndex), department_id: departmentId, period_id: report.periodId, sha256: a.info.sha256 };
      insertSynced(dept.db, origin, 'report_attachments', `${key.task_id}|${departmentId}|${report.periodId}|${a.info.sha256}`, {
        ...key,
        file_name: a.fileName,
        deleted: 0,
      });
    }
  })();
  return { reports: reports.length, attachments: stored.length };
};

export type DepartmentJob = { index: number; id: string; setupPath: string };

/** The unit's side: a fresh installation set up from its signed setup package, its reports, its export. */
export const buildDepartment = async (root: string, spec: PlanSpec, scale: Scale, officeFingerprint: string, job: DepartmentJob): Promise<BuiltDepartment> => {
  const label = `unit-${String(job.index).padStart(3, '0')}`;
  const folder = join(root, label);
  mkdirSync(folder, { recursive: true });
  const dbPath = join(folder, 'duban.sqlite');
  const dept = openInstallation(dbPath);
  try {
    await call(dept, 'sync.init', { role: 'department' });
    const imported = await call(dept, 'sync.import', { sources: [{ path: job.setupPath }], trust: [officeFingerprint] });
    if (imported.files[0]?.outcome !== 'applied') throw new Error(`setup of ${label} failed: ${imported.files[0]?.message}`);
    const counts = writeReports(dept, spec, scale, job.index, job.id);
    const exported = await call(dept, 'sync.export', { out: join(root, 'packages', `${label}.duban`) });
    const fingerprint = (await call(dept, 'sync.status', {})).fingerprint;
    const name = spec.departmentNames[job.index] as string;
    return { index: job.index, id: job.id, name, dbPath, fingerprint, packagePath: exported.path, reportCount: counts.reports, attachmentCount: counts.attachments };
  } finally {
    dept.close();
  }
};

/** Runs department jobs: in this process, or spread over child processes (one per core) by the bench. */
export type JobRunner = (jobs: DepartmentJob[], officeFingerprint: string) => Promise<BuiltDepartment[]>;

export const inProcessRunner =
  (root: string, spec: PlanSpec, scale: Scale): JobRunner =>
  async (jobs, officeFingerprint) => {
    const out: BuiltDepartment[] = [];
    for (const job of jobs) out.push(await buildDepartment(root, spec, scale, officeFingerprint, job));
    return out;
  };

/** Builds the whole dataset under `root`: the office and its plan, one setup package per unit, then the units. */
export const buildDataset = async (scale: Scale, root: string, runner?: JobRunner): Promise<Dataset> => {
  const spec = makePlanSpec(scale);
  mkdirSync(join(root, 'packages'), { recursive: true });
  mkdirSync(join(root, 'setup'), { recursive: true });
  const made = await makeOffice(root, spec);
  const office = openInstallation(made.dbPath);
  const jobs: DepartmentJob[] = [];
  try {
    for (let index = 0; index < scale.departments; index += 1) {
      const id = made.ids.get(spec.departmentNames[index] as string);
      if (!id) throw new Error(`unit ${spec.departmentNames[index]} missing from the office's directory`);
      const setup = await call(office, 'sync.setupPackage', { department: id, out: join(root, 'setup', `unit-${String(index).padStart(3, '0')}.duban`) });
      jobs.push({ index, id, setupPath: setup.path });
    }
  } finally {
    office.close();
  }
  const departments = await (runner ?? inProcessRunner(root, spec, scale))(jobs, made.fingerprint);
  departments.sort((a, b) => a.index - b.index);
  return { root, scale, spec, officeDbPath: made.dbPath, officeFingerprint: made.fingerprint, departments };
};
