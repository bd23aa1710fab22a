// A division of work whose `单位:职责` paragraphs the page ran together and broke anywhere (`(三)部门监管责任 区建设局:
// 负责…;` / `负责督促….  区安监局:负责…;` / `配合…;` / `对…督办. 区市场监管局:依法查处…  区商务局:配合…`): a unit's
// label stands inside a line, after a full stop or a space, and a line that opens with none goes on with the label
// above it. Each label starts a line of its own again here, holding its unit's text up to the next label, so that
// unit-duty-lines.ts reads the lines as it reads a division printed one unit a line. Only a block with a label
// inside a line (a label at a line's start alone is that reader's shape already) and three labels at least.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { opensWithDepartmentLabel } from './unit-first.js';
import { isDepartmentLike } from './unit-names.js';

/** Where a label may start inside a line: after a sentence's end (not a list number's dot) or a space. */
const LABEL_AT = /(?:(?<=[。;;]\s*)|(?<=(?<![\d.])[.]\s*)|(?<=\s))([\u4e00-\u9fff()()、]{2,40})[::](?=\S)/g;

const isUnitLabelAt = (text: string, at: number): boolean => opensWithDepartmentLabel(text.slice(at));

/** Where the line's own text starts, after its list number (`(三)`, `1.`). */
const bodyStart = (text: string): number => {
  const heading = readHeading(text);
  return heading ? text.length - heading.rest.length : 0;
};

/** The starts of the unit labels inside a line (not at its start, where one only opens the line). */
const labelsInside = (text: string): number[] => {
  const from = bodyStart(text);
  // After a space, not when the word before it is a unit too (`县水利局 县财政局:` is one label of two units).
  const listGoesOn = (at: number): boolean => {
    const word = /([\u4e00-\u9fff()()]{2,20})\s+$/.exec(text.slice(0, at))?.[1];
    return word !== undefined && isDepartmentLike(word);
  };
  return [...text.matchAll(LABEL_AT)].map((m) => m.index ?? 0).filter((at) => at > from && !listGoesOn(at) && isUnitLabelAt(text, at));
};

const opensWithLabel = (text: string): boolean => isUnitLabelAt(text, bodyStart(text));

export const splitRunOnDutyLabels = (lines: SourceLine[]): SourceLine[] => {
  const inside = lines.map((l) => labelsInside(l.text));
  // Most pages have no label inside a line: the lines that open with one are counted only on those that do.
  if (inside.every((s) => s.length === 0)) return lines;
  if (inside.reduce((n, s) => n + s.length, 0) + lines.filter((l) => opensWithLabel(l.text.trim())).length < 3) return lines;
  const out: SourceLine[] = [];
  // Whether the last line out is a label's, which a line with no label of its own goes on.
  let open = false;
  // A line whose every paragraph opens with its label, nothing going on across lines, is spaced-unit-duties.ts's.
  let joined = 0;
  const goOn = (line: number, text: string): void => {
    const last = out[out.length - 1];
    const continues = open && last !== undefined && text !== '' && readHeading(text) === null && !opensWithLabel(text);
    if (continues) joined += 1;
    if (continues) out[out.length - 1] = { line: last.line, text: `${last.text}${text}` };
    else if (text !== '') {
      out.push({ line, text });
      open = opensWithLabel(text);
    }
  };
  lines.forEach((l, k) => {
    const cuts = inside[k] ?? [];
    if (cuts.length === 0) {
      if (l.text.trim() === '') out.push(l);
      else goOn(l.line, l.text.trim());
      return;
    }
    goOn(l.line, l.text.slice(0, cuts[0]).trim());
    const ends = [...cuts, l.text.length];
    for (let i = 0; i < cuts.length; i += 1) out.push({ line: l.line, text: l.text.slice(ends[i], ends[i + 1]).trim() });
    open = true;
  });
  return joined > 0 ? out : lines;
};
