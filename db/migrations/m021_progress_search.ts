// Full-text search over task text and report text in Chinese: FTS5 with the trigram tokenizer, which
// needs no word segmentation. Queries of one or two characters are below a trigram and fall back to
// LIKE (db/progress/search.ts). The index holds its own copy of the text (not external content),
// because VACUUM may renumber the implicit rowids of tasks and reports.
export const m021ProgressSearch = `
CREATE VIRTUAL TABLE progress_search USING fts5(ref UNINDEXED, task_id UNINDEXED, body, tokenize = 'trigram');

INSERT INTO progress_search (ref, task_id, body)
  SELECT 'task:' || id, id, title || ' ' || content FROM tasks WHERE deleted = 0;
INSERT INTO progress_search (ref, task_id, body)
  SELECT 'report:' || task_id || '|' || department_id || '|' || period_id, task_id, progress || ' ' || problems || ' ' || next_steps
  FROM reports WHERE deleted = 0;

CREATE TRIGGER progress_search_task_insert AFTER INSERT ON tasks WHEN new.deleted = 0 BEGIN
  INSERT INTO progress_search (ref, task_id, body) VALUES ('task:' || new.id, new.id, new.title || ' ' || new.content);
END;
CREATE TRIGGER progress_search_task_update AFTER UPDATE OF title, content, deleted ON tasks BEGIN
  DELETE FROM progress_search WHERE ref = 'task:' || old.id;
  INSERT INTO progress_search (ref, task_id, body)
    SELECT 'task:' || new.id, new.id, new.title || ' ' || new.content WHERE new.deleted = 0;
END;
CREATE TRIGGER progress_search_report_insert AFTER INSERT ON reports WHEN new.deleted = 0 BEGIN
  INSERT INTO progress_search (ref, task_id, body)
    VALUES ('report:' || new.task_id || '|' || new.department_id || '|' || new.period_id, new.task_id,
            new.progress || ' ' || new.problems || ' ' || new.next_steps);
END;
CREATE TRIGGER progress_search_report_update AFTER UPDATE OF progress, problems, next_steps, deleted ON reports BEGIN
  DELETE FROM progress_search WHERE ref = 'report:' || old.task_id || '|' || old.department_id || '|' || old.period_id;
  INSERT INTO progress_search (ref, task_id, body)
    SELECT 'report:' || new.task_id || '|' || new.department_id || '|' || new.period_id, new.task_id,
           new.progress || ' ' || new.problems || ' ' || new.next_steps
    WHERE new.deleted = 0;
END;
`;
