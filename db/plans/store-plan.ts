// Writes a parsed plan in one transaction: plan, departments met for the first time, aliases,
// the task tree and its assignments, each logged for sync. Importing the same source twice is a no-op.
import { randomUUID } from 'node:crypto';
import type { ParsedPlan } from '../../shared/plan/types.js';
import { addAlias, ensureDepartment } from '../departments/directory.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { insertSynced } from '../sync/synced-write.js';

export type PlanSource = { name: string; sha256: string };

export type StoredPlan = { planId: string; isNew: boolean; taskCount: number };

const findPlanBySource = (db: Db, sha256: string): string | undefined =>
  (prepared(db, 'SELECT id FROM plans WHERE source_sha256 = ? AND deleted = 0').get(sha256) as { id: string } | undefined)
    ?.id;

const parentPathOf = (path: string): string | null => {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? null : path.slice(0, cut);
};

export const storeParsedPlan = (
  db: Db,
  originId: string,
  parsed: ParsedPlan,
  source: PlanSource,
  now: string,
): StoredPlan => {
  const existing = findPlanBySource(db, source.sha256);
  if (existing) return { planId: existing, isNew: false, taskCount: parsed.tasks.length };

  return db.transaction((): StoredPlan => {
    const planId = randomUUID();
    insertSynced(db, originId, 'plans', planId, {
      id: planId,
      title: parsed.title,
      issuer: parsed.issuer,
      doc_number: parsed.docNumber,
      source_name: source.name,
      source_sha256: source.sha256,
      imported_at: now,
      deleted: 0,
    });

    for (const [alias, canonical] of Object.entries(parsed.aliases)) {
      addAlias(db, alias, ensureDepartment(db, originId, canonical), '同一文件中的简写');
    }

    const idByPath = new Map<string, string>();
    parsed.tasks.forEach((task, index) => {
      const taskId = randomUUID();
      idByPath.set(task.path, taskId);
      const parentPath = parentPathOf(task.path);
      insertSynced(db, originId, 'tasks', taskId, {
        id: taskId,
        plan_id: planId,
        parent_id: parentPath ? (idByPath.get(parentPath) ?? null) : null,
        path: task.path,
        code: task.code,
        seq: index + 1,
        level: task.level,
        section: task.section,
        title: task.title,
        content: task.content,
        deadline_text: task.deadlineText,
        deadline_date: null,
        deleted: 0,
      });
      const assigned = new Set<string>();
      const assign = (rawName: string, role: 'lead' | 'participant', isInferred: boolean, position: number): void => {
        const departmentId = ensureDepartment(db, originId, rawName);
        // A unit named twice in one row (as lead and again as participant) keeps its first, stronger role.
        if (assigned.has(departmentId)) return;
        assigned.add(departmentId);
        insertSynced(db, originId, 'assignments', `${taskId}|${departmentId}`, {
          task_id: taskId,
          department_id: departmentId,
          role,
          position,
          is_inferred: isInferred ? 1 : 0,
          raw_name: rawName,
          deleted: 0,
        });
      };
      task.leads.forEach((name, i) => assign(name, 'lead', task.isLeadInferred, i));
      task.participants.forEach((name, i) => assign(name, 'participant', false, task.leads.length + i));
    });
    return { planId, isNew: true, taskCount: parsed.tasks.length };
  })();
};
