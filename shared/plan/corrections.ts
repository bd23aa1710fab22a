// The office's fixes from the preview, applied to what the reader understood: drop a noise line,
// merge a department alias into its canonical name, set a task's lead(s) or participants by hand, name the
// plan, take out a task that is none or take in a line that is one (task-corrections.ts).
import type { PlanDocument } from './document.js';
import { correctTaskList } from './task-corrections.js';
import type { ParsedPlan } from './types.js';

export type PlanCorrections = {
  /** Lines (paragraphs, rows) to ignore, as numbered in the preview. */
  droppedLines?: number[];
  /** Spelling in the document → the department it means. */
  aliases?: Record<string, string>;
  /** Task path → lead names, replacing what was read. */
  leads?: Record<string, string[]>;
  /** Task path → participant names, replacing what was read. */
  participants?: Record<string, string[]>;
  /** Line number → task path: an unplaced line the office says belongs to that task's text. */
  attachLines?: Record<string, string>;
  /** The plan's name, when the document's title line was missing or misread. */
  title?: string;
  /** Paths of read tasks the office says are not tasks. */
  droppedTasks?: string[];
  /** Unplaced line numbers the office says are tasks (each becomes one, read as an item of its own). */
  addedLines?: number[];
};

export const dropLines = (doc: PlanDocument, lines: number[] | undefined): PlanDocument => {
  if (!lines || lines.length === 0) return doc;
  const drop = new Set(lines);
  return {
    format: doc.format,
    blocks: doc.blocks
      .filter((b) => !(b.kind === 'line' && drop.has(b.line)))
      .map((b) => (b.kind === 'table' ? { ...b, rows: b.rows.filter((r) => !drop.has(r.line)) } : b)),
  };
};

export const applyCorrections = (read: ParsedPlan, corrections: PlanCorrections | undefined): ParsedPlan => {
  if (!corrections) return read;
  // First what is a task, so the leads set by hand below can be those of a task the office took in.
  const plan = correctTaskList(read, corrections.droppedTasks, corrections.addedLines);
  const aliases = corrections.aliases ?? {};
  const rename = (name: string): string => aliases[name] ?? name;
  const tasks = plan.tasks.map((task) => {
    const leadsOverride = corrections.leads?.[task.path];
    const participantsOverride = corrections.participants?.[task.path];
    const leads = (leadsOverride ?? task.leads).map(rename);
    const participants = (participantsOverride ?? task.participants).map(rename).filter((p) => !leads.includes(p));
    return {
      ...task,
      leads: [...new Set(leads)],
      participants: [...new Set(participants)],
      isLeadInferred: leadsOverride ? false : task.isLeadInferred,
    };
  });
  // Attach lines the office assigned to a task: the text joins the task's content, the line leaves the list.
  const attach = corrections.attachLines ?? {};
  const attached = new Set<number>();
  const withAttached = tasks.map((task) => {
    const extra = plan.unplaced.filter((u) => attach[String(u.line)] === task.path && !attached.has(u.line));
    if (extra.length === 0) return task;
    for (const u of extra) attached.add(u.line);
    return { ...task, content: [task.content, ...extra.map((u) => u.text)].filter(Boolean).join('\n') };
  });
  const unplaced = plan.unplaced.filter(
    (u) =>
      !attached.has(u.line) &&
      !(u.reason.includes('没有找到牵头单位') && withAttached.some((t) => t.line === u.line && t.leads.length > 0)),
  );
  const title = corrections.title?.trim() || plan.title;
  return { ...plan, title, tasks: withAttached, unplaced, aliases: { ...plan.aliases, ...aliases } };
};
