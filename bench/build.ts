// Builds a dataset through the app's own code paths: an office imports the generated plan; each unit
// is a separate installation (its own SQLite file and Ed25519 key) set up for its unit from the office's
// signed setup package (see cloneTemplate); it writes its reports with the synced-write functions (one transaction per unit, as a bulk
// submit would) and exports a real signed progress package.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend } from '../db/backend.js';
import { writeMeta } from '../db/meta.js';
import { ensureIdentity } from '../db/identity.js';
import { openDatabase } from '../db/open.js';
import { storeParsedPlan } from '../db/plans/store-plan.js';
import { prepared } from '../db/statements.js';
import { attachmentPath, writeFileAtomic } from '../db/sync/files.js';
import { sha256Hex } from '../db/sync/keys.js';
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
  // Evidence files first, content-addressed and renamed into place as the sync layer stores them; not
  // flushed one by one as the workbench's store does for a clerk's single file (5,000 fsyncs would be
  // most of the build's time and measure the disk, not Duban).
  const stored = attachments.map((a) => {
    const sha256 = sha256Hex(a.bytes);
    writeFileAtomic(attachmentPath(dept.context.filesDir, sha256), a.bytes);
    return { ...a, info: { sha256 } };
  });
  const origin = dept.identity.originId;
  const submittedAt = benchClock().toISOString();
  dept.db.transaction(() => {
    for (const a of stored) {
      prepared(dept.db, "INSERT OR IGNORE INTO attachments (sha256, size, mime, stored_at) VALUES (?, ?, 'application/pdf', ?)").run(a.info.sha256, a.bytes.length, submittedAt);
    }
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

export type DepartmentJob = { index: number; id: string; templatePath: string };

/**
 * A unit set up from its setup package differs from any other set-up unit only in its key pair and its
 * unit id; the plan rows, the office's key, the watermark are the same. So the setup import (the plan's
 * 7,000 changes, the slowest step of making an installation) runs once, into a template, and each unit
 * starts as a copy of it with the template's key replaced by its own new pair (db/identity.ts, as on a
 * first run) and its unit id written where the setup import writes it. Everything the unit
 * then does (its reports, its signed package) goes through the app's code.
 */
const cloneTemplate = (templatePath: string, dbPath: string, departmentId: string): void => {
  copyFileSync(templatePath, dbPath);
  const db = openDatabase(dbPath);
  try {
    db.transaction(() => {
      prepared(db, "DELETE FROM meta WHERE key IN ('public_key', 'private_key', 'origin_id')").run();
      writeMeta(db, 'department_id', departmentId);
    })();
    ensureIdentity(db, 'department');
  } finally {
    db.close();
  }
};

/** The unit's side: an installation set up for the unit, its reports, its export. */
export const buildDepartment = async (root: string, spec: PlanSpec, scale: Scale, job: DepartmentJob): Promise<BuiltDepartment> => {
  const label = `unit-${String(job.index).padStart(3, '0')}`;
  const folder = join(root, label);
  mkdirSync(folder, { recursive: true });
  const dbPath = join(folder, 'duban.sqlite');
  cloneTemplate(job.templatePath, dbPath, job.id);
  const dept = openInstallation(dbPath);
  try {
    const counts = writeReports(dept, spec, scale, job.index, job.id);
    const exported = await call(dept, 'sync.export', { out: join(root, 'packages', `${label}.duban`) });
    const fingerprint = (await call(dept, 'sync.status', {})).fingerprint;
    const name = spec.departmentNames[job.index] as string;
    return { index: job.index, id: job.id, name, dbPath, fingerprint, packagePath: exported.path, reportCount: counts.reports, attachmentCount: counts.attachments };
  } finally {
    dept.close();
  }
};

/** A unit installation set up the real way: fresh database, department role, the office's signed setup package. */
const makeTemplate = async (root: string, office: Backend, officeFingerprint: string, departmentId: string): Promise<string> => {
  mkdirSync(join(root, 'template'), { recursive: true });
  const setup = await call(office, 'sync.setupPackage', { department: departmentId, out: join(root, 'template', 'setup.duban') });
  const dbPath = join(root, 'template', 'duban.sqlite');
  const template = openInstallation(dbPath);
  try {
    await call(template, 'sync.init', { role: 'department' });
    const imported = await call(template, 'sync.import', { sources: [{ path: setup.path }], trust: [officeFingerprint] });
    if (imported.files[0]?.outcome !== 'applied') throw new Error(`setup failed: ${imported.files[0]?.message}`);
  } finally {
    template.close();
  }
  return dbPath;
};

/** Runs department jobs: in this process, or spread over child processes (one per core) by the bench. */
export type JobRunner = (jobs: DepartmentJob[]) => Promise<BuiltDepartment[]>;

export const inProcessRunner =
  (root: string, spec: PlanSpec, scale: Scale): JobRunner =>
  async (jobs) => {
    const out: BuiltDepartment[] = [];
    for (const job of jobs) out.push(await buildDepartment(root, spec, scale, job));
    return out;
  };

/** Builds the whole dataset under `root`: the office and its plan, a set-up unit template, then the units. */
export const buildDataset = async (scale: Scale, root: string, runner?: JobRunner): Promise<Dataset> => {
  const spec = makePlanSpec(scale);
  mkdirSync(join(root, 'packages'), { recursive: true });
  const made = await makeOffice(root, spec);
  const ids = spec.departmentNames.map((name) => {
    const id = made.ids.get(name);
    if (!id) throw new Error(`unit ${name} missing from the office's directory`);
    return id;
  });
  const office = openInstallation(made.dbPath);
  let templatePath: string;
  try {
    templatePath = await makeTemplate(root, office, made.fingerprint, ids[0] as string);
  } finally {
    office.close();
  }
  const jobs: DepartmentJob[] = ids.map((id, index) => ({ index, id, templatePath }));
  const departments = await (runner ?? inProcessRunner(root, spec, scale))(jobs);
  departments.sort((a, b) => a.index - b.index);
  return { root, scale, spec, officeDbPath: made.dbPath, officeFingerprint: made.fingerprint, departments };
};
