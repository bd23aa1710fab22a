// Small judgements on single cells of an indicator table, shared by the readers of its shapes.
import { readHeading } from './numbering.js';
import { isAttributeCell, looksLikeUnit, looksLikeValue } from './target.js';

/** A value-ish cell: a value, a unit, or an attribute word alone (人均预期寿命 holds 预期 and is a name). */
export const isValueCell = (text: string): boolean => looksLikeValue(text) || looksLikeUnit(text) || isAttributeCell(text);

/** `一、发展水平` inside a table: a category row whose other cells are empty. */
export const categoryHeading = (text: string, next: string): string | null => {
  const h = readHeading(text);
  if (!h || (h.kind !== 'cn' && h.kind !== 'paren-cn') || text.length > 30 || isValueCell(next)) return null;
  return h.rest;
};

/** `说明:健康素养是指…`, `计算方法:…`: a note on the row above, printed between a table's rows. */
export const isRowNote = (text: string): boolean => /^\s*(说明|注释|计算方法|指标解释|指标说明)[::]\S/.test(text);

/**
 * `1. 宽带用户规模` / `固定宽带接入用户` / `亿户` …: a numbered group row in a table with no 类别 column — a
 * short name with no figure, followed by a name (not a value) whose row goes on with a unit or a figure.
 * A numbered indicator (`1.森林覆盖率` / `%`) is followed by its values, so it is no group.
 */
export const numberedGroup = (text: string, next: string, afterNext: string): string | null => {
  const h = readHeading(text);
  if (!h || h.kind !== 'num' || h.rest.length > 12 || /[\d((%]/.test(h.rest)) return null;
  return next.length > 0 && !isValueCell(next) && isValueCell(afterNext) ? h.rest : null;
};
