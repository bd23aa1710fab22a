// An activity or task written as a heading and then its fields, each field numbered as if it were an item
// (`(一)樱花旅游节开幕式` / `1、时 间:3月27日` / `2、地 点:…` / `3、承办单位:县委宣传部,县旅游发展局` / `4、活动内容:…`).
// The numbers count fields, not tasks: the heading is the task and the fields are its labelled lines. Read as they
// are, every field would be a task of its own and the unit line would lead nothing but itself. So when every
// item of such a run is a short label with its colon, and one of them names the responsible units, the numbers are
// taken off and the lines become the heading's own label lines, as an unnumbered plan writes them.
import type { SourceLine } from './body.js';
import { readHeading, type Heading } from './numbering.js';
import { startsWithResponsibility } from './responsibility.js';

/** A field: a label of two to eight characters, spaces allowed inside (`时 间`, `地  点`), and its colon. */
const FIELD = /^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,7}\s*[::]/;

const ITEM_KINDS: ReadonlySet<string> = new Set(['num', 'paren-num', 'circled']);

/** A field line, numbered or not (`1、时 间:3月27日`, `完成时限:6月底`), with its value. */
export const isFieldLine = (text: string): boolean => {
  const h = readHeading(text.trim());
  const rest = h && ITEM_KINDS.has(h.kind) ? h.rest.trim() : text.trim();
  return FIELD.test(rest) && /[::]\s*\S/.test(rest);
};

type Run = { parent: number; items: number[] };

/** The sibling items numbered from 1 right under the heading at `parent`, the lines between them their text. */
const runUnder = (headings: (Heading | null)[], parent: number): Run | null => {
  const top = headings[parent];
  const first = headings[parent + 1];
  if (!top || !first || first.number !== 1 || !ITEM_KINDS.has(first.kind) || first.kind === top.kind) return null;
  const items: number[] = [];
  for (let i = parent + 1; i < headings.length; i += 1) {
    const h = headings[i];
    if (!h) continue;
    if (h.kind !== first.kind || h.number !== items.length + 1) break;
    items.push(i);
  }
  return { parent, items };
};

const isFieldRun = (headings: (Heading | null)[], run: Run): boolean => {
  const rests = run.items.map((i) => headings[i]?.rest.trim() ?? '');
  return rests.length >= 2 && rests.every((r) => FIELD.test(r)) && rests.some(startsWithResponsibility);
};

export const unnumberFieldItems = (lines: SourceLine[]): SourceLine[] => {
  // Each line's heading read once: every line is asked whether a run starts under it.
  const headings = lines.map((l) => readHeading(l.text.trim()));
  let out: SourceLine[] | null = null;
  for (let parent = 0; parent < lines.length - 1; parent += 1) {
    const run = runUnder(headings, parent);
    if (!run || !isFieldRun(headings, run)) continue;
    out ??= [...lines];
    for (const i of run.items) {
      const line = lines[i];
      if (line) out[i] = { line: line.line, text: headings[i]?.rest.trim() ?? '' };
    }
  }
  return out ?? lines;
};
