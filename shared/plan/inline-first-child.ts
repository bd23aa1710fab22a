// A sub-list whose first item is printed on its parent's line: `19、①禁养区…关闭拆迁。` / `②…` / `③…`. Read
// as it stands, ① became the parent's title and only ② ③ were tasks; the first item is split off so the
// parent holds all three, as the numbering says. So is one printed after the parent's short title
// (`1.深化商事制度改革。(1)全面落实…(X牵头负责)` / `(2)…`).
import { readHeading, type HeadingKind } from './numbering.js';
import type { SourceLine } from './body.js';

type ListNode = { kind: HeadingKind; number: number; code: string; rest: string; line: number; lines: SourceLine[]; children: ListNode[] };

/** Splits the inline first child off every node whose printed children go on from it (②, (2) …). */
export const splitInlineFirstChild = <N extends ListNode>(nodes: N[], make: (parent: N, child: { kind: HeadingKind; number: number; code: string; rest: string }) => N): void => {
  for (const node of nodes) {
    const next = node.children[0];
    const fits = (h: ReturnType<typeof readHeading>): boolean => h !== null && h.number === 1 && next !== undefined && next.kind === h.kind && next.number === 2 && h.kind !== node.kind;
    const inline = readHeading(node.rest.trim());
    // The parent's own short title first (`1.深化商事制度改革。(1)全面落实…` / `(2)…` on the lines after): the
    // title stays the parent's, and the rest of its paragraph is the first child's.
    const titled = /^(.{2,40}?[。::])\s*(\S.*)$/s.exec(node.rest.trim());
    const afterTitle = titled ? readHeading(titled[2] ?? '') : null;
    if (fits(inline) && inline) {
      node.children.unshift(make(node, inline));
      node.rest = '';
      if (node.lines[0]) node.lines[0] = { ...node.lines[0], text: '' };
    } else if (!fits(inline) && fits(afterTitle) && afterTitle && titled) {
      const child = make(node, afterTitle);
      child.lines.push(...node.lines.slice(1));
      node.children.unshift(child);
      node.rest = titled[1] ?? '';
      node.lines = node.lines[0] ? [{ ...node.lines[0], text: node.rest }] : [];
    }
    splitInlineFirstChild(node.children as N[], make);
  }
};
