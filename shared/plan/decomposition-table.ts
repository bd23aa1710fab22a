// Reads a 工作任务分解表 flattened one cell per line as `cell |` (seed 004's layout):
// a header row (工作任务 | 主要内容 | 责任部门), then rows of numbered title, content, responsibility.
// The full importer (other layouts, the document body, indicators) builds on these pieces.
import { reconcileSpellings } from './department-names.js';
import { parseResponsibility, startsWithResponsibility } from './responsibility.js';
import { splitLines, tableCell } from './text.js';
import type { ParsedPlan, ParsedTask, UnplacedLine } from './types.js';

const HEADER_WORDS = ['工作任务', '主要内容', '责任部门', '责任单位', '序号', '完成时限'];
const NUMBERED_TITLE = /^(\d{1,3})\s*[..、]\s*(.+)$/;

type Cell = { line: number; text: string };

type RowDraft = { code: string; title: string; line: number; content: string[]; responsibility: string[] };

const isHeaderCell = (text: string): boolean => HEADER_WORDS.includes(text.replace(/\s+/g, ''));

/** Index of the first header cell of the table, or -1 when the document has no flattened table. */
const findHeader = (lines: string[]): number =>
  lines.findIndex((line) => {
    const cell = tableCell(line);
    return cell !== null && isHeaderCell(cell);
  });

const finishRow = (row: RowDraft): ParsedTask => {
  const responsibility = parseResponsibility(row.responsibility.join(''));
  return {
    path: row.code,
    code: row.code,
    level: 1,
    section: '',
    title: row.title,
    content: row.content.join('\n'),
    deadlineText: '',
    leads: responsibility.leads,
    participants: responsibility.participants,
    isLeadInferred: responsibility.isLeadInferred,
    line: row.line,
  };
};

const firstMeaningfulLine = (lines: string[]): string => lines.find((l) => l.trim().length > 0)?.trim() ?? '';

export const readDecompositionTable = (text: string): ParsedPlan => {
  const lines = splitLines(text);
  const unplaced: UnplacedLine[] = [];
  const tasks: ParsedTask[] = [];
  const header = findHeader(lines);
  if (header < 0) {
    return { title: firstMeaningfulLine(lines), issuer: '', docNumber: '', tasks, aliases: {}, unplaced };
  }

  let row: RowDraft | null = null;
  const cells: Cell[] = [];
  lines.forEach((raw, index) => {
    if (index < header) return;
    const line = index + 1;
    const text = raw.trim();
    if (text.length === 0) return;
    const cell = tableCell(text);
    if (cell === null) {
      unplaced.push({ line, text, reason: '不在表格单元格内(行末没有“|”)' });
      return;
    }
    cells.push({ line, text: cell });
  });

  for (const cell of cells) {
    if (isHeaderCell(cell.text)) continue;
    const numbered = NUMBERED_TITLE.exec(cell.text);
    if (numbered && !startsWithResponsibility(cell.text)) {
      if (row) tasks.push(finishRow(row));
      row = { code: numbered[1] ?? '', title: (numbered[2] ?? '').trim(), line: cell.line, content: [], responsibility: [] };
      continue;
    }
    if (!row) {
      unplaced.push({ line: cell.line, text: cell.text, reason: '出现在第一项任务之前' });
      continue;
    }
    if (startsWithResponsibility(cell.text)) row.responsibility.push(cell.text);
    else if (row.responsibility.length > 0) {
      unplaced.push({ line: cell.line, text: cell.text, reason: '出现在责任部门之后,无法确定所属列' });
    } else row.content.push(cell.text);
  }
  if (row) tasks.push(finishRow(row));

  for (const task of tasks) {
    if (task.leads.length === 0) {
      unplaced.push({ line: task.line, text: task.title, reason: `任务 ${task.code} 没有找到牵头部门` });
    }
  }

  const aliases = reconcileSpellings(tasks.flatMap((t) => [...t.leads, ...t.participants]));
  const canonical = (name: string): string => aliases[name] ?? name;
  const resolved = tasks.map((t) => ({ ...t, leads: t.leads.map(canonical), participants: t.participants.map(canonical) }));
  unplaced.sort((a, b) => a.line - b.line);
  return { title: firstMeaningfulLine(lines), issuer: '', docNumber: '', tasks: resolved, aliases, unplaced };
};
