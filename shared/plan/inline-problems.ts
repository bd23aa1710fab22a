// A 督查通报's problems handed to a unit (`(一)某某镇(14个)`), one point a numbered item: the point's name, a colon, and
// its problems run on in the same paragraph (`3.某某花园二期:(1)小区内车辆乱停乱放;(2)…;(3)…`). The page's one
// paragraph was cut at each `(n)` (run-on.ts) and each problem became a task of its own under the point; the
// point is the task and its problems are its text, as the document numbers them. Only under a unit's name heading
// (duty-headings.ts unitNameHeadings: the items are a unit's to fix), when the point's own line is nothing but a
// short name and its colon, and every sub-item stood on that same line and names no units of its own. Sub-items
// printed on lines of their own (`1. 某某医院` / `(1)…` / `(2)…`) are the document's tasks and stay so.
import type { Clause } from './clause.js';
import type { HeadingKind } from './numbering.js';
import { foldPunctuation } from './text.js';

type PointNode = {
  kind: HeadingKind;
  code: string;
  rest: string;
  line: number;
  lines: { line: number; text: string }[];
  children: PointNode[];
  clause: Clause | null;
  isExcluded: boolean;
};

/** A point's name and its colon, nothing after it: `某某花园二期:`, `人民路与东风路交叉口:`. */
const POINT_NAME = /^[^,。;:、()!?]{2,24}:$/;

/** The same point left whole (two problems, not cut apart): `某某宿舍区:(1)…;(2)…`. */
const POINT_RUN_ON = /^([^,。;:、()!?]{2,24}):\s*([((]\s*1\s*[))].*[;;。]\s*[((]\s*2\s*[))].*)$/s;

const foldPoint = <N extends PointNode>(point: N): void => {
  const whole = point.children.length === 0 && !point.clause ? POINT_RUN_ON.exec(foldPunctuation(point.rest).trim()) : null;
  const [head, ...others] = point.lines;
  if (whole?.[1] && whole[2] && head) {
    point.rest = whole[1];
    point.lines = [{ ...head, text: whole[1] }, { ...head, text: whole[2] }, ...others];
    return;
  }
  const first = point.children[0];
  if (!first || point.clause || point.children.length < 2 || !POINT_NAME.test(foldPunctuation(point.rest).trim())) return;
  const inline = (c: PointNode): boolean => c.line === point.line && c.kind === first.kind && c.children.length === 0 && c.clause === null;
  if (!point.children.every(inline)) return;
  // The point's name is its title, without its colon.
  point.rest = point.rest.trim().replace(/[::]$/, '');
  const [own, ...more] = point.lines;
  point.lines = [...(own ? [{ ...own, text: point.rest }] : []), ...more, ...point.children.flatMap((c) => [{ line: c.line, text: `${c.code}${c.rest}` }, ...c.lines.slice(1)])];
  for (const c of point.children) c.isExcluded = true;
  point.children = [];
};

/** Folds the inline problems of every point under the given unit-name headings back into their point. */
export const foldInlineProblems = <N extends PointNode>(headings: N[]): void => {
  for (const heading of headings) for (const point of heading.children) foldPoint(point);
};
