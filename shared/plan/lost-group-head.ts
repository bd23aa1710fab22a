// A report's unit group heads `(一)市发改委(8项)`, `(二)市经信局(5项)` over each unit's items: a page that lost
// the first head's brackets prints it `市发改委8`, the unit and its count glued. Put back as the first head only when
// the document's first bracketed head is its `(二)`, the line is a unit name and a count alone, and item 1 follows.
import type { SourceLine } from './body.js';
import { isDepartmentLike } from './unit-names.js';

const COUNTED_HEAD = /^[((]([一二三四五六七八九十]{1,3})[))]\s*[\u4e00-\u9fff、]{2,24}?[((]\d{1,3}\s*项[))]$/;
const GLUED_HEAD = /^([\u4e00-\u9fff]{2,20}?)(\d{1,2})$/;

export const restoreLostGroupHead = (lines: SourceLine[]): SourceLine[] => {
  const first = lines.findIndex((l) => COUNTED_HEAD.test(l.text.trim()));
  if (first < 0 || COUNTED_HEAD.exec(lines[first]?.text.trim() ?? '')?.[1] !== '二') return lines;
  const at = lines.slice(0, first).findIndex((l, k) => {
    const m = GLUED_HEAD.exec(l.text.trim());
    return m !== null && isDepartmentLike(m[1] ?? '') && Number(m[2]) >= 1 && /^\s*1(?:[.、.]|[^\d.、.%%])/.test(lines[k + 1]?.text ?? '');
  });
  if (at < 0 || lines.slice(0, first).filter((l) => GLUED_HEAD.test(l.text.trim())).length !== 1) return lines;
  const m = GLUED_HEAD.exec(lines[at]?.text.trim() ?? '');
  return lines.map((l, k) => (k === at && m ? { ...l, text: `(一)${m[1]}(${m[2]}项)` } : l));
};
