// A paragraph that shares several pieces of work out, one clause each (`(一)建立排查机制。甲类场所排查工作由属地
// 镇政府牵头组织,公安、房管等有关部门配合;乙类场所排查工作由房管部门牵头组织,消防部门配合;…`): every clause
// `<work>由A牵头(组织/负责),B配合` is a task of its own, titled by its work, A leading and B taking part. Written
// as bullet items `● <work>(牵头单位:A;配合单位:B)` under the paragraph's own head for the body reader. Only in a
// group's paragraph (`一、`, `(一)`) or an unnumbered one, with two such clauses at least; a last clause the page
// cut (`…排查工作由公安消防`) is a task with no unit.
import type { SourceLine } from './body.js';
import { asBulletItem, readHeading } from './numbering.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';

/** `<work>由A牵头组织,B、C等部门配合`, the 配合 part optional; `负责` leads as 牵头 does. */
const CLAUSE = /^([^,;。由]{4,40}?)由([^,;。]{2,40}?)(?:牵头组织|牵头负责|牵头落实|牵头|负责组织|负责)(?:[^,;。]{0,12})?(?:,([^,;。]{2,60}?)(?:配合|协助|参与|协同)[^;。]{0,30})?$/;
/** The page's last clause cut off after 由 (`…排查工作由公安消防`): its work is known, its units are not. */
const CUT_CLAUSE = /^([^,;。由]{4,40}?)由[^,;。]{0,20}$/;
/** A group that names nobody (`有关部门`, `相关单位`): no participant. */
const NOBODY = /^(?:各)?(?:有关|相关|其他)(?:部门|单位)$/;
const KINDS_CLOSED = /等(?:有关|相关)?部门$/;

type Piece = { work: string; lead: string; join: string };

const readClause = (clause: string): Piece | null => {
  const m = CLAUSE.exec(clause.trim());
  if (!m?.[1] || !m[2]) return null;
  const leads = splitUnitList(m[2]);
  if (!isUnitNameList(leads)) return null;
  // `公安、房管等有关部门配合`: kinds of department closed by 等…部门, each a 部门 of its own (公安部门, 房管部门).
  const isKinds = m[3] !== undefined && KINDS_CLOSED.test(m[3]);
  const joins = (m[3] ? splitUnitList(m[3]) : []).filter((n) => !NOBODY.test(n)).map((n) => (isKinds && !isDepartmentLike(n) ? `${n}部门` : n))
    .flatMap((n) => splitUnitList(n));
  if (joins.length > 0 && !isUnitNameList(joins)) return null;
  return { work: m[1].trim(), lead: leads.join('、'), join: joins.join('、') };
};

const asItem = (p: Piece): string => asBulletItem(`${p.work}(牵头单位:${p.lead}${p.join ? `;配合单位:${p.join}` : ''})`);

export const splitAssignedClauses = (line: SourceLine): SourceLine[] => {
  const text = foldPunctuation(line.text.trim());
  const heading = readHeading(text);
  if (heading && heading.kind !== 'cn' && heading.kind !== 'paren-cn' && heading.kind !== 'chapter') return [line];
  // The paragraph's own head (`(一)建立…机制。`) stays its line; the clauses follow it.
  const rest = heading ? heading.rest : text;
  const headEnd = rest.indexOf('。');
  const head = headEnd >= 0 && headEnd <= 30 && !rest.slice(0, headEnd).includes('由') ? rest.slice(0, headEnd + 1) : '';
  const clauses = rest.slice(head.length).split(/[;。]/).filter((c) => c.trim().length > 0);
  const read = clauses.map(readClause);
  if (read.filter((r) => r !== null).length < 2) return [line];
  const items: string[] = [];
  for (const [i, clause] of clauses.entries()) {
    const piece = read[i];
    if (piece) items.push(asItem(piece));
    else if (i === clauses.length - 1 && !/[。;]\s*$/.test(text) && CUT_CLAUSE.test(clause.trim())) items.push(asBulletItem(CUT_CLAUSE.exec(clause.trim())?.[1] ?? clause));
    else return [line];
  }
  const own = heading ? `${heading.code}${head}` : head;
  return [...(own ? [{ line: line.line, text: own }] : []), ...items.map((t) => ({ line: line.line, text: t }))];
};
