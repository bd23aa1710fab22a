// A whole table run onto one line (or a few long lines) with single spaces between its cells: `…任务分解表 序号
// 工 作 内 容 责任部门 完成时限 一、组名 1 任务 A,B 全年 2 任务 C 四月份 二、组名 3 …`. A page that lost every line
// break of its table. The header is found as a run of known column words inside the line (a word may be spelled a
// character at a time); the rest is cut at the rows' numbers that count on from the last one and at group
// headings (`一、`, `二、`, counting on too), and each row is read by spaced-table.ts as a row of its own line.
// With no 序号 column the rows carry no numbers: a row ends after the cell of the header's last column when that
// is a deadline (`全年`, `2024年6月底前`), else the rest of the line is one row.
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { guessHeaderRole } from './header-guess.js';
import { isDateCell, spacedTable } from './spaced-table.js';
import { headerRoles, roleOfHeader, type Role, type TableRow } from './table-rows.js';

type Token = { text: string; end: number };

/** The line's words with their ends; single characters in a row (`工 作 内 容`) are one word. */
const tokensOf = (text: string): Token[] => {
  const raw = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], end: (m.index ?? 0) + m[0].length }));
  const out: Token[] = [];
  for (let k = 0; k < raw.length; k += 1) {
    const t = raw[k];
    if (!t) continue;
    let j = k;
    while (/^[\u4e00-\u9fff]$/.test(raw[j]?.text ?? '') && /^[\u4e00-\u9fff]$/.test(raw[j + 1]?.text ?? '')) j += 1;
    if (j === k) out.push(t);
    else {
      out.push({ text: raw.slice(k, j + 1).map((r) => r.text).join(''), end: raw[j]?.end ?? t.end });
      k = j;
    }
  }
  return out;
};

const roleOfWord = (w: string): Role | null => (/^\d+[.、]?$/.test(w) ? null : (roleOfHeader(w) ?? guessHeaderRole(w)));

/** A table's title ends with what it is (`…任务分解表`, `…清单`): no column word, whatever its words guess. */
const isTitleWord = (w: string): boolean => /(?:表|清单|方案|计划|要点)$/.test(w) && w.length > 4;

type Header = { words: string[]; roles: Role[]; end: number; at: number; alone: boolean };

/** The first run of three or more column words that names the task and the units, with text after it (or the whole line). */
const findHeader = (tokens: Token[]): Header | null => {
  for (let s = 0; s < tokens.length; s += 1) {
    let e = s;
    while (e < tokens.length && e - s < 10 && !isTitleWord(tokens[e]?.text ?? '') && roleOfWord(tokens[e]?.text ?? '') !== null) e += 1;
    const alone = e === tokens.length;
    if (e - s < 3 || (e >= tokens.length && !alone)) continue;
    const words = tokens.slice(s, e).map((t) => t.text);
    const first = roleOfWord(words[0] ?? '');
    const roles = headerRoles(words);
    if (!roles || !(first === 'seq' || first === 'task' || first === 'content')) continue;
    return { words, roles, end: tokens[e - 1]?.end ?? 0, at: s, alone };
  }
  return null;
};

const CN = '一二三四五六七八九十';
const groupNumber = (w: string): number | null => {
  const m = /^([一二三四五六七八九十]{1,3})、./.exec(w);
  if (!m) return null;
  const t = m[1] ?? '';
  const at = t.indexOf('十');
  const d = (c: string | undefined): number => CN.indexOf(c ?? '') + 1;
  return at < 0 ? d(t) : (at === 0 ? 1 : d(t.slice(0, at))) * 10 + d(t.slice(at + 1));
};

type Piece = { kind: 'group' | 'row'; text: string };

/** The words after the header cut at row numbers counting on (restarting at 1 under a group) and at group headings. */
const cutNumbered = (words: string[]): Piece[] => {
  const pieces: Piece[] = [];
  let last = 0;
  let group = 0;
  let current: string[] = [];
  let kind: Piece['kind'] | null = null;
  const flush = (): void => {
    if (kind && current.length > 0) pieces.push({ kind, text: current.join(' ') });
    current = [];
  };
  for (const w of words) {
    const n = /^(\d{1,3})[.、]?$/.exec(w) ? Number.parseInt(w, 10) : null;
    const g = groupNumber(w);
    // A row's number: the next one, or the first of the table (or of a group, when numbers restart).
    const isRow = n !== null && (n === last + 1 || (kind !== 'row' && pieces.length + current.length === 0) || (kind === 'group' && n === 1)) && (kind !== 'row' || current.length > 1);
    if (isRow) {
      flush();
      kind = 'row';
      last = n;
      current = [String(n)];
    } else if (g !== null && g === group + 1 && (kind !== 'row' || current.length > 1)) {
      flush();
      kind = 'group';
      group = g;
      current = [w];
    } else if (kind) current.push(w);
    else return [];
  }
  flush();
  return pieces;
};

