// A heading that names whose duties follow (`(二)镇乡工作职责` / `1.落实场地…` / `2.安排人员…`): the items under it
// say what to do, not who; the heading says who. Items with no units of their own take the heading's as
// their lead, stated, not inferred. Items that name their own units keep them.
import { announcement, isOneUnit } from './announced-duties.js';
import type { Clause } from './clause.js';
import type { GroupNode } from './heading-leads.js';
import { bareList } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

// `卫生部门职责、任务`, `X的主要职责和任务`, `X工作任务`: the duties named with or without the tasks beside them.
const DUTY_HEADING = /^(.{2,24}?)(?:的)?(?:主要)?(?:工作)?(?:职责(?:[、和与及]?(?:工作)?任务)?|任务分工|责任|工作任务)[::]?$/;
/** Groups a plan names by level, not one by one: the towns, the villages, the county's departments. */
const GROUP = /^(各)?(镇乡|乡镇|镇街|街镇|乡镇街道|街道|镇|乡|村|社区|村\(社区\)|村居|县区|区县|县市区|市级各部门|县级各部门|区级各部门|各部门|成员单位)$/;

const hasClause = (node: GroupNode): boolean => node.clause !== null || node.children.some(hasClause);

/** Gives `clause` to every item at the bottom of `node`'s tree, but those that name units of their own (`keepOwn`). */
const giveLeaves = (node: GroupNode, clause: Clause, keepOwn = false): void => {
  if (keepOwn && hasClause(node)) return;
  if (node.children.length === 0) node.clause = clause;
  else for (const child of node.children) giveLeaves(child, clause, keepOwn);
};

/** A count after a unit's name (`鹿城镇(14个)`, `区委办公室(8项)`): how many items it owns. */
export const COUNT_NOTE = /[((]\s*\d{1,4}\s*(?:个|项|处|条|件|家)?\s*[))]$/;

/** `乡(镇)人民政府、街道办事处消防安全`: the units, without the field of work their duties are in (2–8 characters after them). */
const withoutTopic = (words: string): string => {
  if (isUnitNameList(splitUnitList(words))) return words;
  for (let cut = words.length - 2; cut >= Math.max(2, words.length - 8); cut -= 1) {
    const names = splitUnitList(words.slice(0, cut));
    if (/^[\u4e00-\u9fff]+$/.test(words.slice(cut)) && names.length > 0 && isUnitNameList(names)) return words.slice(0, cut);
  }
  return words;
};

export const shareDutyHeading = (node: GroupNode): void => {
  if (node.clause || node.children.length === 0) return;
  const m = DUTY_HEADING.exec(foldPunctuation(node.rest).trim());
  if (!m?.[1]) return;
  const who = withoutTopic(m[1]);
  const units = GROUP.test(who.replace(/[((]/g, '(').replace(/[))]/g, ')')) ? [who] : splitUnitList(who);
  if (units.length === 0 || (!GROUP.test(who) && !isUnitNameList(units))) return;
  // `(二)A、B的职责` names several units and no lead: a bare list, the first leading by inference.
  const responsibility = units.length > 1 ? bareList(units) : { leads: units, participants: [], isLeadInferred: false };
  for (const child of node.children) if (!hasClause(child)) child.clause = { responsibility, rest: '', raw: '', raws: [], carried: [] };
};

/**
 * A section heading that is only a unit's name, its co-located names in a bracket (`(二)财务中心(审计室、档案室)`),
 * over the unit's items: no task, but whose items follow. Read as a bracket of units it made the heading a task
 * (its bracket's names leading and taking part) and its items that task's content. The unit with its bracket, as
 * printed, leads every item under it that names no units of its own (stated, as a duty heading's).
 */
const UNIT_HEADING = /^([\u4e00-\u9fff]{2,16})[(]([^()]{2,40})[)]$/;

