// Group headings that give their units to the items under them (body.ts): a heading naming the unit that leads
// its group (`二、区发改局牵头的重点工作`), and a heading carrying its own bracket over items that name none.
import type { Node } from './body.js';
import { isDepartmentLike } from './clause.js';
import { splitTitle, type HeadingKind } from './numbering.js';
import { foldPunctuation } from './text.js';
import { splitUnitList } from './unit-names.js';
import { NON_TASK_TITLE } from './non-task-titles.js';

export const subtreeHasClause = (node: Node): boolean => node.clause !== null || node.children.some(subtreeHasClause);
export const titleOf = (node: Node): string => splitTitle(node.rest).title;

/**
 * A group heading that names the unit leading everything under it (`一、县示范区管委会牵头工作(8项)`,
 * `二、区发改局牵头的重点工作`): each item under it with no unit of its own is led by that unit. The
 * heading stays a section. A heading naming a person (`尹学群市长牵头的重点工作`) is not a unit.
 */
// A 、 list of several units may run longer (six 省厅 before 牵头工作); one name is still short.
const GROUP_LEAD = /^(.{2,30}?|[^,,;;。]{2,90}?、[^,,;;。]{2,30}?)(?:牵头|主抓|负责)的?(?:重点)?(?:工作|任务|事项)(?:\(\d+项\))?$/;
/**
 * The heading is the unit alone (`一、县发改局`, `二、县住建局牵头`, `三、县教体局(5项)`): a short name with no
 * punctuation (a heading sentence can end like a unit: `…构筑大质量工作格局`).
 */
const GROUP_UNIT = /^([\u4e00-\u9fff()]{2,15}?)(?:牵头|负责|主抓)?(?:\(\d+项\))?$/;

export const shareGroupLead = (node: Node): void => {
  const title = foldPunctuation(node.clause ? node.clause.rest.split('\n')[0] ?? '' : titleOf(node)).replace(/[。::]$/, '');
  const unit = GROUP_LEAD.exec(title)?.[1] ?? GROUP_UNIT.exec(title)?.[1];
  // A heading's own bracket may name only who takes part (`二、县住建局(配合单位:各乡镇)`); one that names a
  // lead is a task of its own.
  // `二、组织机构` ends like a unit but names a chapter.
  const units = unit ? splitUnitList(unit) : []; // `一、市发改委、市人社局牵头的重点工作`: two leads
  if (!unit || units.length === 0 || !units.every((u) => isDepartmentLike(u)) || NON_TASK_TITLE.test(unit) || (node.clause?.responsibility.leads.length ?? 0) > 0) return;
  const responsibility = { leads: units, participants: node.clause?.responsibility.participants ?? [], isLeadInferred: false };
  // `(一)省监察厅牵头的工作` over a paragraph and no numbered items: the heading with its text is the task.
  if (node.children.length === 0) {
    if (GROUP_LEAD.test(title) && node.lines.length > 1) node.clause = { responsibility, rest: '', raw: node.clause?.raw ?? '', raws: node.clause?.raws ?? [], carried: node.clause?.carried ?? [] };
    return;
  }
  if (node.clause) node.clause = null;
  for (const child of node.children) {
    if (!subtreeHasClause(child)) child.clause = { responsibility, rest: '', raw: '', raws: [], carried: [] };
    // An item that names only who takes part (`协同单位:…` under it) is still led by the heading's unit.
    else if (child.clause && child.clause.responsibility.leads.length === 0) child.clause = { ...child.clause, responsibility: { ...child.clause.responsibility, leads: units, isLeadInferred: false } };
  }
};

/**
 * A group heading that carries its own bracket (`一、经济发展(牵头单位:市发改委)`) over numbered items that
 * name no unit: the items are the tasks, each with the heading's units, and the heading is their
 * section. A heading whose items name their own units keeps its bracket to itself.
 */
const GROUP_KINDS = new Set<HeadingKind>(['chapter', 'cn', 'ordinal', 'paren-cn']);
const ITEM_KINDS = new Set<HeadingKind>(['paren-cn', 'num']);

export const shareHeadingClause = (node: Node): void => {
  const clause = node.clause;
  // Only a group (一、/(一)) over two or more numbered items: a task's own sub-points ((1), ①, ——) stay its content.
  if (!clause || !GROUP_KINDS.has(node.kind) || node.children.length < 2 || !node.children.every((c) => ITEM_KINDS.has(c.kind))) return;
  if (node.children.some(subtreeHasClause)) return;
  const heading = foldPunctuation(node.lines[0]?.text ?? '');
  if (!clause.raws.every((raw) => raw !== '' && heading.includes(foldPunctuation(raw)))) return;
  // A group's name, not a task's sentence: short, with no sentence end before its bracket.
  const name = clause.raws.reduce((t, raw) => t.replace(foldPunctuation(raw), ''), foldPunctuation(node.rest)).trim();
  if (name.length > 30 || /[。;]./.test(name)) return;
  for (const child of node.children) child.clause = { ...clause, rest: '', raw: '', raws: [] };
  node.clause = null;
};
