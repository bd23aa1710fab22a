// The JSON that `duban import-plan FILE --json` prints (documented in docs/import-plan.md).
// One flat, stable shape for scripts and answer keys, built from the preview the API returns.
import type { PlanImportResult, PlanPreview } from '../api/methods/plans.js';
import type { ParsedDeadline } from './types.js';

const noDeadline = (text: string): ParsedDeadline => ({ text, date: null, recurrence: null, isOngoing: false });

export const importJson = (preview: PlanPreview, imported?: PlanImportResult) => {
  const { plan, source, target, diff } = preview;
  return {
    file: source,
    plan: { title: plan.title, issuer: plan.issuer, docNumber: plan.docNumber, issuedOn: plan.issuedOn ?? null },
    taskSource: plan.taskSource ?? 'none',
    hasResponsibility: plan.hasResponsibility ?? false,
    taskCount: plan.tasks.length,
    sections: plan.sections ?? [],
    tasks: plan.tasks.map((t) => ({
      path: t.path,
      code: t.code,
      level: t.level,
      section: t.section,
      title: t.title,
      content: t.content,
      deadline: t.deadline ?? noDeadline(t.deadlineText),
      leads: t.leads,
      participants: t.participants,
      leadInferred: t.isLeadInferred,
      line: t.line,
    })),
    indicators: plan.indicators ?? [],
    aliases: plan.aliases,
    unplaced: plan.unplaced.map((u) => ({ line: u.line, kind: u.kind ?? 'unplaced', reason: u.reason, text: u.text })),
    notes: plan.notes ?? [],
    departments: preview.departments,
    target,
    diff,
    import: imported ?? null,
  };
};

export type ImportJson = ReturnType<typeof importJson>;
