// The department directory on a real SQLite file: aliases, well-known short forms, merge, rename,
// group members and contacts, each synced write in the change log, nothing hard-deleted.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { suiteClock } from '../helpers/suite-clock.js';

let t: TempBackend;
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});
const useBackend = (): TempBackend => {
  const made = makeTempBackend();
  cleanups.push(made.cleanup);
  return made;
};

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A second small plan whose tasks name units the demo directory spells differently. */
const SECOND_PLAN = [
  '关于推进外贸稳增长的工作方案',
  '一、主要任务',
  '1.开拓国际市场。(牵头单位:市商务委员会;配合单位:市发改委)',
  '2.稳定外贸主体。(牵头单位:市发改委;配合单位:市商务委员会、市财政局)',
].join('\n');

const importSecondPlan = async (): Promise<void> => {
  await t.backend['plans.import']({ fileName: '外贸.txt', contentBase64: b64(SECOND_PLAN), asNew: true });
};

const changesFor = (pk: string): { row_version: number; base_version: number; row_json: string }[] =>
  t.backend.db
    .prepare("SELECT row_version, base_version, row_json FROM change_log WHERE table_name = 'departments' AND pk = ? ORDER BY seq")
    .all(pk) as { row_version: number; base_version: number; row_json: string }[];

