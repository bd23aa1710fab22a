// A table whose task column lists short names (a sector, a site, a kind of work: `危险化学品`, `老旧小区`)
// under a header word the reader does not know (`专项整治行业名称`), beside a column named for the units
// who answer for them (`责任单位`). content-header.ts looks for a column of sentences; such a column has
// none, yet a column of short names followed by a column of unit lists is the work and who does it.
import { guessHeaderRole } from './header-guess.js';
import { roleOfHeader, type TableRow } from './table-rows.js';
import { isUnitCell } from './row-align.js';
import { looksLikeDeadline, looksLikePersonName } from './unit-names.js';

/** A cell naming a piece of work in a few words: Chinese text, neither a unit list nor a date nor a figure. */
const isShortName = (cell: string): boolean =>
  /[\u4e00-\u9fff]{2}/.test(cell) && cell.length <= 30 && !isUnitCell(cell) && !looksLikeDeadline(cell);

/**
 * The column of `header` that lists the tasks by name, or undefined: the one column left of the named
 * responsibility column `responsible` whose header word is unknown and whose cells are mostly short
 * names. Only when the units' column is named outright (责任单位, 牵头单位), so a list of persons or places
 * beside a column of units is not taken for the work.
 */
export const shortTaskColumn = (header: string[], data: TableRow[], responsible: number): number | undefined => {
  const named = roleOfHeader(header[responsible] ?? '');
  if (named !== 'responsibility' && named !== 'lead') return undefined;
  const candidates = header
    .map((word, k) => ({ word, k }))
    .filter(({ word, k }) => k < responsible && word.length > 0 && roleOfHeader(word) === null && guessHeaderRole(word) === null)
    .filter(({ k }) => {
      const cells = data.map((r) => (r.cells[k] ?? '').trim()).filter((c) => c.length > 0);
      if (cells.length < Math.min(3, data.length)) return false;
      // Some work is named for a kind of place that reads like a unit (`养老机构`, `学校`): most cells, not all.
      const units = cells.filter(isUnitCell).length;
      // A column of persons (`张明`, a 责任人 list under an unknown word) is no work.
      const persons = cells.filter(looksLikePersonName).length;
      return cells.filter(isShortName).length >= cells.length * 0.6 && units < cells.length * 0.4 && persons < cells.length * 0.3 && new Set(cells).size >= cells.length * 0.8;
    });
  return candidates.length === 1 ? candidates[0]?.k : undefined;
};
