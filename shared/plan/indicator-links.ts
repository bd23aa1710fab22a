// Which task an indicator belongs to, when the document says so: the task names the indicator in its
// text (exactly one task does), or the indicator table sits inside a task's own body — after a task
// heading that stands on its own line and before the next heading. A plan-level table (the 主要指标
// table after a list of one-paragraph items, or before the tasks) links to no task.
import type { SourceLine } from './body.js';
import type { ParsedIndicator, ParsedSection, ParsedTask } from './types.js';

const squash = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');

/** The indicator's name without a leading qualifier in brackets: (咸宁)湖北名牌对GDP贡献率 → 湖北名牌对GDP贡献率. */
const coreName = (name: string): string => squash(name.replace(/^[((][^))]{1,8}[))]/, ''));

/** True when the task's text continues on its heading line ("(四)织牢质量安全底线。牢固树立…"). */
const isInlineItem = (task: ParsedTask, lineText: string | undefined): boolean => {
  if (lineText === undefined) return false;
  const after = squash(lineText).split(squash(task.title))[1] ?? '';
  return after.length > 8;
};

export const linkIndicatorsToTasks = (
  indicators: ParsedIndicator[],
  tasks: ParsedTask[],
  sections: ParsedSection[],
  bodyLines: SourceLine[],
  isBodyTasks: boolean,
): ParsedIndicator[] => {
  if (tasks.length === 0) return indicators.map((i) => ({ ...i, taskPath: null }));
  const texts = tasks.map((t) => squash(`${t.title}${t.content}`));
  const lineText = new Map(bodyLines.map((l) => [l.line, l.text]));
  const headings = [
    ...tasks.map((t) => ({ line: t.line, task: t as ParsedTask | null })),
    ...sections.map((s) => ({ line: s.line, task: null as ParsedTask | null })),
  ].sort((a, b) => a.line - b.line);

  const placedUnder = (line: number): string | null => {
    // Rows of a decomposition table are not headings with a body: placement only reads numbered text.
    if (!isBodyTasks) return null;
    const open = headings.filter((h) => h.line < line).at(-1);
    if (!open?.task || isInlineItem(open.task, lineText.get(open.task.line))) return null;
    return open.task.path;
  };

  return indicators.map((indicator) => {
    const name = coreName(indicator.name);
    if (name.length >= 4) {
      const naming = tasks.filter((_, i) => texts[i]?.includes(name));
      if (naming.length === 1) return { ...indicator, taskPath: naming[0]?.path ?? null };
    }
    return { ...indicator, taskPath: placedUnder(indicator.line) };
  });
};
