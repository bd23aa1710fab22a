// Indicator tables written one row per line with columns apart by spaces (seed 000, PDF pages whose
// columns are wide gaps, pages that lost their table to plain text).
import type { SourceLine } from './body.js';
import type { IndicatorRole } from './indicator-roles.js';
import { isTableEnd as isEnd, type TableRow as Row } from './indicator-shapes.js';
import { looksLikeValue } from './target.js';
import { readHeading } from './numbering.js';

/** Columns of a row written with spaces: wide gaps (two spaces or more) when the line has them, else every space. */
export const spacedCells = (raw: string): string[] => {
  const t = raw.trim();
  if (/\S\s{2,}\S/.test(t)) return t.split(/\s{2,}/).filter(Boolean);
  return t
    .replace(/(\d)\s+(?=[家个项件处%])/g, '$1')
    .replace(/([≥≤><])\s+(?=\d)/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
};

/**
 * One row per line, columns split by spaces: the last columns are values, the rest is the name. A line
 * with no value at all (`学前教育`) names the category of the rows below it.
 */
export const readSpacedRows = (lines: SourceLine[], roles: IndicatorRole[]): { rows: Row[]; used: number } => {
  const rows: Row[] = [];
  const nameAt = roles.indexOf('name');
  const after = roles.length - nameAt - 1;
  let carry = '';
  let group = '';
  let i = 0;
  for (; i < lines.length; i += 1) {
    const raw = lines[i]?.text.trim() ?? '';
    if (raw.length === 0) continue;
    const tokens = spacedCells(raw);
    // `一、民生福祉` above rows numbered from 1 again: a category row inside the table, not its end.
    const heading = readHeading(raw);
    const following = lines.slice(i + 1).find((l) => l.text.trim().length > 0)?.text.trim() ?? '';
    if (heading && (heading.kind === 'cn' || heading.kind === 'paren-cn') && tokens.length === 1 && raw.length <= 20 && /^1[.、]/.test(following) && spacedCells(following).length > after) {
      rows.push({ line: lines[i]?.line ?? 0, cells: roles.map(() => ''), category: heading.rest });
      continue;
    }
    if (isEnd(raw)) break;
    const before = roles.slice(0, nameAt).map(() => '');
    if (tokens.length === 1 && !looksLikeValue(raw) && raw.length <= 12 && !/^\d/.test(raw) && roles[0] !== 'category') {
      rows.push({ line: lines[i]?.line ?? 0, cells: roles.map(() => ''), category: raw });
      continue;
    }
    const values = tokens.length > after ? tokens.slice(tokens.length - after) : [];
    // A name too long for its column wraps: `8.残疾儿童少年义` / `务教育入学率(%)   97   约束性`.
    const next = lines.slice(i + 1).find((l) => l.text.trim().length > 0)?.text ?? '';
    if (values.length === 0 && tokens.length === 1 && !isEnd(next) && spacedCells(next).length > after) {
      carry += raw;
      continue;
    }
    let nameTokens = tokens.slice(0, tokens.length - values.length);
    // `1  人均预期寿命  岁  78.5 …` under `序号  指标 …`: the row's number is its 序号 cell, not part of its name.
    const seqAt = roles.indexOf('seq');
    if (seqAt >= 0 && seqAt < nameAt && nameTokens.length >= 2 && /^\d{1,3}[.、]?$/.test(nameTokens[0] ?? '')) {
      before[seqAt] = nameTokens[0] ?? '';
      nameTokens = nameTokens.slice(1);
    }
    // Under a 类别 column, `经济发展  地区生产总值  亿元 …` opens a group and a row with no group cell
    // (`一般公共预算收入  亿元 …`, the merged cell left blank) belongs to the group above.
    const categoryAt = roles.indexOf('category');
    if (categoryAt >= 0 && categoryAt < nameAt) {
      if (nameTokens.length === 2 && carry === '') {
        group = nameTokens[0] ?? '';
        nameTokens = nameTokens.slice(1);
      }
      before[categoryAt] = group;
    }
    const name = carry + nameTokens.join('');
    carry = '';
    rows.push({ line: lines[i]?.line ?? 0, cells: [...before, name, ...values, ...Array<string>(after - values.length).fill('')] });
  }
  return { rows, used: i };
};
