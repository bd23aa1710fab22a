// A document's table of contents (`目 录`, `目錄/提綱:……` on a download site, then `1 总则 / 1.1 编制目的 …`):
// its entries are the headings printed again below. Read as the document, every entry became a task and the
// real headings were then dropped as repeats; the entries are skipped and listed instead.
import type { SourceLine } from './body.js';

const CONTENTS = /^(?:目\s*[录錄]|提\s*[纲綱])(?:\s*[//]\s*(?:提\s*[纲綱]|目\s*[录錄]))?\s*[::]?\s*[.…]*$/;
const fold = (text: string): string => text.replace(/[\s.…·]+/g, '');

/** The lines of the table of contents (its title line included), or an empty set. */
export const contentsEntries = (lines: SourceLine[]): Set<number> => {
  const found = new Set<number>();
  const at = lines.findIndex((l) => CONTENTS.test(l.text.trim()));
  if (at < 0) return found;
  const entries: SourceLine[] = [];
  for (const l of lines.slice(at + 1, at + 200)) {
    const text = l.text.trim();
    // The first entry printed again: the document itself starts here.
    if (entries.length > 0 && fold(text) === fold(entries[0]?.text ?? '')) break;
    // `……` closes a download site's outline.
    if (/^[.…]+$/.test(text)) {
      found.add(l.line);
      break;
    }
    // Body text: a sentence, or a line longer than any heading.
    if (text.includes('。') || text.length > 80) break;
    entries.push(l);
  }
  // An outline of one or two lines is no table of contents (`目录` may title a list of attachments).
  if (entries.length < 3) return new Set();
  found.add(lines[at]?.line ?? 0);
  for (const e of entries) found.add(e.line);
  return found;
};
