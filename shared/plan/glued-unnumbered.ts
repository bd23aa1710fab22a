// A table run into one text with no separators and no 序号 (a document-sharing site's dump of a 责任分解表:
// `项目名称具体标准责任单位深化文明社区建设文明创建工作机制健全,…≥85%。区教育局、各街道学习宣传…`). With no
// numbers to cut at, a row ends where its text ends (。) and its units follow; the merged group cell
// (项目名称) stays glued to the first row's text, which still carries the task's own words.
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { splitGluedHeader } from './flattened-forms.js';
import { splitTitle } from './numbering.js';
import { headerRoles, type Role, type TableRow } from './table-rows.js';
import { gluedUnitAt } from './glued-units.js';

/** Where a glued header may start: the words a task column is named by. */
const TASK_HEADER = /项目名称|任务名称|工作任务|重点任务|主要任务|具体任务|工作内容|主要内容|重点工作|工作事项/g;
const unitAt = (text: string): string | null => gluedUnitAt(text, false);

/** Units listed at the start of `text` (`区妇联、区教育局、各街道`), and what follows them. */
const unitsAt = (text: string): { units: string[]; rest: string } => {
  const units: string[] = [];
  let rest = text;
  for (let unit = unitAt(rest); unit; unit = unitAt(rest)) {
    units.push(unit);
    rest = rest.slice(unit.length);
    const sep = /^[、,]/.exec(rest);
    if (!sep || !unitAt(rest.slice(1))) break;
    rest = rest.slice(1);
  }
  return { units, rest };
};

/** The rows of the body: each ends at a sentence end followed by units; the text after the last is a row cut off. */
const rowsOf = (body: string, roles: Role[], line: number): TableRow[] => {
  const rows: TableRow[] = [];
  const put = (text: string, units: string[]): void => {
    const { title } = splitTitle(text);
    const cells = roles.map((r) => (r === 'task' ? title : r === 'content' ? text : r === 'lead' || r === 'responsibility' ? units.join('、') : ''));
    if (!roles.includes('content')) cells[roles.indexOf('task')] = text;
    rows.push({ line, cells });
  };
  let text = '';
  let rest = body;
  while (rest.length > 0) {
    const stop = rest.indexOf('。');
    if (stop < 0) {
      text += rest;
      break;
    }
    text += rest.slice(0, stop + 1);
    const { units, rest: after } = unitsAt(rest.slice(stop + 1));
    rest = after;
    if (units.length === 0) continue;
    put(text, units);
    text = '';
  }
  if (text.trim()) put(text, []);
  return rows;
};

/** A glued table without 序号, when the text has one: at least two rows with units. */
export const findUnnumberedGluedTable = (lines: SourceLine[]): FoundTable | null => {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]?.text ?? '';
    for (const m of line.matchAll(TASK_HEADER)) {
      const at = m.index ?? 0;
      let headerText = '';
      let words: string[] | null = null;
      for (let end = Math.min(line.length, at + 40); end > at + 8 && !words; end -= 1) {
        words = /\s/.test(line.slice(at, end)) ? null : splitGluedHeader(line.slice(at, end));
        if (words) headerText = line.slice(at, end);
      }
      const roles = words ? headerRoles(words) : null;
      if (!roles || !roles.some((r) => r === 'lead' || r === 'responsibility') || !roles.includes('task')) continue;
      // A sharing site's page numbers (`2、`) at line starts are not the table's.
      const body = [line.slice(at + headerText.length), ...lines.slice(i + 1).map((l) => l.text.replace(/^\d{1,2}、(?=\D)/, ''))].join('');
      const rows = rowsOf(body, roles, lines[i]?.line ?? 0);
      if (rows.filter((r) => r.cells.some((c, k) => c && (roles[k] === 'lead' || roles[k] === 'responsibility'))).length < 2) continue;
      return { title: line.slice(0, at).replace(/^\d{1,2}、/, ''), roles, rows, lines: lines.slice(i).map((l) => l.line), headerLine: lines[i]?.line ?? 0, stray: [] };
    }
  }
  return null;
};
