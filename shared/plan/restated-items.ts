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
  return list.filter((p) => !restated.includes(p)).map((p) => ({ ...p, path: `p/${p.path}` }));
};
