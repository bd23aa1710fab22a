// A group heading whose own bracket names the group's leads (`一、整治提升村容村貌(县农业局、县住建局牵头)`)
// over numbered items that name their own units (`1.…(责任单位:县农业局、县住建局、各镇街)`). body.ts's
// shareHeadingClause gives such a bracket to the items only when none of them names units; when some do,
// the heading used to stay a task of its own and an item with no units of its own (often the last one,
// cut off by the page) was folded into the heading's text and lost.
import type { Clause } from './clause.js';
import type { HeadingKind } from './numbering.js';
import { foldPunctuation } from './text.js';

/** The part of body.ts's tree this rule reads and rewrites. */
export type GroupNode = { kind: HeadingKind; rest: string; lines: { text: string }[]; children: GroupNode[]; clause: Clause | null };

// As body.ts's shareHeadingClause: a group (一、/(一)) over numbered items.
const GROUP_KINDS = new Set<HeadingKind>(['chapter', 'cn', 'ordinal', 'paren-cn']);
const ITEM_KINDS = new Set<HeadingKind>(['paren-cn', 'num']);

const hasClause = (node: GroupNode): boolean => node.clause !== null || node.children.some(hasClause);

/**
 * The heading becomes the items' section: an item with no units gets the heading's; an item whose units
 * are a bare 责任单位 list (no 牵头 of its own) is led by the heading's leads it lists — the heading is the
 * document saying who leads this group — and the rest of its list take part.
 */
export const shareHeadingLeads = (node: GroupNode): void => {
  const clause = node.clause;
  if (!clause || !GROUP_KINDS.has(node.kind) || node.children.length < 2 || !node.children.every((c) => ITEM_KINDS.has(c.kind))) return;
  if (!node.children.some(hasClause)) return;
  const { leads, isLeadInferred } = clause.responsibility;
  // Only a clause that names leads in so many words (`(A、B牵头)`, `(牵头单位:A)`), in the heading line or on the
  // lines between the heading and its first item (`一、…` / `牵头单位:A` / `1.…`): the heading's own text.
  if (leads.length === 0 || isLeadInferred) return;
  const own = foldPunctuation(node.lines.map((l) => l.text).join('\n'));
  if (!clause.raws.every((raw) => raw !== '' && own.includes(foldPunctuation(raw)))) return;
  // A group's name, not a task's sentence: short, with no sentence end before its bracket, and nothing but
  // the clause (and its label) on the lines under it.
  const name = clause.raws.reduce((t, raw) => t.replace(foldPunctuation(raw), ''), foldPunctuation(node.rest)).trim();
  if (name.length > 30 || /[。;]./.test(name)) return;
  const under = clause.raws.reduce((t, raw) => t.replace(foldPunctuation(raw), ''), foldPunctuation(node.lines.slice(1).map((l) => l.text).join('')));
  if (under.replace(/(牵头|责任|配合|协同|协办|主办)?(单位|部门)?[::]?|[\s;,。]/g, '').length > 0) return;
  for (const child of node.children) {
    if (!hasClause(child)) {
      child.clause = { ...clause, rest: '', raw: '', raws: [] };
      continue;
    }
    const own = child.clause?.responsibility;
    if (!child.clause || !own?.isLeadInferred) continue;
    const listed = [...own.leads, ...own.participants];
    // A list of two units or more that names none of the heading's leads is the group's other units at work on
    // the item: the heading's leads lead it (one unit of its own is the item's owner and leads, as before).
    const named = listed.some((u) => leads.includes(u));
    if (!named && listed.length < 2) continue;
    const led = named ? listed.filter((u) => leads.includes(u)) : leads;
    child.clause = { ...child.clause, responsibility: { ...own, leads: led, participants: listed.filter((u) => !led.includes(u)), isLeadInferred: false } };
  }
  node.clause = null;
};
