// The caption above an indicator table (`表1 “十四五”主要指标`, `(一)某县建设指标`): the table's title, and
// a line the table takes along so that it does not end up in the text of the task above it.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { roleOfWord } from './indicator-roles.js';

export const titleBefore = (lines: SourceLine[], index: number): string => captionBefore(lines, index).text;

/**
 * The table's caption: the nearest short line above its header. `line` is set only when that line reads
 * as a caption (names 指标/目标/表, is not a numbered heading), so the table takes it along and it does
 * not end up in the text of the task above the table.
 */
const captionBefore = (lines: SourceLine[], index: number): { text: string; line: number | null } => {
  for (let i = index - 1; i >= Math.max(0, index - 3); i -= 1) {
    const t = lines[i]?.text.trim() ?? '';
    if (t.length > 0 && t.length <= 60) {
      // A numbered heading is a section of the document, unless it only names the table right under it
      // (`(一)某县建设指标`): then it is the table's caption, not a task.
      const namesTable = /(指标|指标表|指标体系)$/.test(t);
      const isCaption = /指标|目标|^表/.test(t) && (!readHeading(t) || namesTable) && i === index - 1;
      return { text: t, line: isCaption ? (lines[i]?.line ?? null) : null };
    }
  }
  return { text: '', line: null };
};

/**
 * A short numbered heading that only names the table (`二、主要指标`) right above its caption
 * (`健康中国行动主要指标`): the section holding the table, taken along too, so it is no task of its own.
 */
const headingAbove = (lines: SourceLine[], index: number): number | null => {
  const t = lines[index - 2]?.text.trim() ?? '';
  const h = readHeading(t);
  return h && t.length <= 20 && /(主要)?(指标|指标表|指标体系)$/.test(h.rest) ? (lines[index - 2]?.line ?? null) : null;
};

export const withCaption = (lines: SourceLine[], index: number, used: number[]): number[] => {
  const caption = captionBefore(lines, index).line;
  if (caption === null) return used;
  const heading = headingAbove(lines, index);
  return heading === null ? [caption, ...used] : [heading, caption, ...used];
};

/**
 * `主要指标` right above `序号 / 指标 / …`, one cell per line: no name column stands before 序号, so the
 * word is the table's caption, not a header cell. Returns how many leading cells are caption.
 */
export const captionCellsInHeader = (cells: string[]): number => {
  let n = 0;
  while (cells.length - n > 2 && roleOfWord(cells[n] ?? '') === 'name' && roleOfWord(cells[n + 1] ?? '') === 'seq' && cells.slice(n + 2).some((c) => roleOfWord(c) === 'name')) n += 1;
  return n;
};