export const shareUnitHeading = (node: GroupNode): void => {
  if (node.children.length === 0 || node.lines.length > 1 || node.children.some(hasClause)) return;
  const rest = foldPunctuation(node.rest).trim().replace(/[((]/g, '(').replace(/[))]/g, ')');
  const m = UNIT_HEADING.exec(rest);
  if (!m?.[1] || !m[2]) return;
  const inner = splitUnitList(m[2]);
  // The bracket's names are the same office's other signs: units, or a unit's rooms and groups (`财务室`) beside one.
  const isSign = (n: string): boolean => isUnitNameList([n]) || /^[\u4e00-\u9fff]{1,6}(室|组)$/.test(n);
  if (!isUnitNameList([m[1]]) || !inner.some((n) => isUnitNameList([n])) || !inner.every(isSign)) return;
  const responsibility = { leads: [foldPunctuation(node.rest).trim()], participants: [], isLeadInferred: false };
  node.clause = null;
  for (const child of node.children) giveLeaves(child, { responsibility, rest: '', raw: '', raws: [], carried: [] });
};

/**
 * Sections headed by a unit's name alone, or with a count (`(一)鹿城镇(14个)` / `(二)龙川街道(9个)`), as a 督查通报
 * lists the problems it hands each town or office: the unit leads every item under its heading that names no units
 * of its own (inferred: the heading files the items, it does not say 牵头). Only when at least two sibling headings
 * are such names, or the name is counted — one bare heading that looks like a unit (`(三)产业园区`) may be a topic.
 */

/** The heading's units: one name, or a list of names (`(五)南庄镇、各街道办事处`), each a unit's; null when not. */
const unitNamesOf = (node: GroupNode): string[] | null => {
  if (node.lines.length > 1 || node.clause) return null;
  const rest = foldPunctuation(node.rest).trim().replace(/[((]/g, '(').replace(/[))]/g, ')').replace(COUNT_NOTE, '').trim();
  if (/^[\u4e00-\u9fff]{2,16}$/.test(rest)) return isUnitNameList([rest]) ? [rest] : null;
  if (!/^[\u4e00-\u9fff、]{5,40}$/.test(rest)) return null;
  const names = splitUnitList(rest);
  return names.length >= 2 && isUnitNameList(names) ? names : null;
};

/** A sibling headed by units alone whose duties are its own lines, not items (shareUnitOnlyHeadings reads it). */
const unitsOnlyOf = (n: GroupNode): string[] | null => {
  const rest = foldPunctuation(n.rest).trim().replace(/[::。]$/, '');
  if (n.children.length > 0 || n.clause || n.lines.length < 2 || !/^[\u4e00-\u9fff()()、]{2,30}$/.test(rest)) return null;
  const names = splitUnitList(rest);
  return names.length > 0 && isUnitNameList(names) ? names : null;
};

/** The siblings that are such headings (inline-problems.ts asks too). */
export const unitNameHeadings = <N extends GroupNode>(siblings: N[]): N[] => {
  const named = siblings.filter((n) => n.children.length > 0 && unitNamesOf(n) !== null);
  // A count after the name (`鹿城镇(14个)`) says as much on its own: these are the unit's items, counted.
  const counted = named.filter((n) => COUNT_NOTE.test(foldPunctuation(n.rest).trim().replace(/[((]/g, '(').replace(/[))]/g, ')')));
  // A sibling unit whose duties are a paragraph, not items (`(二)区财政局` / `负责…`), is one of the same list.
  const peers = named.length + siblings.filter((n) => unitsOnlyOf(n) !== null).length;
  return peers < 2 && counted.length === 0 ? [] : named;
};

export const shareUnitNameHeadings = (siblings: GroupNode[]): void => {
  for (const node of unitNameHeadings(siblings)) {
    const units = unitNamesOf(node);
    if (!units) continue;
    const responsibility = { leads: units, participants: [], isLeadInferred: true };
    for (const child of node.children) giveLeaves(child, { responsibility, rest: '', raw: '', raws: [], carried: [] }, true);
  }
};


