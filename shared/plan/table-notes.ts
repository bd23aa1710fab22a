// `说明` (or `注:`) on a line of its own under a table, then `1.建成区栏内总人口应等于…` / `2.…`: the table's
// numbered notes on how to fill or read it. Numbered like a plan's items, they are no tasks; the numbered
// lines right after such a label are set aside as notes.
import type { SourceLine } from './body.js';

const NOTE_LABEL = /^(说明|注|注释|备注|填表说明)\s*[::]?$/;
const NUMBERED = /^\d{1,2}\s*[.、．]/;

/** The line numbers of the numbered notes that follow a lone 说明/注 label line. */
export const tableNotes = (lines: SourceLine[]): Set<number> => {
  const notes = new Set<number>();
  lines.forEach((l, k) => {
    if (!NOTE_LABEL.test(l.text.trim())) return;
    for (let j = k + 1; j < lines.length && NUMBERED.test(lines[j]?.text.trim() ?? ''); j += 1) notes.add(lines[j]?.line ?? 0);
  });
  return notes;
};
