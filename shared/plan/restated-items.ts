// A work-points list (`一、工作要点` / `1.…` / `2.…`) and after it the table that assigns it
// (`二、重点工作任务分解` / `重点任务 | 工作内容 | 负责科室`): the rows restate the points, their 工作内容 the points'
// own words. The table's rows are the tasks; a point no row restates is a task of its own, with no unit
// named for it, rather than a line set aside with the notice's text.
import type { ParsedTask } from './types.js';

const plain = (text: string): string => text.replace(/[\s,,。;;:、“”"《》()()]/g, '');

/** Does this table task restate the point? Its 内容 (or title) is the point's words. */
const restates = (row: ParsedTask, point: ParsedTask): boolean => {
  const words = plain(`${point.title}${point.content}`);
  const content = plain(row.content).slice(0, 20);
  const same = (a: string, b: string): boolean => plain(a).length >= 2 && plain(a) === plain(b);
  return (content.length >= 8 && words.includes(content)) || (plain(row.title).length >= 8 && words.includes(plain(row.title))) || same(row.content, point.content) || same(row.title, point.title);
};

/**
 * The points of the list a table restates that no row restates, when it restates most of them (two at
 * least): a list the table does not restate (a notice's numbered requirements) gives nothing.
 */
export const pointsTheTableLeftOut = (points: ParsedTask[], rows: ParsedTask[]): ParsedTask[] => {
  const restated = points.filter((p) => rows.some((r) => restates(r, p)));
  // Only the restated points' own list: the same level under the same heading (not the table's heading).
  const list = points.filter((p) => restated.some((r) => r.level === p.level && r.section === p.section));
  if (restated.length < 2 || 2 * restated.length < list.length) return [];
  const tableUnits = [...new Set(rows.flatMap((r) => [...r.leads, ...r.participants]))];
  return list.filter((p) => !restated.includes(p)).map((p) => ({ ...p, path: `p/${p.path}`, ...namedDoer(p, tableUnits) }));
};

/**
 * `5.统筹推进…。局综合科结合…及时发布…`: a point written as its sibling the table assigned (`6.…。局综合科要建立…`
 * → `综合科`) names its doer at the head of its text — a unit the table names, maybe with the 局 or 我局 it
 * belongs to before it. That unit leads it, inferred; with no such head the point keeps no unit.
 */
const namedDoer = (point: ParsedTask, units: string[]): Partial<ParsedTask> => {
  if (point.leads.length + point.participants.length > 0) return {};
  const text = point.content.trim();
  const unit = units.filter((u) => u.length >= 2).find((u) => new RegExp(`^(?:[局委办]|我局|本局)?${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text));
  if (!unit) return {};
  const printed = text.slice(0, text.indexOf(unit) + unit.length);
  return { leads: [printed], participants: [], isLeadInferred: true };
};
