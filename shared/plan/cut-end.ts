// A page saved or copied only in part stops mid-sentence (`3. 推进`, `牵头领导:靳国`, a table cell ending in `,`).
// The last task then lacks the rest of its text, and often the units printed after it: the reader cannot know
// what was lost, so the preview's note on that task says so and asks the person to check the original.
import type { SourceLine } from './body.js';
import type { ParsedTask, UnplacedLine } from './types.js';

// A line that ends a sentence, a bracket, a table cell or a date is complete; anything else was cut.
const COMPLETE_END = /[。;;!!??”"’)\])】〕》|::]$|\d{4}年\d{1,2}月(\d{1,2}日)?$|(局|委|办|院|厅|中心|政府|部|处|室|站|所|队|街道|镇|乡|单位|部门|管委会)$/;

/** The last task when the text ends inside it (mid-sentence, not on a line set aside); null otherwise. */
export const taskCutAtEnd = (lines: SourceLine[], tasks: ParsedTask[], unplaced: UnplacedLine[]): ParsedTask | null => {
  const last = [...lines].reverse().find((l) => l.text.trim().length > 0);
  const task = tasks.reduce<ParsedTask | undefined>((a, t) => (a === undefined || t.line > a.line ? t : a), undefined);
  // A last line dropped as site furniture, or set aside with a notice, a contents list or a chapter, is not the
  // task's; a table's leftover cell (`改造小江初中…等,` after the last row) is.
  if (!last || !task || last.line < task.line) return null;
  if (unplaced.some((u) => u.line === last.line && (u.kind === 'noise' || /目录|通知|说明/.test(u.reason)))) return null;
  return COMPLETE_END.test(last.text.trim()) ? null : task;
};

/** Why a task has no lead: the plain note, or, for the task the text breaks off in, that its units may be in the lost part. */
export const noLeadReason = (task: ParsedTask, cut: ParsedTask | null): string =>
  task === cut ? `任务 ${task.code} 没有找到牵头单位:文件在这一项中途结束,责任单位可能在缺失的部分,请对照原文确认` : `任务 ${task.code} 没有找到牵头单位`;
