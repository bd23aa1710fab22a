// What Excel shows in a cell, as text: the plan importer must see what the clerk saw. exceljs's
// `cell.text` gives a Date as an English JavaScript date string and a number without its format
// (0.95 for 95%, 12500 for 12,500), so dates, percents, separators and fixed decimals are drawn here.
import type ExcelJS from 'exceljs';

/**
 * A date as the importer's deadlines are written (2026年6月30日): Excel shows it in the sheet's own format
 * (2026/6/30, 2026-06-30, 2026年6月30日), but only the Chinese form is read as a deadline, and it is what
 * a person reading the plan calls that date. A format without days (yyyy"年"m"月") keeps its month only.
 */
const dateText = (date: Date, format: string): string => {
  // exceljs reads Excel's serial dates as UTC midnight.
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const shown = format.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  if (shown && !/d/i.test(shown) && /m/i.test(shown)) return `${y}年${m}月`;
  if (shown && /^[^dm]*y+[^dm]*$/i.test(shown)) return `${y}年`;
  return `${y}年${m}月${d}日`;
};

/** Decimals the format asks for: the zeros after the point in its first (positive) section. */
const decimalsOf = (section: string): number => /\.(0+)/.exec(section)?.[1]?.length ?? 0;

const withSeparators = (digits: string): string => {
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};

/** Excel's General format shows at most 11 significant digits: 0.30000000000000004 is 0.3. */
const general = (value: number): string => String(Number(value.toPrecision(11)));

const numberText = (value: number, format: string): string => {
  const section = format.split(';')[0] ?? '';
  // What the section prints besides the number: quoted text ("万元"), escaped characters (\元), and
  // spacing (_x) and fill (*x) codes, which print nothing here; colours and locales ([Red], [$-804]) neither.
  const bare = section.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  if (!bare || /^general$/i.test(bare.trim()) || !/[0#]/.test(bare)) return general(value);
  // Scientific (0.00E+00): Excel prints the mantissa's decimals and at least as many exponent digits as zeros.
  const scientific = /([#0?.]*[0#])[eE]([+-])(0+)/.exec(bare);
  if (scientific) {
    const [mantissa = '', exponent = '0'] = value.toExponential(decimalsOf(scientific[1] ?? '')).split('e');
    const power = Number(exponent);
    const sign = power < 0 ? '-' : scientific[2] === '+' ? '+' : '';
    return `${mantissa}E${sign}${String(Math.abs(power)).padStart(scientific[3]?.length ?? 1, '0')}`;
  }
  const placeholder = /[#0?,.]*[0#][#0?,.%]*/.exec(bare)?.[0] ?? '';
  const decimals = decimalsOf(placeholder);
  // Commas after the last digit (#,##0, and 0.0,,) show the number in thousands, one comma each.
  const scaling = /[0#?](,+)[^0#?]*$/.exec(placeholder)?.[1]?.length ?? 0;
  const grouped = /[0#?],[0#?]/.test(placeholder);
  const shown = (bare.includes('%') ? value * 100 : value) / 1000 ** scaling;
  const digits = Math.abs(shown).toFixed(decimals);
  const body = `${shown < 0 ? '-' : ''}${grouped ? withSeparators(digits) : digits}${placeholder.includes('%') ? '%' : ''}`;
  const literal = (text: string): string =>
    text.replace(/"([^"]*)"|\\(.)|_.|\*.|\[[^\]]*\]/g, (_all, quoted?: string, escaped?: string) => quoted ?? escaped ?? '');
  const at = section.indexOf(placeholder);
  return at < 0 ? body : `${literal(section.slice(0, at))}${body}${literal(section.slice(at + placeholder.length))}`.trim();
};

/** The cached result of a formula, or the value itself (Excel shows the result, never the formula). */
const shownValue = (cell: ExcelJS.Cell): unknown => {
  const value: unknown = cell.value;
  if (value && typeof value === 'object' && 'formula' in value) return (value as { result?: unknown }).result;
  if (value && typeof value === 'object' && 'sharedFormula' in value) return (value as { result?: unknown }).result;
  return value;
};

export const cellText = (cell: ExcelJS.Cell): string => {
  try {
    const value = shownValue(cell);
    const format = cell.numFmt ?? '';
    if (value instanceof Date && !Number.isNaN(value.getTime())) return dateText(value, format);
    if (typeof value === 'number' && Number.isFinite(value)) return numberText(value, format);
    if (value && typeof value === 'object' && 'error' in value) return '';
    return (cell.text ?? '').toString().trim();
  } catch {
    return '';
  }
};
