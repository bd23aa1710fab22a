// A responsibility line broken in two by a PDF's fixed line width (`协办单位:区委编办、园区党工` /
// `委、各街道党工委`) or by a page that wraps a long list: the second line is the rest of the list,
// not text of its own. Joined back before the labels are read, so the lead line above is not lost and
// the unit cut at the line end (`园区党工` + `委`) is whole again.
import { isImprintLine } from './imprint.js';
import { isDepartmentLike, isTownName, splitUnitList } from './unit-names.js';

export type WrappedLine = { text: string; original: string };

const ENDS_SENTENCE = /[。;!?]\s*$/;

const listOf = (labelLine: string): string[] => splitUnitList(labelLine.replace(/^[^::]*[::]/, ''));

/** Does `next` continue the list of the label line `line`? */
const continues = (line: string, next: string): boolean => {
  if (ENDS_SENTENCE.test(line) || /[::]/.test(next) || next.length > 120) return false;
  // The document's 印发 line after the last task is its 版记, never the rest of a list.
  if (isImprintLine(next)) return false;
  const own = splitUnitList(next);
  if (own.length === 0) return false;
  const before = listOf(line);
  const joined = listOf(line + next);
  // The line broke inside a name: the name is only whole again when the two halves are joined.
  const lastName = before[before.length - 1] ?? '';
  const brokeInName = before.length > 0 && !isDepartmentLike(lastName) && !isTownName(lastName) && joined.every(isDepartmentLike);
  // The line broke between names: the next line is nothing but more units.
  const brokeBetween = /[、,,]\s*$/.test(line) && own.every(isDepartmentLike);
  return brokeInName || brokeBetween;
};

/** Joins each line that continues the labelled list above it onto that line. */
export const joinWrappedLabelLines = (lines: string[], isLabelLine: (line: string) => boolean): WrappedLine[] => {
  const out: WrappedLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && isLabelLine(last.text) && !isLabelLine(line) && continues(last.text.trim(), line.trim())) {
      last.text = `${last.text.trim()}${line.trim()}`;
      last.original = `${last.original}\n${line}`;
      continue;
    }
    out.push({ text: line, original: line });
  }
  return out;
};
