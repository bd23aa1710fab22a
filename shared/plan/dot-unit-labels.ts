// A division of duties whose units are printed as dotted label lines (`.县X局: 职责。 职责。 .县Y局: …`, a Word
// list's bullet turned into a `.` by a 文库 preview) and run into one line with the rest of the page. Each
// `.单位:` mark opens that unit's item (written circled, `①X:…`, so the unit before its colon leads and the title
// is its first sentence); its text runs to the next mark. Where a section heading follows the last unit's duties
// (` 四、时间安排 (一)…`), the heading and the dotted points under it (` .召开…`) are lines of their own.
// Only on a line with two such unit marks at least, every name before the colon a unit's, or on lines that each
// open with one, two such lines in the document at least (`.县X局:…` a line, the page kept its breaks).
import type { SourceLine } from './body.js';
import { asBulletItem, CIRCLED } from './numbering.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

/** ` .县X局:`: a dot after a space, a sentence end or the line's start, then a name and its colon. */
const DOT_UNIT = /(?:^|(?<=[\s。;;]))[.．·]\s*([^\s.．·::。;;]{2,40})\s*[::]/g;
/** A section heading or a dotted point after the duties (` 四、…`, ` (一)…`, ` .召开…`). */
const TAIL_CUT = /\s+(?=[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|[.．·][\u4e00-\u9fff])/;
const DOT = /^[.．·]\s*/;
/** A dotted point shorter than this is a fragment the page cut (`.利`): it stays with the text before it. */
const SHORTEST_POINT = 6;

const isUnits = (name: string): boolean => {
  const names = splitUnitList(name);
  return names.length > 0 && names.length <= 6 && isUnitNameList(names);
};

/** The last unit's text, then the headings and dotted points that follow it. */
const splitTail = (text: string): string[] => {
  const parts = text.split(TAIL_CUT).filter((p) => p.trim().length > 0);
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    const isPoint = i > 0 && DOT.test(part);
    const body = part.replace(DOT, '').trim();
    if (isPoint && body.length < SHORTEST_POINT) out[out.length - 1] = `${out[out.length - 1] ?? ''} ${body}`;
    else out.push(isPoint ? asBulletItem(body) : part.trim());
  }
  return out;
};

const splitLine = (line: SourceLine): SourceLine[] => {
  const marks = [...line.text.matchAll(DOT_UNIT)].filter((m) => isUnits(m[1] ?? ''));
  if (marks.length < 2) return [line];
  const out: string[] = [];
  const head = line.text.slice(0, marks[0]?.index ?? 0).trim();
  if (head) out.push(head);
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? line.text.length;
    const [duties = '', ...after] = i + 1 < marks.length ? [line.text.slice(start, end).trim()] : splitTail(line.text.slice(start, end));
    // `.A,B:` names two units with a comma: written as a list (`A、B:`) for the colon's reader.
    out.push(`${CIRCLED[i] ?? ''}${splitUnitList(m[1] ?? '').join('、')}:${duties.trim()}`, ...after);
  });
  return out.map((text) => ({ line: line.line, text }));
};

/** The line opens with a dotted unit's label and holds no other. */
const opensWithDotUnit = (text: string): boolean => {
  const marks = [...text.trim().matchAll(DOT_UNIT)].filter((m) => isUnits(m[1] ?? ''));
  return marks.length === 1 && marks[0]?.index === 0;
};

export const splitDotUnitLabels = (lines: SourceLine[]): SourceLine[] => {
  const split = lines.flatMap(splitLine);
  const opening = split.filter((l) => opensWithDotUnit(l.text));
  if (opening.length < 2) return split;
  let n = 0;
  return split.map((l) => {
    if (!opensWithDotUnit(l.text)) return l;
    n += 1;
    return { ...l, text: `${CIRCLED[(n - 1) % CIRCLED.length] ?? ''}${l.text.trim().replace(DOT, '')}` };
  });
};
