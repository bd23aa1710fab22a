// Keeping the search index in step without scanning it. m021's update triggers found a row's index entry
// by `ref`, an UNINDEXED column of the FTS5 table, so every report resubmission (and every merged newer
// version of a report) scanned the whole index: 100 ms per update at province scale (100,000 reports),
// so a merge carrying 10,000 updated reports would spend minutes there (BENCHMARKS.md). Now each ref has
// a stable number in an ordinary table (INTEGER PRIMARY KEY, so VACUUM keeps it) that is also the index
// row's rowid: updates delete by rowid, and search reads task ids from this small table instead of the
// index's stored copy of the text. Insert triggers first drop any index row already holding the number,
// so re-inserting rows (a backup restore copies tables whole) cannot collide. The table is not named
// progress_search_*: a restore treats those as the index's shadow tables and skips them.
export const m045SearchRefs = `
CREATE TABLE search_refs (
  id      INTEGER PRIMARY KEY,
  ref     TEXT NOT NULL UNIQUE,
  task_id TEXT NOT NULL
) STRICT;
INSERT INTO search_refs (id, ref, task_id) SELECT rowid, ref, task_id FROM progress_search;

DROP TRIGGER progress_search_task_insert;
DROP TRIGGER progress_search_task_update;
DROP TRIGGER progress_search_report_insert;
DROP TRIGGER progress_search_report_update;

CREATE TRIGGER progress_search_task_insert AFTER INSERT ON tasks WHEN new.deleted = 0 BEGIN
  DELETE FROM progress_search WHERE rowid = (SELECT id FROM search_refs WHERE ref = 'task:' || new.id);
  INSERT INTO search_refs (ref, task_id) VALUES ('task:' || new.id, new.id) ON CONFLICT (ref) DO NOTHING;
  INSERT INTO progress_search (rowid, ref, task_id, body)
    SELECT id, ref, task_id, new.title || ' ' || new.content FROM search_refs WHERE ref = 'task:' || new.id;
END;
CREATE TRIGGER progress_search_task_update AFTER UPDATE OF title, content, deleted ON tasks BEGIN
  DELETE FROM progress_search WHERE rowid = (SELECT id FROM search_refs WHERE ref = 'task:' || old.id);
  INSERT INTO search_refs (ref, task_id) SELECT 'task:' || new.id, new.id WHERE new.deleted = 0 ON CONFLICT (ref) DO NOTHING;
  INSERT INTO progress_search (rowid, ref, task_id, body)
    SELECT id, ref, task_id, new.title || ' ' || new.content FROM search_refs WHERE ref = 'task:' || new.id AND new.deleted = 0;
END;
CREATE TRIGGER progress_search_report_insert AFTER INSERT ON reports WHEN new.deleted = 0 BEGIN
  DELETE FROM progress_search
    WHERE rowid = (SELECT id FROM search_refs WHERE ref = 'report:' || new.task_id || '|' || new.department_id || '|' || new.period_id);
  INSERT INTO search_refs (ref, task_id)
    VALUES ('report:' || new.task_id || '|' || new.department_id || '|' || new.period_id, new.task_id) ON CONFLICT (ref) DO NOTHING;
  INSERT INTO progress_search (rowid, ref, task_id, body)
    SELECT id, ref, task_id, new.progress || ' ' || new.problems || ' ' || new.next_steps FROM search_refs
    WHERE ref = 'report:' || new.task_id || '|' || new.department_id || '|' || new.period_id;
END;
CREATE TRIGGER progress_search_report_update AFTER UPDATE OF progress, problems, next_steps, deleted ON reports BEGIN
  DELETE FROM progress_search
    WHERE rowid = (SELECT id FROM search_refs WHERE ref = 'report:' || old.task_id || '|' || old.department_id || '|' || old.period_id);
  INSERT INTO search_refs (ref, task_id)
    SELECT 'report:' || new.task_id || '|' || new.department_id || '|' || new.period_id, new.task_id WHERE new.deleted = 0
    ON CONFLICT (ref) DO NOTHING;
  INSERT INTO progress_search (rowid, ref, task_id, body)
    SELECT id, ref, task_id, new.progress || ' ' || new.problems || ' ' || new.next_steps FROM search_refs
    WHERE ref = 'report:' || new.task_id || '|' || new.department_id || '|' || new.period_id AND new.deleted = 0;
END;
`;
