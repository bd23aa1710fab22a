// Two more shapes of a table that reached us as text: one task printed as a `标签: | 值 |` form, and a
// table whose header and cells are separated by spaces only. Used by flattened.ts and document.ts.
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { readHeading } from './numbering.js';
import { fitRow } from './row-align.js';
import { roleOfHeader, type Role, type TableRow } from './table-rows.js';

/** A table's caption: a short line naming a 表 just above its header. */
export const titleBefore = (lines: SourceLine[], index: number): string => {
  for (let i = index - 1; i >= Math.max(0, index - 3); i -= 1) {
    const t = lines[i]?.text.trim() ?? '';
    if (t.length > 0 && t.length <= 60 && /表/.test(t)) return t;
  }
  return '';
};

/**
 * A task printed as a two-column form, one `标签: | 值 |` line per field (重点工作 / 牵头单位 / 进展情况):
 * the task field becomes the task's own line, a responsibility field a `牵头单位:X` line, and any
 * other field its value, so the body reader sees the usual shape.
 */
export const unbarLabelledLines = (lines: SourceLine[]): SourceLine[] =>
  lines.flatMap((l) => {
    const m = /^([^|::]{2,24})[::]\s*\|\s*(.*?)\s*\|?\s*$/.exec(l.text.trim());
    if (!m) return [l];
    const label = (m[1] ?? '').replace(/\s+/g, '');
    const value = (m[2] ?? '').trim();
    const role = roleOfHeader(label);
    if (role === null && !/进展|情况|目标|问题|建议|措施|备注/.test(label)) return [l];
    if (value === '') return [l];
    if (role === 'lead' || role === 'participant' || role === 'responsibility') return [{ line: l.line, text: `${label}:${value}` }];
    return [{ line: l.line, text: value }];
  });

/**
 * A table whose header words and cells are separated by spaces only. The header must be all known
 * words, start with 序号 and name the task; rows start with their number, cells end at a sentence end.
 * Such a table may have no unit column (a department's own progress table): its tasks have no units.
 */
export const spacedTable = (lines: SourceLine[], at: number): FoundTable | null => {
  const tokens = (lines[at]?.text.trim() ?? '').split(/\s+/).filter(Boolean);
  if (tokens.length < 3 || tokens.length > 8) return null;
  const roles = tokens.map(roleOfHeader);
  if (roles[0] !== 'seq' || roles.some((r) => r === null) || !roles.some((r) => r === 'task' || r === 'content')) return null;
  const known = roles as Role[];
  const rows: TableRow[] = [];
  const used = [lines[at]?.line ?? 0];
  for (let j = at + 1; j < lines.length; j += 1) {
    const t = lines[j]?.text.trim() ?? '';
    const m = /^(\d{1,3})\s+(.+)$/.exec(t);
    const row = rows[rows.length - 1];
    if (m) {
      const cells = [m[1] ?? '', ...(m[2] ?? '').split(/(?<=[。;])\s+/).map((c) => c.trim())];
      rows.push({ line: lines[j]?.line ?? 0, cells: fitRow(cells, known).cells });
    } else if (row && !readHeading(t)?.kind.match(/^(cn|chapter)$/) && t.length <= 400) {
      // A paragraph of the last row's last cell (`1.8月19日……`, `2.9月15日……`).
      row.cells[row.cells.length - 1] = `${row.cells[row.cells.length - 1] ?? ''}\n${t}`;
    } else break;
    used.push(lines[j]?.line ?? 0);
  }
  return rows.length > 0 ? { title: titleBefore(lines, at), roles: known, rows, lines: used, headerLine: lines[at]?.line ?? 0, stray: [] } : null;
};

