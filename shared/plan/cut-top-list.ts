// A page that starts inside a list (`2.加强…。 3.负责…。 … 8.对…。` then `四、工作机制`): the page before it, with the
// list's heading and its unit, was not kept. Its items are still the document's work, each a task (the unit
// unknown), even where later sections carry units of their own and the body reader would take only those.
import type { Node } from './body.js';

/** Items on the lowest rungs, where a list's points are numbered (`2.`, `(2)`, `②`). */
const ITEM_KINDS = new Set(['num', 'paren-num', 'circled']);
/** A duty's opening: a verb of work, or 对/按 before its object. */
const WORK_OPENING = /^(?:负责|加强|组织|严格|对|开展|做好|抓好|推进|落实|建立|健全|督促|指导|制定|完善|强化|配合|协助|依法|定期|及时|按照|认真|积极|切实|牵头|承担|会同|统筹|监督|检查|查处|受理|审核|审批)/;
/** A report's heading (`…整改情况`, `…工作进展`): what was done, not a duty. */
const REPORT_TITLE = /(?:情况|进展|成效|成果|经验|做法)$/;

/**
 * The top-level items before the first section heading, when they open at a number above 1 and count up one by one,
 * two at least: the tail of a list whose head was on an earlier page.
 */
export const cutTopListItems = (roots: readonly Node[]): Set<Node> => {
  const run: Node[] = [];
  for (const node of roots) {
    if (!ITEM_KINDS.has(node.kind)) break;
    const before = run[run.length - 1];
    if (before && (node.kind !== before.kind || node.number !== before.number + 1)) break;
    run.push(node);
  }
  const first = run[0];
  if (!first || first.number <= 1 || run.length < 2 || run.length === roots.length) return new Set();
  // Duties, each opening with its work (`加强…`, `负责…`, `对…`), not a report's points (`3.X督察问题整改情况。`).
  if (!run.every((n) => WORK_OPENING.test(n.rest.trim()) && !REPORT_TITLE.test(n.rest.split(/[。;]/)[0] ?? ''))) return new Set();
  return new Set(run.filter((n) => n.children.length === 0));
};
