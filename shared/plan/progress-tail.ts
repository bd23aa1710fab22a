// A table printed one cell per line whose last column is the office's own (进展情况, 完成情况, 备注): the
// last row's cell there may run over several paragraphs (`已完成改造346户。` / `新增示范点25家。` / `完成…。`).
// Cut into rows by the header's width, the paragraphs after the first come out as one more row, short, with
// no unit — read as a task of its own. They are the last cell's further lines.
import { noiseReason } from './noise.js';
import { isUnitCell } from './row-align.js';
import type { Role, TableRow } from './table-rows.js';
import { isUnitRole } from './header-roles.js';

const SENTENCE = /[。;;!!]$/;
/** A site's button left after the table (`分享:`), or its other noise. */
const isSiteLabel = (text: string): boolean => (text.length <= 6 && /[::]$/.test(text)) || noiseReason(text) !== null;

/**
 * `rows` with such a tail folded back into the row above's last cell. Only when: the last column is neither a
 * unit, date nor text column; the row above filled it with a sentence; the tail holds fewer cells than a row,
 * each a sentence (a site's label after them set aside) and none a unit; and the rows' first text cells (the
 * task's column) never end in a full stop, so the tail's sentences are no row's task.
 */
export const foldProgressTail = (rows: TableRow[], roles: Role[]): TableRow[] => {
  const width = roles.length;
  const lastRole = roles[width - 1];
  if (rows.length < 2 || (lastRole !== 'other' && !lastRole?.startsWith('cell:')) || !roles.some(isUnitRole)) return rows;
  const tail = rows[rows.length - 1] as TableRow;
  const above = rows[rows.length - 2] as TableRow;
  const filled = tail.cells.map((c) => c.trim()).filter((c) => c !== '');
  let end = filled.length;
  while (end > 0 && isSiteLabel(filled[end - 1] ?? '')) end -= 1;
  const sentences = filled.slice(0, end);
  if (sentences.length === 0 || filled.length >= width || new Set(filled).size === 1 && filled.length > 1) return rows;
  if (!sentences.every((c) => SENTENCE.test(c) && !isUnitCell(c))) return rows;
  if (tail.cells.some((c, i) => isUnitRole(roles[i]) && c.trim() !== '')) return rows;
  const lastCell = (above.cells[width - 1] ?? '').trim();
  if (!SENTENCE.test(lastCell) || !above.cells.some((c, i) => isUnitRole(roles[i]) && c.trim() !== '')) return rows;
  const taskAt = roles.includes('task') ? roles.indexOf('task') : roles.indexOf('content');
  if (taskAt < 0 || rows.slice(0, -1).some((r) => SENTENCE.test((r.cells[taskAt] ?? '').trim()))) return rows;
  const cells = [...above.cells];
  cells[width - 1] = [lastCell, ...sentences].join('\n');
  return [...rows.slice(0, -2), { ...above, cells }];
};
