// A section whose measures are unnumbered paragraphs, each closing with its own assignment (`一、扩大内需` /
// `落实积极的财政政策。…。(财政厅牵头)` / `加强银企合作,…。(金融办牵头,人行某支行配合)`): every paragraph is a task
// of its own, the section's heading their group. Read as the heading's text, the paragraphs' units were pooled onto
// the heading. Only when every paragraph under the section heading closes with a bracket that names units, two of
// them at least; the text's last paragraph may be cut mid-sentence by the page (its bracket lost), and counts
// then as one of them. Bulleted here so the body reader takes each paragraph as an item (document.ts).
import type { SourceLine } from './body.js';
import { bracketGroups, groupResponsibility } from './clause.js';
import { asBulletItem, readHeading, SECTION_KINDS } from './numbering.js';
import { foldPunctuation } from './text.js';
import { isImprintLine } from './imprint.js';
import { SIGNATURE_DATE } from './row-starts.js';
import { isDepartmentLike } from './unit-names.js';

// Under a section (一、/(一)/第一章): under a `1.` item the paragraphs are that item's own text.

/** A paragraph of measures whose last bracket, at its very end, names the units. */
export const isAssignedParagraph = (text: string, shortest = 12): boolean => {
  const folded = foldPunctuation(text).trim().replace(/[。;]$/, '');
  const last = bracketGroups(folded).pop();
  if (!last || last.end !== folded.length || last.start < shortest || !/[。;,]/.test(folded.slice(0, last.start))) return false;
  const r = groupResponsibility(last.inner, false);
  return r !== null && r.leads.length > 0;
};

/** A paragraph of sentences the page broke off mid-sentence (no closing mark). */
export const isCutParagraph = (text: string): boolean => {
  const t = foldPunctuation(text).trim();
  return t.length >= 30 && /[。,]/.test(t) && /[\u4e00-\u9fff\d、]$/.test(t);
};

/**
 * The text's last line, a one-sentence measure the page broke off after a few words (`单位地区生产总值`): short, no
 * stop or colon, not a unit, signature date or imprint. Only where every line before it is a one-sentence measure.
 */
const isCutShortLine = (text: string): boolean => {
  const t = foldPunctuation(text).trim();
  return t.length >= 4 && t.length < 30 && /[\u4e00-\u9fff]$/.test(t) && !/[::。;,、()]/.test(t) && !isDepartmentLike(t) && !SIGNATURE_DATE.test(t) && !isImprintLine(t);
};

/** One sentence and its closing bracket (`耕地保有量保持在2000万亩。(市国土局牵头)`). */
const isOneSentence = (text: string): boolean => {
  const folded = foldPunctuation(text).trim();
  const last = bracketGroups(folded).pop();
  return last !== undefined && !/[。;]/.test(folded.slice(0, last.start).replace(/[。;]\s*$/, ''));
};

export const bulletAssignedParagraphs = (lines: SourceLine[]): SourceLine[] => {
  const bulleted = new Set<number>();
  let at = 0;
  while (at < lines.length) {
    const heading = readHeading((lines[at]?.text ?? '').trim());
    let end = at + 1;
    while (end < lines.length && readHeading((lines[end]?.text ?? '').trim()) === null) end += 1;
    // The text's own end (its 印发 line, signature, date) is no paragraph of the last section.
    let bodyEnd = end;
    const isEnd = (t: string): boolean => t.trim().length === 0 || isImprintLine(t) || SIGNATURE_DATE.test(t.trim()) || isDepartmentLike(t.trim());
    if (end === lines.length) while (bodyEnd > at + 1 && isEnd(lines[bodyEnd - 1]?.text ?? '')) bodyEnd -= 1;
    const body = lines.slice(at + 1, bodyEnd).map((l) => l.text).filter((t) => t.trim().length > 0);
    const lastLine = body[body.length - 1] ?? '';
    const cutLast = end === lines.length && body.length > 0 && (isCutParagraph(lastLine) || (body.length >= 3 && isCutShortLine(lastLine) && body.slice(0, -1).every(isOneSentence)));
    const assigned = cutLast ? body.slice(0, -1) : body;
    // Lines of one sentence each, its stop before the bracket (`加快开放型经济建设。(区商务局牵头)`), may be short.
    const shortest = assigned.every((t) => isOneSentence(t) && /[。;]\s*[((]/.test(foldPunctuation(t))) ? 6 : 12;
    if (heading && SECTION_KINDS.has(heading.kind) && body.length >= 2 && assigned.length > 0 && assigned.every((t) => isAssignedParagraph(t, shortest)))
      for (let k = at + 1; k < bodyEnd; k += 1) if ((lines[k]?.text ?? '').trim().length > 0) bulleted.add(k);
    at = end;
  }
  if (bulleted.size === 0) return lines;
  return lines.map((l, k) => (bulleted.has(k) ? { line: l.line, text: asBulletItem(l.text.trim()) } : l));
};
