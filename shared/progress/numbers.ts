// Numbers as clerks type them: full-width digits, 。 or ,as a decimal point (seed 000 writes 0。38),
// thousands separators, a trailing % or unit. Returns null for anything that is not one number.
const FULL_WIDTH_DIGITS = /[０-９]/g;

export const normaliseNumberText = (text: string): string =>
  text
    .replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[＋]/g, '+')
    .replace(/\s+/g, '');

export const parseNumber = (text: string): number | null => {
  const cleaned = normaliseNumberText(text).replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/%$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
};
