// A plan numbered as an outline of decimals (`1 总则` / `1.1 编制目的` / `2.2 成员单位职责` / `2.2.1 市公安局:负责…`), as
// emergency plans (应急预案) print their chapters and each member unit's duties: no numbering the body reader knows,
// so the duty lines were read as a dotted label's fragments (`2.2.1` left alone on its line) or lost. Each outline
// number becomes the marker of its depth the reader knows (`二、`, `(二)`, `1.`, `(1)`), its own last number kept.
// Only where the page holds three such numbers at least, two of them siblings or one the parent of another: a
// sentence opening with an amount (`1.5亿元…`, `2.5 万元`) is no outline.
import type { SourceLine } from './body.js';
import { numbered } from './mid-list-top.js';
import type { HeadingKind } from './numbering.js';

/** `2.2.1 `, `1.1 `, `2.3.6市建设局`: two to four numbers; a space after them, or three numbers at least. */
const OUTLINE = /^\s*(\d{1,2}(?:[.．]\d{1,2}){1,3})[.．]?(\s*)(?=[\u4e00-\u9fff((])/;
/** `2 组织机构及职责`: a chapter's one number, then a space (only beside deeper outline numbers). */
const CHAPTER = /^\s*(\d{1,2})\s+(?=[\u4e00-\u9fff])/;
const FEWEST = 3;

/** The outline number opening `text`, as its parts, or null. */
const outlineOf = (text: string): { parts: number[]; length: number } | null => {
  const m = OUTLINE.exec(text);
  if (m?.[1] === undefined) return null;
  const parts = m[1].split(/[.．]/).map(Number);
  if (m[2] === '' && parts.length < 3) return null;
  return { parts, length: m[0].length };
};

/** The numbering the body reader knows for each depth of the outline, the deepest last. */
const DEPTHS: HeadingKind[] = ['cn', 'paren-cn', 'num', 'paren-num'];
const marker = (parts: number[]): string => numbered(DEPTHS[parts.length - 1] ?? 'num', parts[parts.length - 1] ?? 0);

export const numberDecimalOutline = (lines: SourceLine[]): SourceLine[] => {
  const outlines = lines.map((l) => outlineOf(l.text));
  const found = outlines.flatMap((o) => (o ? [o.parts.join('.')] : []));
  if (found.length < FEWEST) return lines;
  // Two siblings share a parent, or one number is another's parent.
  const parents = found.map((n) => n.slice(0, n.lastIndexOf('.')));
  const numbers = new Set(found);
  if (new Set(parents).size === parents.length && !parents.some((p) => numbers.has(p))) return lines;
  return lines.map((l, k) => {
    const o = outlines[k];
    if (o) return { ...l, text: `${marker(o.parts)}${l.text.slice(o.length).trim()}` };
    const chapter = CHAPTER.exec(l.text);
    return chapter?.[1] ? { ...l, text: `${marker([Number(chapter[1])])}${l.text.slice(chapter[0].length).trim()}` } : l;
  });
};
