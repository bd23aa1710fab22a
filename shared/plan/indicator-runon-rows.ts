// An indicator table a document library ran into a few lines of text with no row numbers: the caption,
// the header, then name and values after name and values, the 类别 cells in between, lines broken
// anywhere (even inside a figure: `5.` / `26`, `>` / `85`), wide spaces lost to `?`:
//   附件1 某市主要发展目标 类别 指? 标2014年2020年 经济? 发展 人均地区生产总值(万元) 5.
//   26 8.58 出口额(亿美元) 157.6 / 365 … 社会? 事业 城镇登记失业率(%) 4.14 ?26 注:
// A row is a name followed by one figure per value column; words that no figures follow are the 类别.
// (Numbered rows run into a line are indicator-runon.ts's; a table with every space lost is
// indicator-glued.ts's.)
import { indicatorRoles, joinSpacedWords, roleOfWord, type IndicatorRole } from './indicator-roles.js';
import { isAttributeCell, looksLikeValue } from './target.js';

type Line = { line: number; text: string };
type Row = { line: number; cells: string[] };
export type RunOnRowsTable = { title: string; roles: IndicatorRole[]; rows: Row[]; lines: number[] };

const VALUE_ROLES = new Set<IndicatorRole>(['baseline', 'target', 'achieved', 'note']);

/** `9.4:52.8:37.8` (三次产业结构), `―` (no figure), `[21]` (five-year total) are values here too. */
const isValue = (t: string): boolean => looksLikeValue(t) || /^\d+(\.\d+)?(:\d+(\.\d+)?)+$/.test(t) || /^[―—–-]$/.test(t) || /^[[〔]\d+(\.\d+)?[\]〕]$/.test(t);

/** Tokens of the text: a trailing `?` is a lost space; `标2014年2020年` is a word and two years. */
const tokensOf = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((t) => t.replace(/\?+$/, ''))
    .flatMap((t) => t.split(/(?=(?:19|20)\d{2}年)/))
    .filter((t) => t.length > 0);

/** Lines joined back: a figure broken after its point or its sign (`5.` / `26`, `>` / `85`) is one. */
const joinLines = (lines: Line[]): string =>
  lines.reduce((text, l) => {
    const t = l.text.trim();
    if (text.length === 0) return t;
    return /(\d\.|[>≥<≤])$/.test(text) && /^\d/.test(t) ? `${text}${t}` : `${text} ${t}`;
  }, '');

/** The header in the tokens: the longest run of header words naming a table. */
const headerAt = (tokens: string[]): { from: number; to: number; roles: IndicatorRole[] } | null => {
  for (let from = 0; from < tokens.length; from += 1) {
    let to = from;
    while (to < tokens.length && to - from < 8 && (roleOfWord(tokens[to] ?? '') !== null || roleOfWord(`${tokens[to]}${tokens[to + 1]}`) !== null)) to += roleOfWord(tokens[to] ?? '') !== null ? 1 : 2;
    const roles = to - from >= 2 ? indicatorRoles(joinSpacedWords(tokens.slice(from, to))) : null;
    const after = roles ? roles.slice(roles.indexOf('name') + 1) : [];
    const valueRoles = after[after.length - 1] === 'attribute' ? after.slice(0, -1) : after;
    if (roles && roles.indexOf('name') <= 1 && valueRoles.length > 0 && valueRoles.every((r) => VALUE_ROLES.has(r))) return { from, to, roles };
  }
  return null;
};

/**
 * The table starting on line `at`, or null. It runs over the lines after it up to a line that opens a
 * numbered item or an empty run; its rows are read from the tokens after the header.
 */
export const readRunOnRows = (lines: Line[], at: number): RunOnRowsTable | null => {
  const first = lines[at];
  if (!first || first.text.length < 20) return null;
  const found = headerAt(tokensOf(first.text));
  if (!found) return null;
  const nameAt = found.roles.indexOf('name');
  // A 属性 column last (`… 2025年 属性`): its word follows the figures of each row.
  const withAttribute = found.roles[found.roles.length - 1] === 'attribute';
  const values = found.roles.length - nameAt - 1 - (withAttribute ? 1 : 0);
  const block: Line[] = [first];
  for (let k = at + 1; k < lines.length && block.length < 40; k += 1) {
    const t = lines[k]?.text.trim() ?? '';
    if (/^(\d+[、.]|[一二三四五六七八九十]+、|附件)/.test(t)) break;
    block.push({ line: lines[k]?.line ?? 0, text: t });
  }
  const tokens = tokensOf(joinLines(block));
  const start = headerAt(tokens);
  if (!start) return null;
  const title = tokens.slice(0, start.from).join(' ');
  const rows: Row[] = [];
  let category = '';
  let afterRow = true;
  let k = start.to;
  while (k < tokens.length) {
    const t = tokens[k] ?? '';
    if (/^注[::]?$/.test(t) || isValue(t)) break;
    const figures: string[] = [];
    let j = k + 1;
    while (j < tokens.length && figures.length < values && isValue(tokens[j] ?? '')) figures.push(tokens[j++] ?? '');
    if (figures.length === 0) {
      // Words no figure follows: the 类别 of the rows below (`经济` `发展`, one cell over two lines).
      if (j >= tokens.length || nameAt === 0) break;
      category = afterRow ? t : `${category}${t}`;
      afterRow = false;
      k = j;
      continue;
    }
    const attribute = withAttribute && figures.length === values && isAttributeCell(tokens[j] ?? '') ? (tokens[j++] ?? '') : '';
    rows.push({ line: first.line, cells: [...(nameAt > 0 ? [category] : []), t, ...figures, ...Array<string>(values - figures.length).fill(''), ...(withAttribute ? [attribute] : [])] });
    afterRow = true;
    // A row short of a figure ends the table: what follows is no value (`?26`, a note).
    if (figures.length < values) break;
    k = j;
  }
  if (rows.length < 3) return null;
  return { title, roles: found.roles, rows, lines: [...block.map((l) => l.line), ...tableNotes(lines, at + block.length, block)] };
};

/**
 * `注:` at the table's end, then `1、…按2013年价格计算.` `2、[ ]内为累计数.`: the table's numbered notes,
 * not items of the document. Taken along while the numbering goes on and a line is a short note; a line
 * that goes on into the next attachment (`附件2`) is left to the body.
 */
const tableNotes = (lines: Line[], from: number, block: Line[]): number[] => {
  if (!/注[::]?$/.test(block[block.length - 1]?.text.trim() ?? '')) return [];
  const out: number[] = [];
  for (let k = from, n = 1; k < lines.length; k += 1, n += 1) {
    const t = lines[k]?.text.trim() ?? '';
    if (!new RegExp(`^${n}[、.](?!\\d)`).test(t) || t.length > 80 || /附件\s*\d/.test(t)) break;
    out.push(lines[k]?.line ?? 0);
  }
  return out;
};
