// Installations for sync tests: an office on the 湛江 demo plan and departments set up from it, each a
// real SQLite file in its own folder. Reports are written through the sync layer's own writer.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend, type Clock } from '../../db/backend.js';
import type { ApiArg, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/validate.js';
import { writeReportForSync, type SyncReportInput } from '../../db/sync/report-writer.js';
import { enrolPeer } from '../../db/sync/state.js';
import { upsertSynced } from '../../db/sync/synced-write.js';
import { suiteClock } from './suite-clock.js';
import { seedsDir } from './temp-backend.js';

export type Site = { backend: Backend; dir: string; dbPath: string; name: string };

export const openSite = (root: string, name: string, options: { isOffice: boolean; clock?: Clock }): Site => {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'duban.sqlite');
  const backend = createBackend({
    dbPath,
    clock: options.clock ?? suiteClock,
    seedsDir: options.isOffice ? seedsDir : undefined,
  });
  return { backend, dir, dbPath, name };
};

export const makeOffice = async (root: string, clock?: Clock): Promise<Site> => initOffice(openSite(root, 'office', { isOffice: true, clock }));

/** Makes an installation opened on the demo (openSite's office, or makeTempBackend's) the office. */
export const initOffice = async (site: Site): Promise<Site> => {
  await call(site, 'sync.init', { role: 'office', name: '湛江市质量强市工作领导小组办公室' });
  return site;
};

/** A department installation set up from the office's setup package (fingerprint confirmed). */
export const makeDepartment = async (root: string, office: Site, department: string, folder = department, clock?: Clock): Promise<Site> =>
  initDepartment(openSite(root, folder, { isOffice: false, clock }), root, office, department);

/** Sets up an installation opened without the demo as `department`, the setup package written under root. */
export const initDepartment = async (site: Site, root: string, office: Site, department: string): Promise<Site> => {
  await call(site, 'sync.init', { role: 'department' });
  const setup = await call(office, 'sync.setupPackage', { department, out: join(root, `setup-${site.name}.duban`) });
  const officeStatus = await call(office, 'sync.status', {});
  const result = await call(site, 'sync.import', { sources: [{ path: setup.path }], trust: [officeStatus.fingerprint] });
  if (result.files[0]?.outcome !== 'applied') throw new Error(`setup failed: ${JSON.stringify(result.files[0])}`);
  return site;
};

export const tasksOf = async (site: Site, department: string) => call(site, 'departments.tasks', { department });

export const writeReport = (site: Site, input: SyncReportInput): number => writeReportForSync(site.backend.context, input);

export const exportTo = async (site: Site, out: string, to?: string) => call(site, 'sync.export', { out, to });

export const fingerprintOfSite = async (site: Site): Promise<string> => (await call(site, 'sync.status', {})).fingerprint;

/** Calls a method the way every host does: the argument validated (and defaulted) by the shared schema. */
export const call = async <M extends ApiMethod>(site: Site, method: M, arg: ApiArg<M>): Promise<ApiResult<M>> =>
  (await dispatch(site.backend, method, arg)) as ApiResult<M>;

/**
 * Two active keys of one unit at the office: what a database from before "one active key per unit" may hold
 * (and what the merge rules must still handle). Enrolled directly, since enrolment through an import now
 * revokes the unit's other key.
 */
export const enrolKeysDirectly = (office: Site, departments: Site[]): void => {
  const db = office.backend.db;
  db.transaction(() => {
    for (const site of departments) {
      const { identity } = site.backend;
      const departmentId = site.backend.db.prepare("SELECT value FROM meta WHERE key = 'department_id'").get() as { value: string };
      enrolPeer(db, {
        origin_id: identity.originId,
        public_key: identity.publicKeyPem,
        role: 'department',
        department_id: departmentId.value,
        name: (site.backend.db.prepare('SELECT name FROM departments WHERE id = ?').get(departmentId.value) as { name: string }).name,
        enrolled_at: '2026-11-22T01:00:00.000Z',
      });
    }
  })();
};

/** The office moves the deadline of the first `count` live tasks in plan order, through the change log (a mass re-dating). */
export const redateTasks = (office: Site, count: number, text = '2027年12月底前', date = '2027-12-31'): void => {
  const db = office.backend.db;
  const rows = db.prepare('SELECT * FROM tasks WHERE deleted = 0 ORDER BY seq LIMIT ?').all(count) as Record<string, string | number | null>[];
  db.transaction(() => {
    for (const row of rows) {
      const values = Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'row_version' && k !== 'origin_id'));
      upsertSynced(db, office.backend.identity.originId, 'tasks', { ...values, deadline_text: text, deadline_date: date });
    }
  })();
};

/** An office on the demo plan and one department PC per name set up from it: [office, ...departments]. */
export const officeAndUnits = async <Names extends string[]>(root: string, ...departments: Names): Promise<[Site, ...{ [K in keyof Names]: Site }]> => {
  const office = await makeOffice(root);
  const units: Site[] = [];
  for (const name of departments) units.push(await makeDepartment(root, office, name));
  return [office, ...units] as [Site, ...{ [K in keyof Names]: Site }];
};
