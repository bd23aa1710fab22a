// The search index follows edits through m045's triggers, which find a row's index entry by number
// instead of scanning the index: new text is found, replaced and deleted text is not, also after a restore.
import { afterEach, expect, test } from 'vitest';
import { searchTaskIds } from '../../db/progress/search.js';
import { createBackup } from '../../db/sync/backups.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

let t: TempBackend | undefined;
afterEach(() => t?.cleanup());

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
});
