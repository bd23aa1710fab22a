// A table written as text that gives no task (its cells emptied by a repost, or the page cut after its header):
// its lines are listed one by one, so the office hears that a table was there and read as empty.
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import type { UnplacedLine } from './types.js';

export const emptyTableLines = (tables: FoundTable[], taskCounts: number[], lines: SourceLine[]): { unplaced: UnplacedLine[]; count: number } => {
  const empty = tables.filter((_, k) => (taskCounts[k] ?? 0) === 0);
  const textOf = new Map(lines.map((l) => [l.line, l.text.trim()]));
  const unplaced = empty.flatMap((t) =>
    t.lines.flatMap((line): UnplacedLine[] => {
      const text = textOf.get(line) ?? '';
      if (text.replace(/[|\s]/g, '') === '') return [];
      const reason = line === t.headerLine ? '表格只有表头,没有读出任何任务(单元格为空,或原文在此截断)' : '表格没有读出任何任务,这一行未导入';
      return [{ line, text, reason, kind: 'unplaced' }];
    }),
  );
  return { unplaced, count: empty.length };
};
