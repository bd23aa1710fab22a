// A progress table's total rows: `合计:11类56个项目 | 5120 | 3940 | 77% |` and a category's subtotal row
// (`一、教育 | 教育5个项目合计 | 940 | 887 |`) add up the rows under them; they are no task.

/** A cell that is only the total's word (`合计`, `小 计`, `总计:…`), or names what it totals (`教育类小计`). */
const SUM_CELL = /^(?:(?:合|小|总|共)\s*计(?:\s*[::].{0,30})?|[\u4e00-\u9fff\d]{1,20}(?:合计|小计))$/;
/** A figure: an amount, a count or a share. */
const FIGURE = /^[\d.,,%%\s万亿元个项]+$/;

/**
 * A row whose cells are, in order: short labels (its category), one total cell, then figures only. A row
 * with a unit or a sentence after its total word is read as usual.
 */
export const isSumRow = (cells: string[]): boolean => {
  const filled = cells.map((c) => c.trim()).filter((c) => c.length > 0);
  const at = filled.findIndex((c) => SUM_CELL.test(c));
  if (at < 0) return false;
  return filled.slice(0, at).every((c) => c.length <= 12 && !/[。;;,,]/.test(c)) && filled.slice(at + 1).every((c) => FIGURE.test(c));
};
