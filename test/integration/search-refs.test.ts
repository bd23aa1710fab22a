// The search index follows edits through m045/m046's triggers, which find a row's index entry by number
// instead of scanning the index: new text is found, replaced and deleted text is not, also after a restore.
// Every number carries its task's number (m046), which is how a search names the task.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { migrations } from '../../db/migrations/index.js';
import { openDatabase, type Db } from '../../db/open.js';
import { searchTaskIds } from '../../db/progress/search.js';
import { seedDemoPlan } from '../../db/seed/demo.js';
import { createBackup } from '../../db/sync/backups.js';
import { makeTempBackend, makeTempDir, seedsDir, type TempBackend } from '../helpers/temp-backend.js';

let t: TempBackend | undefined;
let cleanups: (() => void)[] = [];
afterEach(() => {
  t?.cleanup();
  t = undefined;
  for (const c of cleanups) c();
  cleanups = [];
});

/** Index rows whose number names another task than the row's own (none, or search answers wrong tasks). */
const misnumbered = (db: Db): number =>
  (
    db.prepare('SELECT COUNT(*) AS n FROM progress_search s LEFT JOIN search_tasks t ON t.num = s.rowid & 16777215 WHERE t.task_id IS NOT s.task_id').get() as {
      n: number;
    }
  ).n;

/** What a full scan of task text finds: the answer search must give. */
const scanned = (db: Db, text: string): string[] =>
  (db.prepare("SELECT id FROM tasks WHERE deleted = 0 AND title || ' ' || content LIKE ? ORDER BY id").all(`%${text}%`) as { id: string }[]).map((r) => r.id);

test('editing and deleting a task keeps search in step, and an index check passes', async () => {
  t = makeTempBackend();
  const { db } = t.backend;
  const [first, second] = (await t.backend['tasks.list']({})).slice(0, 2);
  if (!first || !second) throw new Error('demo plan missing');
  const found = (q: string): string[] => [...(searchTaskIds(db, q)?.taskIds ?? [])];

  db.prepare('UPDATE tasks SET content = ? WHERE id = ?').run('建设荔枝冷链溯源平台', first.id);
  expect(found('荔枝冷链溯源')).toEqual([first.id]);
  db.prepare('UPDATE tasks SET content = ? WHERE id = ?').run('建设海产品检测中心', first.id);
  expect(found('荔枝冷链溯源')).toEqual([]);
  expect(found('海产品检测中心')).toEqual([first.id]);

  db.prepare('UPDATE tasks SET content = ? WHERE id = ?').run('海产品检测中心二期', second.id);
  db.prepare('UPDATE tasks SET deleted = 1 WHERE id = ?').run(first.id);
  expect(found('海产品检测中心')).toEqual([second.id]);
  db.prepare('UPDATE tasks SET deleted = 0 WHERE id = ?').run(first.id);
  expect(found('海产品检测中心').sort()).toEqual([first.id, second.id].sort());

  db.prepare("INSERT INTO progress_search (progress_search) VALUES ('integrity-check')").run();
  expect(misnumbered(db)).toBe(0);
  const refs = db.prepare('SELECT COUNT(*) AS n FROM search_refs r JOIN progress_search s ON s.rowid = r.id').get() as { n: number };
  expect(refs.n).toBe((db.prepare('SELECT COUNT(*) AS n FROM progress_search').get() as { n: number }).n);
});

test('after a backup is restored, search finds the restored text and still follows edits', async () => {
  t = makeTempBackend();
  const { db, context } = t.backend;
  const [first] = await t.backend['tasks.list']({});
  if (!first) throw new Error('demo plan missing');
  const found = (q: string): string[] => [...(searchTaskIds(db, q)?.taskIds ?? [])];
  db.prepare('UPDATE tasks SET content = ? WHERE id = ?').run('建设荔枝冷链溯源平台', first.id);
  const backup = await createBackup(context, '测试');
  db.prepare('UPDATE tasks SET content = ? WHERE id = ?').run('建设海产品检测中心', first.id);

  await t.backend['sync.restoreBackup']({ id: backup.id });
  expect(found('荔枝冷链溯源')).toEqual([first.id]);
  expect(found('海产品检测中心')).toEqual([]);
  db.prepare('UPDATE tasks SET content = ? WHERE id = ?').run('建设渔港监测站', first.id);
  expect(found('荔枝冷链溯源')).toEqual([]);
  expect(found('渔港监测站')).toEqual([first.id]);
  db.prepare("INSERT INTO progress_search (progress_search) VALUES ('integrity-check')").run();
  expect(misnumbered(db)).toBe(0);
});

test('a database indexed before migration 46 is renumbered by task and finds the same tasks', () => {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const path = join(dir, 'old.sqlite');
  const old = new Database(path);
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
  for (const m of [...migrations].filter((m) => m.version < 46).sort((a, b) => a.version - b.version)) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
  }
  old.pragma('user_version = 45');
  seedDemoPlan(old, 'a'.repeat(32), seedsDir, '2026-11-22T09:00:00+08:00');
  // Edited tasks take new numbers at the end under m045: the renumbering must not follow task order.
  const ids = (old.prepare('SELECT id FROM tasks ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
  for (const id of ids.slice(0, 3)) old.prepare("UPDATE tasks SET content = content || '荔枝冷链溯源' WHERE id = ?").run(id);
  old.close();

  const db = openDatabase(path);
  try {
    expect(misnumbered(db)).toBe(0);
    for (const text of ['荔枝冷链溯源', '质量提升', '标准化', '检验检测']) expect([...(searchTaskIds(db, text)?.taskIds ?? [])].sort()).toEqual(scanned(db, text));
    expect(scanned(db, '荔枝冷链溯源')).toHaveLength(3);
    db.prepare('UPDATE tasks SET content = ? WHERE id = ?').run('建设渔港监测站', ids[0]);
    expect([...(searchTaskIds(db, '渔港监测站')?.taskIds ?? [])]).toEqual([ids[0]]);
    expect(misnumbered(db)).toBe(0);
    db.prepare("INSERT INTO progress_search (progress_search) VALUES ('integrity-check')").run();
  } finally {
    db.close();
  }
});
