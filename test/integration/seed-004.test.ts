// The embedded demo as a user sees it: seed 004's decomposition table read into a real SQLite file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rankDepartments } from '../../shared/departments/match.js';
import { readDecompositionTable } from '../../shared/plan/decomposition-table.js';
import { makeTempBackend, seedsDir, type TempBackend } from '../helpers/temp-backend.js';

const seedText = readFileSync(join(seedsDir, '004_5cb87e2d2ab2f10e.txt'), 'utf8');

describe('seed 004 reader', () => {
  const parsed = readDecompositionTable(seedText);

  it('finds the 30 tasks of the table in order, each with a lead', () => {
    expect(parsed.tasks.map((t) => t.code)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
    expect(parsed.tasks.every((t) => t.leads.length === 1)).toBe(true);
    expect(parsed.tasks[0]?.title).toBe('提高农产品优质供给水平');
    expect(parsed.tasks[29]?.title).toBe('健全质量激励制度');
  });

  it('reads every row exactly as the document gives it, including the irregular ones', () => {
    const byCode = new Map(parsed.tasks.map((t) => [t.code, t]));
    expect(byCode.get('1')).toMatchObject({ leads: ['市农业农村局'], participants: ['市自然资源局', '市市场监管局'] });
    expect(byCode.get('13')).toMatchObject({ leads: ['市市场监管局'], participants: [] });
    // 市财政局:参与部门 — a colon where the semicolon belongs.
    expect(byCode.get('28')).toMatchObject({
      leads: ['市财政局'],
      participants: ['市发展和改革局', '市工业和信息化局', '市科学技术局', '市市场监管局', '湛江银保监分局', '市委军民融合办'],
    });
    expect(byCode.get('29')).toMatchObject({ leads: ['市教育局'], participants: ['市人力资源和社会保障局', '市市场监管局', '市总工会', '团市委'] });
    // 文化广电旅游体育局 without 市 is the same unit as 市文化广电旅游体育局.
    expect(byCode.get('20')?.participants).toContain('市文化广电旅游体育局');
    expect(parsed.aliases).toEqual({ 文化广电旅游体育局: '市文化广电旅游体育局' });
    expect(byCode.get('21')?.participants).toEqual(['市质量强市工作领导小组成员单位']);
    // Task 26's content mentions 牵头部门 in passing; it is content, not responsibility.
    expect(byCode.get('26')?.content).toContain('积极参与上级牵头部门');
    expect(byCode.get('26')?.leads).toEqual(['市市场监管局']);
  });

  it('counts every assignment the table makes', () => {
    const leads = parsed.tasks.reduce((n, t) => n + t.leads.length, 0);
    const participants = parsed.tasks.reduce((n, t) => n + t.participants.length, 0);
    expect(leads).toBe(30);
    // Counted from the document's 28 参与部门 lists with a shell one-liner, independently of the reader.
    expect(participants).toBe(110);
  });
});

describe('the demo database', () => {
  let t: TempBackend;
  beforeEach(() => {
    t = makeTempBackend();
  });
  afterEach(() => t.cleanup());

  it('opens on the 湛江 plan with its 30 tasks', async () => {
    const plans = await t.backend['plans.list']({});
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ title: '湛江市开展质量提升行动的方案', taskCount: 30 });
    const tasks = await t.backend['tasks.list']({});
    expect(tasks).toHaveLength(30);
    expect(tasks[6]).toMatchObject({ code: '7', title: '推动服务业提质增效' });
    expect(tasks[6]?.participants).toHaveLength(12);
  });

  it('splits 市商务局 tasks into 牵头 7, 11 and 参与 10, 19, 26', async () => {
    const result = await t.backend['departments.tasks']({ department: '市商务局' });
    expect(result.lead.map((x) => x.code)).toEqual(['7', '11']);
    expect(result.participant.map((x) => x.code)).toEqual(['10', '19', '26']);
  });

  it('finds 市商务局 by a name fragment or pinyin initials, and 文化广电旅游体育局 by its short form', async () => {
    for (const typed of ['商务', '商务局', '市商务局']) {
      const result = await t.backend['departments.tasks']({ department: typed });
      expect(result.department.name).toBe('市商务局');
    }
    // sswj is also 市水务局: the picker lists both, busiest first; a script gets told it is ambiguous.
    const departments = await t.backend['departments.list']({});
    expect(rankDepartments(departments, 'sswj').map((d) => d.name)).toEqual(['市商务局', '市水务局']);
    await expect(t.backend['departments.tasks']({ department: 'sswj' })).rejects.toMatchObject({
      code: 'bad_input',
      message: expect.stringContaining('市水务局'),
    });
    const culture = await t.backend['departments.tasks']({ department: '文化广电旅游体育局' });
    expect(culture.department.name).toBe('市文化广电旅游体育局');
    expect(culture.participant.map((x) => x.code)).toContain('20');
  });

  it('keeps one directory entry per unit and marks group entries', async () => {
    const departments = await t.backend['departments.list']({});
    const names = departments.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('文化广电旅游体育局');
    const group = departments.find((d) => d.name === '市质量强市工作领导小组成员单位');
    expect(group?.kind).toBe('group');
    expect(departments.find((d) => d.name === '市直相关单位')?.kind).toBe('group');
    expect(departments.find((d) => d.name === '市商务局')).toMatchObject({ kind: 'unit', initials: 'sswj', taskCount: 5 });
  });

  it('does not load the demo twice when the database is opened again', async () => {
    t.backend.close();
    const again = makeTempBackend({ dbPath: t.dbPath });
    try {
      expect(await again.backend['plans.list']({})).toHaveLength(1);
      expect(await again.backend['tasks.list']({})).toHaveLength(30);
    } finally {
      again.backend.close();
    }
  });

  it('logs every plan write in the change log, one gap-free sequence', () => {
    const rows = t.backend.db
      .prepare('SELECT seq, table_name FROM change_log WHERE origin_id = ? ORDER BY seq')
      .all(t.backend.identity.originId) as { seq: number; table_name: string }[];
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.filter((r) => r.table_name === 'tasks')).toHaveLength(30);
    expect(rows.filter((r) => r.table_name === 'assignments')).toHaveLength(140);
  });
});
