// A label printed apart from its units: alone on its line with the units on the next (`牵头单位:` / `市发改委`,
// as forms and reflowed tables leave them). Joined back into `牵头单位:市发改委` before anything else reads the
// lines. (A label followed by a space instead of a colon, `牵头单位 市发改委`, is read when the document is
// normalised: responsibility.ts `unbracketLabel`.)
import type { SourceLine } from './body.js';
import { LABEL_WORD } from './responsibility.js';
import { roleOfHeader } from './table-rows.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const LABEL_ALONE = new RegExp(`^\\s*(${LABEL_WORD})\\s*([::])?\\s*$`);

/** Every name of the text reads as a unit (a value line, not a sentence or the next item). */
const isUnitList = (text: string): boolean => {
  const names = splitUnitList(text.trim());
  // Towns (`凤城镇`) and names a table shortens beside whole ones are units after a label too.
  return isUnitNameList(names);
};

export const joinLabelValues = (lines: SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const alone = LABEL_ALONE.exec(line.text);
    const next = lines[i + 1];
    // Without its colon the word alone could be a one-cell-per-line table's header cell: a label only
    // when the line above is no other column's word (a header's cells come one after another).
    const above = out[out.length - 1]?.text.trim() ?? '';
    const isLabel = alone?.[2] !== undefined || (above !== '' && roleOfHeader(above) === null);
    if (alone?.[1] && isLabel && next && isUnitList(next.text)) {
      out.push({ line: line.line, text: `${alone[1]}:${next.text.trim()}` });
      i += 1;
      continue;
    }
    out.push(line);
  }
  return out;
};