/** Unnumbered rows: each ends after a deadline word when the header ends with the deadline column. */
const cutUnnumbered = (words: string[], roles: Role[]): Piece[] => {
  const endsInDeadline = roles[roles.length - 1] === 'deadline';
  const pieces: Piece[] = [];
  let current: string[] = [];
  let k = 0;
  for (const w of words) {
    current.push(w);
    k += 1;
    const g = groupNumber(w);
    if (g !== null && current.length === 1 && w.length <= 40) {
      pieces.push({ kind: 'group', text: w });
      current = [];
    } else if (endsInDeadline && current.length >= 3 && isDateCell(w) && k < words.length) {
      pieces.push({ kind: 'row', text: current.join(' ') });
      current = [];
    }
  }
  if (current.length > 0) pieces.push({ kind: 'row', text: current.join(' ') });
  return pieces.filter((p) => p.kind === 'group' || p.text.split(' ').length >= 2);
};

/**
 * The table run onto line `at` (and the lines after it that go on with its next row number or group), or null.
 * Rows are read by spaced-table.ts from a header line of the column words and one line per row.
 */
export const oneLineTable = (lines: SourceLine[], at: number): FoundTable | null => {
  const source = lines[at];
  const text = source?.text ?? '';
  if (!source) return null;
  const tokens = tokensOf(text);
  const header = findHeader(tokens);
  if (!header || (!header.alone && text.length < 40)) return null;
  const numbered = header.roles[0] === 'seq';
  // A header alone on its line is spaced-table.ts's, unless the next line runs several rows together.
  const firstRows = cutNumbered((lines[at + 1]?.text ?? '').trim().split(/\s+/).filter(Boolean));
  if (header.alone && (!numbered || firstRows.filter((p) => p.kind === 'row').length < 2)) return null;
  const used = [source.line];
  let words = text.slice(header.end).trim().split(/\s+/).filter(Boolean);
  // Later long lines that go on with the table: they open with a row number or group heading that counts on.
  for (let j = at + 1; numbered && j < lines.length; j += 1) {
    const next = (lines[j]?.text ?? '').trim().split(/\s+/).filter(Boolean);
    const joined = cutNumbered([...words, ...next]);
    const before = cutNumbered(words);
    if (next.length < 3 || joined.length <= before.length || joined.slice(0, Math.max(0, before.length - 1)).some((p, k) => p.text !== before[k]?.text)) break;
    words = [...words, ...next];
    used.push(lines[j]?.line ?? source.line);
  }
  const pieces = numbered ? cutNumbered(words) : cutUnnumbered(words, header.roles);
  const rowCount = pieces.filter((p) => p.kind === 'row').length;
  // A header run in prose followed by a sentence is no table: the rows must be there, more than one when numbered.
  if (rowCount === 0 || (numbered && rowCount < 2 && pieces.length < 2)) return null;
  // Rows without numbers get their place as their number, so the row reader reads each as a row of its own.
  const headerLine = `${numbered ? '' : '序号 '}${header.words.join(' ')}`;
  const rowPieces = pieces.flatMap((p, k) => (p.kind === 'row' ? [{ k, text: numbered ? p.text : `${k + 1} ${p.text}` }] : []));
  const pseudo: SourceLine[] = [{ line: -1, text: headerLine }, ...rowPieces.map((r) => ({ line: r.k, text: r.text }))];
  const table = spacedTable(pseudo, 0);
  if (!table || table.rows.length === 0) return null;
  const width = table.roles.length;
  const rows: TableRow[] = [];
  let next = 0;
  pieces.forEach((p, k) => {
    if (p.kind === 'group') {
      rows.push({ line: source.line, cells: [p.text, ...Array<string>(width - 1).fill('')] });
      return;
    }
    while (next < table.rows.length && (table.rows[next]?.line ?? 0) <= k) {
      const row = table.rows[next];
      if (row) rows.push({ ...row, line: source.line });
      next += 1;
    }
  });
  const title = text.slice(0, tokens.slice(0, header.at).reduce((n, t) => Math.max(n, t.end), 0)).trim().split(/\s+/).pop() ?? '';
  return { title, roles: table.roles, rows, lines: used, headerLine: source.line, stray: [] };
};
