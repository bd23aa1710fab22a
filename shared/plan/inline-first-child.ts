// A sub-list whose first item is printed on its parent's line: `19、①禁养区…关闭拆迁。` / `②…` / `③…`. Read
// as it stands, ① became the parent's title and only ② ③ were tasks; the first item is split off so the
// parent holds all three, as the numbering says.
import { readHeading, type HeadingKind } from './numbering.js';
import type { SourceLine } from './body.js';

type ListNode = { kind: HeadingKind; number: number; code: string; rest: string; line: number; lines: SourceLine[]; children: ListNode[] };

/** Splits the inline first child off every node whose printed children go on from it (②, (2) …). */
export const splitInlineFirstChild = <N extends ListNode>(nodes: N[], make: (parent: N, child: { kind: HeadingKind; number: number; code: string; rest: string }) => N): void => {
  for (const node of nodes) {
    const inline = readHeading(node.rest.trim());
    const next = node.children[0];
    if (inline && inline.number === 1 && next && next.kind === inline.kind && next.number === 2 && inline.kind !== node.kind) {
      node.children.unshift(make(node, inline));
      node.rest = '';
      if (node.lines[0]) node.lines[0] = { ...node.lines[0], text: '' };
    }
    splitInlineFirstChild(node.children as N[], make);
  }
};
