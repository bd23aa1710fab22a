// A 督查 report or news story with no numbering at all, one paragraph per point, each naming its unit in its own
// prose rather than a label: `…现象,该项整治由X负责。`, `由X负责的…小区内,…`, `…的责任单位是X,…`, `…,其责任单位为X。`,
// `…,应由X负责整治。`. A run of three such paragraphs at least, one after another, each a point of its own: each is
// made an item (`● …`) with its unit on a line of its own under it (`牵头单位:X` after 由…负责, `责任单位:X` after
// 责任单位是/为, as the labels say). A paragraph that reports the point put right already (`已整治完成`) is no task; it
// neither counts nor breaks the run. Only where the page has no numbered heading at all.
import type { SourceLine } from './body.js';
import { asBulletItem, readHeading } from './numbering.js';
import { foldPunctuation } from './text.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const NAME = '([\\u4e00-\\u9fff()()、]{2,30}?)';
/** `由X负责`, `应由X负责整治`: the unit the work is given to. */
const BY = new RegExp(`(?:^|[,,。;;\\s])(?:该项(?:问题|整治|整改|工作)?|此项|应|均)?由${NAME}(?:负责|牵头)`);
/**
 * `…的责任单位是X`, `其责任单位为X`, `责任部门为X` (an earlier step may have written `的责任单位是` as `的责任单位:`). A
 * label closing a point after its sentence (`…破损。责任单位:X。`) is a label, not prose: the label readers' shape.
 */
const NAMED = new RegExp(`(?:(?:的|其)(?:责任|整改|主责)(?:单位|部门)[::]\\s*|(?:责任|整改|主责)(?:单位|部门)(?:是|为))${NAME}(?=[,,。;;\\s]|$)`);
/** The point put right already: reported, not to be done. */
const DONE = /已(?:经)?(?:整治|整改)(?:完成|到位|完毕)|已完成整改|整改已完成/;

type Found = { label: string; units: string };

const dutyOf = (text: string): Found | null => {
  const t = foldPunctuation(text).trim();
  if (t.length < 15 || readHeading(t) !== null) return null;
  for (const [re, label] of [[BY, '牵头单位'], [NAMED, '责任单位']] as const) {
    const m = re.exec(t);
    const names = m?.[1] ? splitUnitList(m[1]) : [];
    if (m?.[1] && names.length > 0 && isUnitNameList(names) && !names.some((n) => /^(各|有关|相关|其他)/.test(n))) return { label, units: m[1] };
  }
  return null;
};

export const bulletProseDutyParagraphs = (lines: SourceLine[]): SourceLine[] => {
  if (lines.some((l) => readHeading(l.text.trim()) !== null)) return lines;
  const found = lines.map((l) => (DONE.test(l.text) ? null : dutyOf(l.text)));
  const made = new Map<number, Found>();
  let at = 0;
  while (at < lines.length) {
    if (!found[at]) {
      at += 1;
      continue;
    }
    let end = at;
    const run: number[] = [];
    while (end < lines.length && (found[end] || DONE.test(lines[end]?.text ?? ''))) {
      if (found[end]) run.push(end);
      end += 1;
    }
    if (run.length >= 3) for (const k of run) made.set(k, found[k] as Found);
    at = end;
  }
  if (made.size === 0) return lines;
  return lines.flatMap((l, k) => {
    const duty = made.get(k);
    return duty ? [{ line: l.line, text: asBulletItem(l.text.trim()) }, { line: l.line, text: `${duty.label}:${duty.units}` }] : [l];
  });
};
