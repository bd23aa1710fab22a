// An item written in parts: `(一)开展城区市场专项治理。` / `1.治理重点` / `…` / `2.治理措施` / `(1)…` `(2)…` /
// `牵头单位:X` / `责任单位:A、B`. The numbered children only name the parts of the item (重点, 措施, 目标 …) and
// the labels after the last part are the item's: the item is the task, its parts and measures its text. Only when
// every child of the item is such a part name (two at least), labels close the item, and nothing inside the parts
// names a unit's role (a measure with its own unit keeps its own task). A later item of the same numbering after
// one read so is read so as well (its part names may be gone, dropped as lines repeated from the first), and the
// page's last such item may be cut before its labels.
import type { SourceLine } from './body.js';
import { KIND_ORDER, readHeading } from './numbering.js';

const PART_NAME = /^(?:治理|整治|整改|工作|主要|具体|实施|专项)?(?:重点|措施|目标|内容|要求|范围|对象|步骤|方式|方法)[。::]?$/;
const LABEL = /^(?:牵头|责任|主责|配合|协办|参与|协同)(?:单位|部门)[::]/;
const ROLE_WORDS = /牵头|负责|责任单位|责任部门|配合|协办|参与|会同/;

export const flattenPartHeadings = (lines: SourceLine[]): SourceLine[] => {
  const plain = new Set<number>();
  const flattened = new Set<string>();
  lines.forEach((l, at) => {
    const head = readHeading(l.text.trim());
    if (!head) return;
    let end = at + 1;
    while (end < lines.length) {
      const h = readHeading(lines[end]?.text.trim() ?? '');
      if (h && KIND_ORDER[h.kind] <= KIND_ORDER[head.kind]) break;
      end += 1;
    }
    // The labels close the item; the page's last item may have the document's foot after them.
    let close = end;
    if (end === lines.length) while (close > at + 1 && close > end - 3 && !LABEL.test(lines[close - 1]?.text.trim() ?? '')) close -= 1;
    if (!LABEL.test(lines[close - 1]?.text.trim() ?? '')) close = end;
    let labels = close;
    while (labels > at + 1 && LABEL.test(lines[labels - 1]?.text.trim() ?? '')) labels -= 1;
    // A later sibling of an item read so: its part names may be gone as lines repeated from the first.
    const sibling = flattened.has(head.kind);
    if (labels === close && !(sibling && end === lines.length)) return;
    const inside = lines.slice(at + 1, labels);
    const headings = inside.map((x) => readHeading(x.text.trim()));
    const first = headings.find((h) => h !== null);
    if (!first || KIND_ORDER[first.kind] <= KIND_ORDER[head.kind]) return;
    const parts = headings.filter((h) => h?.kind === first.kind);
    if (!sibling && (parts.length < 2 || !parts.every((h) => PART_NAME.test(h?.rest ?? '')))) return;
    if (inside.some((x) => ROLE_WORDS.test(x.text))) return;
    flattened.add(head.kind);
    inside.forEach((x, k) => {
      if (headings[k]) plain.add(at + 1 + k);
    });
  });
  if (plain.size === 0) return lines;
  return lines.map((l, k) => {
    const h = plain.has(k) ? readHeading(l.text.trim()) : null;
    return h ? { ...l, text: h.rest } : l;
  });
};
