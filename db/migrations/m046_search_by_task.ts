// Search reads the task from the index row's number itself. After m045 a search joined every matching
// index row to search_refs and reduced the task ids (text) with DISTINCT: for a stock phrase found in
// 15,000 reports that post-processing was ~20 ms of ~27 (BENCHMARKS.md), the FTS5 phrase match itself
// ~6. Now each task has a small number (search_tasks, INTEGER PRIMARY KEY so VACUUM keeps it) held in the
// low 24 bits of every ref's number: id = sequence × 2^24 + task number. A search takes `rowid & 0xFFFFFF`
// straight from the index (no join, integers deduplicated by SQLite's IN list) and maps the few distinct
// numbers to task ids by primary key. The sequence is in the high bits so new rows still get ever larger
// rowids: FTS5 flushes its pending terms whenever a rowid goes down, so numbering by task block instead
// (tried first) made report inserts ~30% slower. 16.7 million tasks and 536 million refs fit below 2^53.
// Existing refs keep their order; the index is rebuilt once, in rowid order, under the new numbers.

const TASK_SPAN = 16777216;

/** The next number for a ref of the task `taskIdSql` (an SQL expression in the trigger). */
const nextRefId = (taskIdSql: string): string =>
  `(coalesce((SELECT max(id) FROM search_refs), 0) / ${TASK_SPAN} + 1) * ${TASK_SPAN} + (SELECT num FROM search_tasks WHERE task_id = ${taskIdSql})`;

const REPORT_REF = `'report:' || new.task_id || '|' || new.department_id || '|' || new.period_id`;
const OLD_REPORT_REF = `'report:' || old.task_id || '|' || old.department_id || '|' || old.period_id`;

export const m046SearchByTask = `
DROP TRIGGER progress_search_task_insert;
DROP TRIGGER progress_search_task_update;
DROP TRIGGER progress_search_report_insert;
DROP TRIGGER progress_search_report_update;

CREATE TABLE search_tasks (
  num     INTEGER PRIMARY KEY,
  task_id TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO search_tasks (task_id) SELECT task_id FROM search_refs GROUP BY task_id ORDER BY min(id);

CREATE TABLE search_refs_numbered (
  id      INTEGER PRIMARY KEY,
  ref     TEXT NOT NULL UNIQUE,
  task_id TEXT NOT NULL
) STRICT;
INSERT INTO search_refs_numbered (id, ref, task_id)
  SELECT row_number() OVER (ORDER BY r.id) * ${TASK_SPAN} + t.num, r.ref, r.task_id
  FROM search_refs r JOIN search_tasks t ON t.task_id = r.task_id;
DROP TABLE search_refs;
ALTER TABLE search_refs_numbered RENAME TO search_refs;

DROP TABLE progress_search;
CREATE VIRTUAL TABLE progress_search USING fts5(ref UNINDEXED, task_id UNINDEXED, body, tokenize = 'trigram');
INSERT INTO progress_search (rowid, ref, task_id, body)
  SELECT id, ref, task_id, body FROM (
    SELECT r.id, r.ref, t.id AS task_id, t.title || ' ' || t.content AS body
    FROM tasks t JOIN search_refs r ON r.ref = 'task:' || t.id WHERE t.deleted = 0
    UNION ALL
    SELECT r.id, r.ref, p.task_id, p.progress || ' ' || p.problems || ' ' || p.next_steps
    FROM reports p JOIN search_refs r ON r.ref = 'report:' || p.task_id || '|' || p.department_id || '|' || p.period_id
    WHERE p.deleted = 0)
  ORDER BY id;

CREATE TRIGGER progress_search_task_insert AFTER INSERT ON tasks WHEN new.deleted = 0 BEGIN
  DELETE FROM progress_search WHERE rowid = (SELECT id FROM search_refs WHERE ref = 'task:' || new.id);
  INSERT INTO search_tasks (task_id) VALUES (new.id) ON CONFLICT (task_id) DO NOTHING;
  INSERT INTO search_refs (id, ref, task_id) SELECT ${nextRefId('new.id')}, 'task:' || new.id, new.id WHERE true
    ON CONFLICT (ref) DO NOTHING;
  INSERT INTO progress_search (rowid, ref, task_id, body)
    SELECT id, ref, task_id, new.title || ' ' || new.content FROM search_refs WHERE ref = 'task:' || new.id;
END;
CREATE TRIGGER progress_search_task_update AFTER UPDATE OF title, content, deleted ON tasks BEGIN
  DELETE FROM progress_search WHERE rowid = (SELECT id FROM search_refs WHERE ref = 'task:' || old.id);
  INSERT INTO search_tasks (task_id) SELECT new.id WHERE new.deleted = 0 ON CONFLICT (task_id) DO NOTHING;
  INSERT INTO search_refs (id, ref, task_id) SELECT ${nextRefId('new.id')}, 'task:' || new.id, new.id WHERE new.deleted = 0
    ON CONFLICT (ref) DO NOTHING;
  INSERT INTO progress_search (rowid, ref, task_id, body)
    SELECT id, ref, task_id, new.title || ' ' || new.content FROM search_refs WHERE ref = 'task:' || new.id AND new.deleted = 0;
END;
CREATE TRIGGER progress_search_report_insert AFTER INSERT ON reports WHEN new.deleted = 0 BEGIN
  DELETE FROM progress_search WHERE rowid = (SELECT id FROM search_refs WHERE ref = ${REPORT_REF});
  INSERT INTO search_tasks (task_id) VALUES (new.task_id) ON CONFLICT (task_id) DO NOTHING;
  INSERT INTO search_refs (id, ref, task_id) SELECT ${nextRefId('new.task_id')}, ${REPORT_REF}, new.task_id WHERE true
    ON CONFLICT (ref) DO NOTHING;
  INSERT INTO progress_search (rowid, ref, task_id, body)
    SELECT id, ref, task_id, new.progress || ' ' || new.problems || ' ' || new.next_steps FROM search_refs WHERE ref = ${REPORT_REF};
END;
CREATE TRIGGER progress_search_report_update AFTER UPDATE OF progress, problems, next_steps, deleted ON reports BEGIN
  DELETE FROM progress_search WHERE rowid = (SELECT id FROM search_refs WHERE ref = ${OLD_REPORT_REF});
  INSERT INTO search_tasks (task_id) SELECT new.task_id WHERE new.deleted = 0 ON CONFLICT (task_id) DO NOTHING;
  INSERT INTO search_refs (id, ref, task_id) SELECT ${nextRefId('new.task_id')}, ${REPORT_REF}, new.task_id WHERE new.deleted = 0
    ON CONFLICT (ref) DO NOTHING;
  INSERT INTO progress_search (rowid, ref, task_id, body)
    SELECT id, ref, task_id, new.progress || ' ' || new.problems || ' ' || new.next_steps FROM search_refs
    WHERE ref = ${REPORT_REF} AND new.deleted = 0;
END;
`;
