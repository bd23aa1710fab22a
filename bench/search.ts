// Search figures on the merged office database: the workbench's FTS5 trigram search against a full-scan
// LIKE over the same text (task title and content, report progress, problems and next steps), and the
// p95 of typical queries as a clerk types them (short ones fall back to LIKE by design).
import type { Db } from '../db/open.js';
import { searchTaskIds } from '../db/progress/search.js';
import { percentile, timeMs } from './stats.js';

/** Three characters or more: what the trigram index serves. */
export const INDEXED_QUERIES = ['食品安全', '冷链物流', '专项检查行动', '荔枝冻品溯源', '基层检测力量', '数字化转型', '营商环境', '电梯安全', '渔船北斗终端', '信用监管'];
/** What clerks type, including one- and two-character words that are below a trigram. */
export const TYPICAL_QUERIES = [...INDEXED_QUERIES, '抽检', '质量', '标准化', '整改'];

export type SearchFigures = { ftsMs: number; likeMs: number; p95Ms: number; queries: number; perQuerySpeedupMedian: number; reportUpdateMs: number };

/** Keeping the index in step: one report's text rewritten (a resubmission, or a merged newer version), rolled back. */
const reportUpdateMs = (db: Db, count = 200): number => {
  const keys = db.prepare('SELECT task_id, department_id, period_id FROM reports LIMIT ?').all(count) as { task_id: string; department_id: string; period_id: string }[];
  const update = db.prepare("UPDATE reports SET progress = progress || '(补充)' WHERE task_id = ? AND department_id = ? AND period_id = ?");
  const started = performance.now();
  db.exec('SAVEPOINT bench_update');
  for (const k of keys) update.run(k.task_id, k.department_id, k.period_id);
  const ms = performance.now() - started;
  db.exec('ROLLBACK TO bench_update');
  db.exec('RELEASE bench_update');
  return ms / keys.length;
};

const LIKE_SQL = `SELECT DISTINCT task_id FROM (
    SELECT id AS task_id, title || ' ' || content AS body FROM tasks WHERE deleted = 0
    UNION ALL
    SELECT task_id, progress || ' ' || problems || ' ' || next_steps FROM reports WHERE deleted = 0)
  WHERE body LIKE ?`;

export const measureSearch = (db: Db, repeats = 5): SearchFigures => {
  const like = db.prepare(LIKE_SQL);
  let ftsMs = 0;
  let likeMs = 0;
  const ratios: number[] = [];
  for (const query of INDEXED_QUERIES) {
    const fts: number[] = [];
    const scan: number[] = [];
    let ftsIds = new Set<string>();
    let likeIds = new Set<string>();
    for (let i = 0; i < repeats; i += 1) {
      const a = timeMs(() => searchTaskIds(db, query));
      fts.push(a.ms);
      ftsIds = a.value?.taskIds ?? new Set();
      const b = timeMs(() => like.all(`%${query}%`) as { task_id: string }[]);
      scan.push(b.ms);
      likeIds = new Set(b.value.map((r) => r.task_id));
    }
    // Same answers, or the comparison means nothing.
    if (ftsIds.size !== likeIds.size || [...ftsIds].some((id) => !likeIds.has(id))) throw new Error(`search "${query}": FTS found ${ftsIds.size} tasks, LIKE ${likeIds.size}`);
    ftsMs += percentile(fts, 50);
    likeMs += percentile(scan, 50);
    ratios.push(percentile(scan, 50) / percentile(fts, 50));
  }
  const all: number[] = [];
  for (let i = 0; i < repeats * 2; i += 1) for (const query of TYPICAL_QUERIES) all.push(timeMs(() => searchTaskIds(db, query)).ms);
  return { ftsMs, likeMs, p95Ms: percentile(all, 95), queries: all.length, perQuerySpeedupMedian: percentile(ratios, 50), reportUpdateMs: reportUpdateMs(db) };
};
