// A task table a document site ran into text, one row a line, cells parted by spaces only:
//   … 附件2 某省推进某某建设主要任务责任分工方案 主要任务 建设重点 牵头部门 配合部门
//   一、促进城镇联动发展 / (一)打造核心增长极
//   1、推进新区建设,争取设立示范区. 省发改委、某市政府 省直有关部门
//   2、推进自主创新示范区建设.省科技厅 省直有关部门,甲市、乙市政府
// The header's words end a line (after the attachment's caption, or a note the page glued in front); a
// row is its task's sentences and, after the last sentence end, the unit columns' lists parted by spaces.
// `一、` / `(一)` lines between the rows are its groups. (Numbered rows under a 序号 header are spacedTable's.)
import type { FoundTable } from './flattened.js';
import { readHeading } from './numbering.js';
import { roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

type Line = { line: number; text: string };

/** Header words ending the line: task columns (主要任务, 建设重点) then unit columns (牵头部门 配合部门). */
const headerSuffix = (text: string): { roles: Role[]; caption: string } | null => {
  const tokens = text.trim().split(/\s+/);
  const roles: Role[] = [];
  let k = tokens.length - 1;
  for (; k >= 0 && roles.length < 6; k -= 1) {
    const t = tokens[k] ?? '';
    const role = roleOfHeader(t) ?? (/^[\u4e00-\u9fff]{2,4}(重点|内容|措施|举措)$/.test(t) ? 'content' : null);
    if (role === null || role === 'seq') break;
    roles.unshift(role);
  }
  const unitAt = roles.findIndex((r) => r === 'lead' || r === 'participant' || r === 'responsibility');
  if (roles.length < 3 || unitAt < 1 || !roles.slice(0, unitAt).some((r) => r === 'task' || r === 'content')) return null;
  if (roles.slice(unitAt).some((r) => r !== 'lead' && r !== 'participant' && r !== 'responsibility')) return null;
  return { roles, caption: tokens.slice(0, k + 1).join(' ') };
};

/** `…示范区. 省发改委、某市政府 省直有关部门`: the task's text and its unit lists, or null without them. */
const splitRow = (body: string, units: number): { task: string; lists: string[] } | null => {
  const ends = [...body.matchAll(/[.。]/g)].map((m) => m.index);
  for (let e = ends.length - 1; e >= 0; e -= 1) {
    const at = ends[e] ?? -1;
    const rest = body.slice(at + 1).trim();
    const parts = rest.split(/\s+/).filter(Boolean);
    if (parts.length === 0 || parts.length > units + 1) continue;
    if (!parts.every((p) => splitUnitList(p).some(isDepartmentLike))) continue;
    const lists = parts.length > units ? [...parts.slice(0, units - 1), parts.slice(units - 1).join('、')] : parts;
    return { task: body.slice(0, at + 1).trim(), lists };
  }
  return null;
};

/** The table whose header ends line `at`, or null. */
export const sentenceRowsTable = (lines: Line[], at: number): FoundTable | null => {
  const first = lines[at];
  const header = first ? headerSuffix(first.text) : null;
  if (!first || !header) return null;
  const unitRoles = header.roles.filter((r) => r === 'lead' || r === 'participant' || r === 'responsibility');
  const roles: Role[] = ['seq', 'task', ...unitRoles];
  const rows: TableRow[] = [];
  const used = [first.line];
  let numbered = 0;
  for (let j = at + 1; j < lines.length; j += 1) {
    const t = lines[j]?.text.trim() ?? '';
    const line = lines[j]?.line ?? 0;
    const heading = readHeading(t);
    if (heading && (heading.kind === 'cn' || heading.kind === 'paren-cn') && t.length <= 40 && !/[.。]\s*\S/.test(t)) {
      rows.push({ line, cells: roles.map(() => t) });
      used.push(line);
      continue;
    }
    const m = /^(\d{1,3})[、.]\s*(\S.*)$/.exec(t);
    if (!m || Number(m[1]) !== numbered + 1) break;
    numbered += 1;
    const split = splitRow(m[2] ?? '', unitRoles.length);
    // A row the page cut off before its units keeps its text; its units are not guessed.
    rows.push({ line, cells: [m[1] ?? '', split ? split.task : (m[2] ?? ''), ...unitRoles.map((_, k) => split?.lists[k] ?? '')] });
    used.push(line);
  }
  if (numbered < 2 || rows.filter((r) => r.cells.slice(1).some(Boolean)).length < 2) return null;
  return { title: header.caption, roles, rows, lines: used, headerLine: first.line, stray: [] };
};