describe('department directory', () => {
  it('resolves a well-known short form to the unit already in the directory, without a second entry', async () => {
    t = useBackend();
    const before = (await t.backend['departments.directory']({})).length;
    const preview = await t.backend['plans.preview']({ fileName: '外贸.txt', contentBase64: b64(SECOND_PLAN), asNew: true });
    expect(preview.departments.find((d) => d.name === '市发改委')).toMatchObject({ canonical: '市发展和改革局', isKnown: true });
    await importSecondPlan();
    const directory = await t.backend['departments.directory']({});
    expect(directory.map((d) => d.name)).not.toContain('市发改委');
    expect(directory).toHaveLength(before + 1); // only 市商务委员会 is new
    expect(directory.find((d) => d.name === '市发展和改革局')?.builtInAliases).toContain('市发改委');
    const tasks = await t.backend['departments.tasks']({ department: '市发改委' });
    expect(tasks.department.name).toBe('市发展和改革局');
  });

  it('merges a duplicate entry: assignments move, the old name stays as an alias, the row is a logged tombstone', async () => {
    t = useBackend();
    await importSecondPlan();
    const plans = await t.backend['plans.list']({});
    const second = plans.find((p) => p.title.includes('外贸'));
    const old = (await t.backend['departments.directory']({})).find((d) => d.name === '市商务委员会');
    expect(old?.taskCount).toBe(2);

    const merged = await t.backend['departments.merge']({ from: '市商务委员会', into: '市商务局' });
    expect(merged.movedAssignments).toBe(2);
    expect(merged.entry.aliases).toContain('市商务委员会');

    const directory = await t.backend['departments.directory']({});
    expect(directory.map((d) => d.name)).not.toContain('市商务委员会');
    const tasks = await t.backend['departments.tasks']({ department: '市商务委员会', planId: second?.id });
    expect(tasks.department.name).toBe('市商务局');
    expect(tasks.lead.map((x) => x.title)).toEqual(['开拓国际市场']);
    expect(tasks.participant.map((x) => x.title)).toEqual(['稳定外贸主体']);

    // Never hard-deleted: the row is still there, tombstoned, and the tombstone travels in the log.
    const row = t.backend.db.prepare('SELECT deleted, merged_into, row_version FROM departments WHERE id = ?').get(old?.id) as {
      deleted: number;
      merged_into: string;
      row_version: number;
    };
    expect(row).toMatchObject({ deleted: 1, merged_into: merged.entry.id, row_version: 2 });
    const log = changesFor(old?.id ?? '');
    expect(log.at(-1)).toMatchObject({ row_version: 2, base_version: 1 });
    expect(JSON.parse(log.at(-1)?.row_json ?? '{}')).toMatchObject({ deleted: 1, merged_into: merged.entry.id });
    const oldAssignments = t.backend.db.prepare('SELECT deleted FROM assignments WHERE department_id = ?').all(old?.id) as { deleted: number }[];
    expect(oldAssignments.map((a) => a.deleted)).toEqual([1, 1]);

    await expect(t.backend['departments.merge']({ from: '市商务委员会', into: '市商务局' })).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('refuses to merge a unit that has already reported progress, and writes nothing', async () => {
    t = useBackend();
    await importSecondPlan();
    const old = (await t.backend['departments.directory']({})).find((d) => d.name === '市商务委员会');
    const task = t.backend.db.prepare('SELECT task_id FROM assignments WHERE department_id = ?').get(old?.id) as { task_id: string };
    t.backend.db
      .prepare("INSERT INTO reports (task_id, department_id, period_id, status, submitted_at, origin_id) VALUES (?, ?, '2026-Q4', 'on_track', '2026-11-01', 'x')")
      .run(task.task_id, old?.id);
    const logBefore = (t.backend.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    await expect(t.backend['departments.merge']({ from: '市商务委员会', into: '市商务局' })).rejects.toMatchObject({ code: 'refused' });
    expect((t.backend.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n).toBe(logBefore);
    expect((await t.backend['departments.directory']({})).map((d) => d.name)).toContain('市商务委员会');
  });

  it('renames a unit keeping the old name as an alias (质监局 → 市场监督管理局), with a versioned change', async () => {
    t = useBackend();
    const renamed = await t.backend['departments.rename']({ department: '市市场监管局', name: '市市场监督管理局' });
    expect(renamed).toMatchObject({ name: '市市场监督管理局', initials: 'sscjdglj', taskCount: 28 });
    expect(renamed.aliases).toContain('市市场监管局');
    expect((await t.backend['departments.tasks']({ department: '市市场监管局' })).department.name).toBe('市市场监督管理局');
    // 市质监局 is a well-known former name of the same unit.
    expect((await t.backend['departments.tasks']({ department: '市质监局' })).department.name).toBe('市市场监督管理局');
    expect(changesFor(renamed.id).at(-1)).toMatchObject({ row_version: 2, base_version: 1 });

    await expect(t.backend['departments.rename']({ department: '市商务局', name: '市水务局' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(t.backend['departments.rename']({ department: '市商务局', name: '市市场监管局' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('adds aliases with refusals for names taken elsewhere', async () => {
    t = useBackend();
    const entry = await t.backend['departments.addAlias']({ department: '市商务局', alias: '商务局' });
    expect(entry.aliases).toContain('商务局');
    expect((await t.backend['departments.tasks']({ department: '商务局' })).department.name).toBe('市商务局');
    await expect(t.backend['departments.addAlias']({ department: '市水务局', alias: '商务局' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(t.backend['departments.addAlias']({ department: '市水务局', alias: '市商务局' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(t.backend['departments.addAlias']({ department: '市商务局', alias: '市商务局' })).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('keeps group members (creating units the directory lacks) and contacts', async () => {
    t = useBackend();
    const group = await t.backend['departments.setGroupMembers']({
      group: '市质量强市工作领导小组成员单位',
      members: ['市市场监管局', '市工信局', '市新设单位'],
    });
    expect(group.kind).toBe('group');
    expect(group.members).toEqual(expect.arrayContaining(['市市场监管局', '市工业和信息化局', '市新设单位']));
    expect(group.members).toHaveLength(3);
    const directory = await t.backend['departments.directory']({});
    expect(directory.find((d) => d.name === '市工业和信息化局')?.groups).toEqual(['市质量强市工作领导小组成员单位']);
    const contact = await t.backend['departments.setContact']({ department: '市商务局', contact: '张三 0759-1234567' });
    expect(contact.contact).toBe('张三 0759-1234567');
    expect(JSON.parse(changesFor(contact.id).at(-1)?.row_json ?? '{}')).toMatchObject({ contact: '张三 0759-1234567' });
    await expect(t.backend['departments.setGroupMembers']({ group: '市直相关单位', members: ['市直相关单位'] })).rejects.toMatchObject({ code: 'bad_input' });
  });
});

describe('duban departments alias|merge|rename|members|contact', () => {
  it('edits the directory from the command line and exits 2 with a reason for refusals', async () => {
    const { runCli } = await import('../../hosts/cli/main.js');
    const { makeTempDir } = await import('../helpers/temp-backend.js');
    const temp = makeTempDir();
    const db = `${temp.dir}/cli.sqlite`;
    const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = '';
      let err = '';
      const code = await runCli([...args, '--db', db], { clock: suiteClock, out: (s) => (out += s), err: (s) => (err += s) });
      return { code, out, err };
    };
    cleanups.push(temp.cleanup);
    expect((await run(['departments', 'alias', '市商务局', '商务局'])).out).toContain('别名:商务局');
    expect((await run(['departments', 'rename', '市市场监管局', '市市场监督管理局'])).out).toContain('原名称保留为别名');
    const members = await run(['departments', 'members', '市直相关单位', '市商务局', '市水务局']);
    expect(members.out).toContain('成员:市商务局、市水务局');
    expect((await run(['departments', 'members', '市直相关单位'])).out).toContain('成员:市商务局、市水务局');
    expect((await run(['departments', 'contact', 'sswj', '李四'])).code).toBe(2); // sswj: 市商务局 or 市水务局
    expect((await run(['departments', 'contact', '商务局', '李四 1234'])).out).toContain('联系:李四 1234');

    const taken = await run(['departments', 'alias', '市水务局', '商务局']);
    expect(taken.code).toBe(2);
    expect(taken.err).toContain('已是“市商务局”的别名');
    const self = await run(['departments', 'merge', '市商务局', '商务局']);
    expect(self.code).toBe(2);
    expect(self.err).toContain('同一个部门');
    const unknown = await run(['departments', 'explode', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('没有这个操作');
    const missing = await run(['departments', 'rename', '市商务局']);
    expect(missing.code).toBe(2);

    const merged = await run(['departments', 'merge', '市水务局', '市商务局', '--json']);
    expect(merged.code).toBe(0);
    // 5 + 3, one task had both; plus the task of 市直相关单位, which 市商务局 now joins as a member of it.
    expect(JSON.parse(merged.out)).toMatchObject({ movedAssignments: 3, entry: { name: '市商务局', taskCount: 8 } });
    const list = await run(['departments', '--find', 'sswj']);
    expect(list.out).toContain('别名:商务局、市水务局');
    expect(list.out.split('\n').filter((l) => l.startsWith('市水务局'))).toEqual([]);
  });
});
