// Problems listed one a paragraph, each paragraph closing with its own unit label after its last sentence
// (`图①:问题描述。责任单位:县X局。`, `照片3:…。整改单位:A街道。`, or no caption at all): picture captions in a news
// report, a 督查通报's points. Whatever opens them (a caption word with a number, nothing), a run of two or more
// such paragraphs is a list of tasks: each is bulleted (its caption dropped) so the body reader takes it as an
// item and reads its label as it reads any inline label. Numbered lines, and paragraphs whose label names no
// unit, are left as they are.
import type { SourceLine } from './body.js';
import { LABEL } from './labelled-clause.js';
import { asBulletItem, readHeading } from './numbering.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

/** A caption opening the paragraph: a short word and its number, then a colon (`图①:`, `照片 3:`, `问题二:`). */
const CAPTION = /^[\u4e00-\u9fff]{1,4}\s*(?:[\u2460-\u2473]|\d{1,3}|[一二三四五六七八九十]{1,3})\s*[::]\s*/;
/** After the last sentence's stop: a unit label and its units, closing the paragraph. */
const CLOSING = new RegExp(`[。;;!!]\\s*(?:${LABEL.source})\\s*([^。;;::]{2,60}?)\\s*[。;;.]?$`);

/** The paragraph without its caption when it closes with a label naming units; null otherwise. */
const closedByLabel = (text: string): string | null => {
  const body = text.trim().replace(CAPTION, '');
  const m = CLOSING.exec(body);
  if (!m || m.index < 4 || readHeading(body) !== null) return null;
  const units = splitUnitList(m[1] ?? '');
  return isUnitNameList(units) ? body : null;
};

export const bulletClosingLabelLines = (lines: SourceLine[]): SourceLine[] => {
  const read = lines.map((l) => (l.text.trim().length === 0 ? undefined : readHeading(l.text.trim()) !== null ? null : closedByLabel(l.text)));
  const out = [...lines];
  let k = 0;
  while (k < lines.length) {
    const run: number[] = [];
    // Blank lines between the paragraphs do not end the run.
    for (; k < lines.length && read[k] !== null; k += 1) if (read[k] !== undefined) run.push(k);
    if (run.length >= 2) for (const at of run) out[at] = { line: lines[at]?.line ?? 0, text: asBulletItem(read[at] ?? '') };
    if (k < lines.length && read[k] === null) k += 1;
  }
  return out;
};
