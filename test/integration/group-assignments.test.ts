// Groups named in a plan (domain.md): 市直相关单位 and 市质量强市工作领导小组成员单位 in seed 004 are
// departments too, expandable to members. Once the office knows the members, each member finds the task
// in its own list, may report on it, is expected to in the figures, and the tables still print the
// group's name as the document does. Also across sync: a member department set up from the office sees
// the task and its report is accepted; dropping the member takes the task off its list but keeps its reports.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';
import { readSummary } from '../helpers/report-reads.js';

const GROUP = '市直相关单位';
const MEMBERS = ['市水务局', '市商务局'];

describe('tasks assigned to a group reach its members', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-groups-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  const groupTask = async (office: Site) => {
    const tasks = await call(office, 'tasks.list', {});
    const task = tasks.find((t) => t.participants.some((p) => p.name === GROUP));
    if (!task) throw new Error(`no task names ${GROUP}`);
    return task;
  };

  it('office side: members listed, expected in the figures, the document still shows the group; converges', async () => {
    const office = await makeOffice(tmp.dir);
    sites.push(office);
    const task = await groupTask(office);
    const waterBefore = await call(office, 'departments.tasks', { department: '市水务局' });
    expect(waterBefore.participant.map((t) => t.id)).not.toContain(task.id);

    await call(office, 'departments.setGroupMembers', { group: GROUP, members: MEMBERS });
    const water = await call(office, 'departments.tasks', { department: '市水务局' });
    expect(water.participant.map((t) => t.id)).toContain(task.id);
    const mine = await call(office, 'workbench.myTasks', { departmentId: water.department.id });
    expect(mine.rows.find((t) => t.taskId === task.id)?.viaGroup).toBe(GROUP);

    // The decomposition table keeps the document's wording.
    const listed = (await call(office, 'tasks.list', {})).find((t) => t.id === task.id);
    expect(listed?.participants.map((p) => p.name)).toContain(GROUP);
    expect(listed?.participants.map((p) => p.name)).not.toContain('市水务局');

    // The figures expect a report from each member (units only; the group itself never reports).
    const summary = await readSummary((m, a) => call(office, m, a), { periodId: '2026-Q4' });
    const figure = summary.tasks.find((t) => t.taskId === task.id);
    const participantIds = figure?.participants.map((p) => p.name) ?? [];
    expect(participantIds).toEqual(expect.arrayContaining(MEMBERS));
    const ranked = summary.ranking.find((d) => d.name === '市水务局');
    expect(ranked?.expected).toBeGreaterThan(0);

    // Setting the same members again writes nothing.
    const logged = () => (office.backend.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    const before = logged();
    await call(office, 'departments.setGroupMembers', { group: GROUP, members: [...MEMBERS].reverse() });
    expect(logged()).toBe(before);
  });

  it('a member department gets the task in its setup package, reports on it, and loses it (not its report) when dropped', async () => {
    const office = await makeOffice(tmp.dir);
    sites.push(office);
    const task = await groupTask(office);
    await call(office, 'departments.setGroupMembers', { group: GROUP, members: MEMBERS });
    const water = await makeDepartment(tmp.dir, office, '市水务局');
    sites.push(water);

    const waterId = (await call(water, 'sync.status', {})).departmentId ?? '';
    const theirs = await call(water, 'workbench.myTasks', { departmentId: waterId });
    const row = theirs.rows.find((t) => t.taskId === task.id);
    expect(row?.role).toBe('participant');
    expect(row?.viaGroup).toBe(GROUP);

    writeReport(water, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '水务系统政务服务事项梳理完成 60 项' });
    const pkg = await exportTo(water, join(tmp.dir, 'water.duban'));
    const imported = await call(office, 'sync.import', { sources: [{ path: pkg.path }], trust: [await fingerprintOfSite(water)] });
    expect(imported.files[0]?.outcome).toBe('applied');
    expect(imported.files[0]?.counts).toMatchObject({ applied: 1, refused: 0 });

    // 市水务局 leaves the group: the office sends the change; the task leaves its list, the report stays.
    await call(office, 'departments.setGroupMembers', { group: GROUP, members: ['市商务局'] });
    expect((await call(office, 'departments.tasks', { department: '市水务局' })).participant.map((t) => t.id)).not.toContain(task.id);
    const update = await exportTo(office, join(tmp.dir, 'to-water.duban'), '市水务局');
    expect((await call(water, 'sync.import', { sources: [{ path: update.path }], trust: [] })).files[0]?.outcome).toBe('applied');
    expect((await call(water, 'workbench.myTasks', { departmentId: waterId })).rows.map((t) => t.taskId)).not.toContain(task.id);
    const kept = office.backend.db.prepare('SELECT progress FROM reports WHERE task_id = ?').get(task.id) as { progress: string };
    expect(kept.progress).toContain('水务系统');
  });
});
