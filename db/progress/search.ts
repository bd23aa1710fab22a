// Search over task text and report text. Terms of three or more characters use the FTS5 trigram
// index; shorter ones (农, 质量) are below a trigram and fall back to LIKE over the same text.
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

export type SearchResult = { taskIds: Set<string>; mode: 'fts' | 'like' };

const escapeLike = (term: string): string => term.replace(/[\\%_]/g, (c) => `\\${c}`);

export const searchTaskIds = (db: Db, query: string): SearchResult | null => {
  const terms = query.trim().split(/\s+/).filter((t) => t.length > 0).slice(0, 8);
  if (terms.length === 0) return null;
  const found: Set<string>[] = [];
  let mode: SearchResult['mode'] = 'fts';
  for (const term of terms) {
    const isShort = [...term].length < 3;
    if (isShort) mode = 'like';
    const rows = (
      isShort
        ? prepared(db, "SELECT DISTINCT task_id FROM progress_search WHERE body LIKE ? ESCAPE '\\'").all(`%${escapeLike(term)}%`)
        : // Every ref's number carries its task's number in its low 24 bits (m046): the index gives the
          // numbers, the few distinct ones map to task ids by primary key; no join per match, no DISTINCT over text.
          prepared(db, 'SELECT task_id FROM search_tasks WHERE num IN (SELECT rowid & 16777215 FROM progress_search WHERE progress_search MATCH ?)').all(
            `"${term.replace(/"/g, '""')}"`,
          )
    ) as { task_id: string }[];
    found.push(new Set(rows.map((r) => r.task_id)));
  }
  const [first = new Set<string>(), ...rest] = found;
  return { taskIds: new Set([...first].filter((id) => rest.every((set) => set.has(id)))), mode };
};