/**
 * A heading that is nothing but whose work follows (`4、茄子河区政府负责:` / `(1)…` / `(2)…`, `(二)市环保局牵头,
 * 市公安局配合:`): its clause names the units and no work, so it is not a task; each item under it is, led by the
 * heading's units. Only when no item names units of its own, and at least two items follow.
 */
const LABEL_LEFTOVER = /(牵头|负责|配合|协办|主办|协同|参与|落实|责任|单位|部门|具体|等|[::,,、。;;\s])/g;

export const shareLabelHeading = (node: GroupNode): void => {
  const clause = node.clause;
  if (!clause || node.lines.length > 1 || node.children.length < 2 || node.children.some(hasClause)) return;
  const { leads, participants } = clause.responsibility;
  if (leads.length === 0) return;
  const byLength = [...leads, ...participants].sort((a, b) => b.length - a.length);
  const left = byLength.reduce((t, u) => t.split(u).join(''), foldPunctuation(node.rest)).replace(LABEL_LEFTOVER, '');
  if (left !== '') return;
  // `X负责:` names its one unit in so many words: stated, not inferred (a list of several stays a bare list).
  const stated = leads.length === 1 && participants.length === 0;
  const responsibility = stated ? { ...clause.responsibility, isLeadInferred: false } : clause.responsibility;
  node.clause = null;
  for (const child of node.children) giveLeaves(child, { ...clause, responsibility, rest: '', raw: '', raws: [] });
};

/**
 * Items headed by a unit's name alone, its duties on the lines under it (`一、市财政局` / `负责全市…。` / `二、市教育局`
 * / `将…纳入…。`), as a 成员单位职责 list prints them: each item is its unit's duties, led by it, and titled by
 * them. At least two such siblings, so that one heading that happens to be a name stays what it is.
 */
export const shareUnitOnlyHeadings = <N extends GroupNode>(siblings: N[]): void => {
  const named = siblings.flatMap((node) => {
    const units = unitsOnlyOf(node);
    return units ? [{ node, units }] : [];
  });
  // Siblings headed by units over items of their own count as the same list (`(一)区体育局` / `1.…`).
  if (named.length + siblings.filter((n) => n.children.length > 0 && unitNamesOf(n) !== null).length < 2) return;
  for (const { node, units } of named) {
    node.lines.shift();
    node.rest = node.lines[0]?.text.trim() ?? '';
    node.clause = { responsibility: { leads: units, participants: [], isLeadInferred: false }, rest: '', raw: '', raws: [], carried: [] };
  }
};

/**
 * An item that ends by announcing its unit's duties below (`第八条 园区办为…机构,负责…。其职责是:` / `(一)…` / `(二)…`,
 * `2.县财政局的主要职责是:`, `1.县教育局负责以下工作:`): its sub-items are that unit's duties, each a task the unit
 * leads, and the item only introduces them. Read as a task it took its sub-items into its content (or, naming no
 * clause, left them with no unit). At least two sub-items, none naming units of its own.
 */
const announcedDoer = (node: GroupNode): Clause['responsibility'] | null => {
  const said = announcement([node.rest, ...node.lines.slice(1).map((l) => l.text)].join(''));
  if (!said) return null;
  const stated = (lead: string): Clause['responsibility'] => ({ leads: [lead], participants: [], isLeadInferred: false });
  // `X的职责是:` names its unit, or no unit (`X为…单位,` with it is none of a heading's); `负责以下工作:` and `其职责是:` leave it
  // to the item's own clause, else (`其`) to the unit the item defines first.
  if (said.named !== null) return !said.defining && isOneUnit(said.named) ? stated(said.named) : null;
  if (node.clause && node.clause.responsibility.leads.length > 0) return node.clause.responsibility;
  return isOneUnit(said.defined) ? stated(said.defined) : null;
};

export const shareAnnouncedDuties = (node: GroupNode): void => {
  if (node.children.length < 2 || node.children.some(hasClause)) return;
  const responsibility = announcedDoer(node);
  if (!responsibility) return;
  node.clause = null;
  for (const child of node.children) child.clause = { responsibility, rest: '', raw: '', raws: [], carried: [] };
};
