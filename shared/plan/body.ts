// Reads the numbered body of a plan (一、 > (一) > 1. > (1) > ——) into sections and tasks.
// A node that names responsible units is a task. Without any responsibility in the document, the
// leaves of the tree are the tasks. Review, principles and safeguard chapters are not tasks unless
// they name responsible units themselves.
import { foldFormFields } from './form-fields.js';
import { shareHeadingLeads } from './heading-leads.js';
import { shareAnnouncedDuties, shareDutyHeading, shareLabelHeading, shareUnitHeading, shareUnitOnlyHeadings, shareUnitNameHeadings, unitNameHeadings } from './duty-headings.js';
import { foldRolePoints } from './role-points.js';
import { foldInlineProblems } from './inline-problems.js';
import { splitInlineFirstChild } from './inline-first-child.js';
import { isDashAssignment } from './body-lines.js';
import { shareGroupLead, shareHeadingClause, subtreeHasClause, titleOf } from './body-groups.js';
import { carriedUnits, carriesLeads, findResponsibilityClause, type Clause } from './clause.js';
import { readSubjectClauses } from './subject-clauses.js';
import { findDeadlineInText, parseDeadline } from './deadline.js';
import { KIND_ORDER, readHeading, splitTitle, type HeadingKind } from './numbering.js';
import { foldPunctuation } from './text.js';
import { EVENT_FACT_TITLE, isChapter, NON_TASK_TITLE, REFERENCE_TITLE } from './non-task-titles.js';
import { cutTopListItems } from './cut-top-list.js';
import { isPurposeArticle } from './purpose-article.js';
import { isScheduleItem } from './schedule-items.js';
import { findUnitTitleLines, shareUnitGoalHeadings, shareUnitTitleLines } from './unit-title-lines.js';
import { unitsOfText } from './fallback-leads.js';
import type { ParsedSection, ParsedTask, UnplacedLine } from './types.js';

export type SourceLine = { line: number; text: string };

export type Node = {
  kind: HeadingKind;
  number: number;
  code: string;
  rest: string;
  line: number;
  lines: SourceLine[];
  children: Node[];
  parent: Node | null;
  clause: Clause | null;
  isExcluded: boolean;
};

/**
 * One responsibility line after the last of several items (措施 1. 2. … then `责任单位:X`) covers all of
 * them: when only the last sibling has a clause and it stands on its own lines, the other siblings take
 * it too. A bracket at the end of the last item's own sentence is that item's alone; the same bracket
 * on a line of its own (`(1)… (2)… (4)…` then `(责任单位:X、Y)`) is the shared line.
 */
const shareTrailingClause = (siblings: Node[]): void => {
  const last = siblings[siblings.length - 1];
  // A last item with items of its own has its clause above them (`四、任务分工` / `…,各乡镇落实。` / `1.…`): not at the list's end.
  if (!last?.clause || siblings.length < 2 || last.children.length > 0) return;
  const others = siblings.slice(0, -1);
  if (others.some((n) => n.kind !== last.kind || subtreeHasClause(n))) return;
  const raw = last.clause.raw.trim();
  const onOwnLine = last.lines.slice(1).some((l) => foldPunctuation(l.text).trim() === raw);
  if (/^[(([〔【]/.test(raw) && !onOwnLine) return;
  // The clause in the last item's own numbered line (`2.推进林业发展。县林业局负责,县财政局配合。`) is that item's.
  // So is a clause read from the prose of an item of one line (`三、…。县教育局牵头,县市场监管局配合,…`): there is no other.
  if ((raw !== '' && foldPunctuation(last.lines[0]?.text ?? '').includes(raw)) || last.lines.length <= 1) return;
  for (const node of others) node.clause = { ...last.clause, raw: '', raws: [] };
};

/** `preamble`: the lines before the first heading (the notice, the addressees), for the caller to account for. */
export type BodyResult = { tasks: ParsedTask[]; sections: ParsedSection[]; unplaced: UnplacedLine[]; preamble: SourceLine[] };

/** The document's own rules on who leads (see FIRST_LISTED_LEADS in clause.ts). */
export type HouseRules = { firstListedLeads: boolean };

export const readBody = (lines: SourceLine[], referenceYear?: number, rules: HouseRules = { firstListedLeads: false }): BodyResult => {
  const roots: Node[] = [];
  const stack: Node[] = [];
  const unplaced: UnplacedLine[] = [];
  const preamble: SourceLine[] = [];
  const carry: { line: number; unit: string; isLead: boolean }[] = [];
  const unitLines = findUnitTitleLines(lines);

  for (const source of lines) {
    const text = source.text.trim();
    if (text.length === 0) continue;
    const lineUnit = unitLines.get(source.line);
    if (lineUnit) {
      unplaced.push({ line: source.line, text, reason: `单位名称行:其下各项由“${lineUnit}”牵头(推定)`, kind: 'skipped' });
      continue;
    }
    // `以下均需各县市区落实,不再逐一列出`: the unit joins every task from here on. On a line of its
    // own the note is listed and set aside; inside a task's line (or its bracket) the task stays.
    const heading = isDashAssignment(text) ? null : readHeading(text);
    // `X为责任主体,以下不再列出`: X answers for every task, so it leads them; other notes add helpers.
    const carriedHere = carriedUnits(text);
    const isLead = carriedHere.length > 0 && carriesLeads(text);
    for (const unit of carriedHere) carry.push({ line: source.line, unit, isLead });
    if (!heading && carriedHere.length > 0 && !/[((〔【[]/.test(text.slice(0, 2)) && text.length < 80) {
      unplaced.push({ line: source.line, text, reason: `结转说明:此后各项任务均加入“${carriedHere.join('、')}”`, kind: 'skipped' });
      continue;
    }
    if (!heading) {
      const top = stack[stack.length - 1];
      if (top) top.lines.push(source);
      else preamble.push(source);
      continue;
    }
    while (stack.length > 0 && KIND_ORDER[stack[stack.length - 1]?.kind ?? 'chapter'] >= KIND_ORDER[heading.kind]) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const node: Node = {
      ...heading,
      line: source.line,
      lines: [{ line: source.line, text: heading.rest }],
      children: [],
      parent,
      clause: null,
      isExcluded: false,
    };
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }

  splitInlineFirstChild(roots, (parent, h) => ({ ...h, line: parent.line, lines: [{ line: parent.line, text: h.rest }], children: [], parent, clause: null, isExcluded: false }));
  foldFormFields(roots);
  const all: Node[] = [];
  const walk = (node: Node): void => {
    all.push(node);
    node.clause = findResponsibilityClause(node.lines.map((l) => l.text).join('\n'));
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  readSubjectClauses(all);
  for (const siblings of [roots, ...all.map((n) => n.children)]) foldInlineProblems(unitNameHeadings(siblings));
  shareTrailingClause(roots);
  for (const node of all) shareTrailingClause(node.children);
  for (const node of all) shareGroupLead(node);
  for (const node of all) shareUnitHeading(node);
  shareUnitNameHeadings(roots);
  for (const siblings of [roots, ...all.map((n) => n.children)]) shareUnitOnlyHeadings(siblings);
  for (const node of all) shareUnitNameHeadings(node.children);
  for (const node of all) shareHeadingClause(node);
  for (const node of all) shareHeadingLeads(node);
  for (const node of all) shareDutyHeading(node);
  for (const node of all) shareLabelHeading(node);
  for (const node of all) shareAnnouncedDuties(node);
  shareUnitGoalHeadings(all);
  shareUnitTitleLines(roots, unitLines, (n: Node) => !n.isExcluded && !NON_TASK_TITLE.test(titleOf(n).replace(/[。::\s]/g, '')) && !isChapter(titleOf(n)));
  for (const node of all) {
    if (!foldRolePoints(node)) continue;
    for (const child of node.children) unplaced.push({ line: child.line, text: child.lines.map((l) => l.text).join(' ').slice(0, 80), reason: '活动的分工说明,已并入上一级任务的牵头和参与单位', kind: 'skipped' });
  }

  // A point whose own words name who does it (fallback-leads.ts reads them later): a heading's prose does not.
  const namesItsDoer = (node: Node): boolean => unitsOfText('', [node.rest, ...node.lines.slice(1).map((l) => l.text)].join('\n')) !== null;
  const exclude = (node: Node): void => {
    node.isExcluded = true;
    node.children.forEach(exclude);
  };
  for (const node of all) {
    const bare = titleOf(node).replace(/[。::\s]/g, '');
    // A fact of the event (`活动时间:`) or a document the page rests on (`1.《…条例》`): no work.
    const isFactOnly = (EVENT_FACT_TITLE.test(titleOf(node).trim()) || REFERENCE_TITLE.test(node.rest.trim())) && node.children.length === 0;
    // (An article stating only the document's purpose, `第一条 为……,特制定本规定。`: purpose-article.ts.)
    const isPurpose = node.children.length === 0 && !node.clause && [isPurposeArticle, isScheduleItem].some((only) => only(node.lines.map((l) => l.text).join('')));
    // `四、工作职责` over `1.县公安局保障…` / `2.县供电分公司保障…`: points opened by the units that do them are the work.
    const sharesWorkOut = /职责|職責|分工/.test(bare) && node.children.filter(namesItsDoer).length >= 2;
    if (!node.isExcluded && (((isChapter(titleOf(node)) || NON_TASK_TITLE.test(bare)) && !subtreeHasClause(node) && !sharesWorkOut) || isFactOnly || isPurpose)) {
      exclude(node);
      unplaced.push({ line: node.line, text: node.lines.map((l) => l.text).join(' ').slice(0, 80), reason: `“${titleOf(node)}”部分是说明,不是具体任务`, kind: 'skipped' });
    }
  }

  const active = all.filter((n) => !n.isExcluded);
  const hasClause = active.some((n) => n.clause !== null);
  const clauseKinds = new Set(active.filter((n) => n.clause).map((n) => n.kind));
  const underTask = (node: Node): boolean => {
    for (let p = node.parent; p; p = p.parent) if (p.clause) return true;
    return false;
  };
  const cutTop = cutTopListItems(roots);
  const splitKinds = new Set(active.filter((n) => !n.clause && n.children.length > 0 && n.children.every((c) => c.clause && c.line === n.line)).map((n) => n.kind));
  const isTask = (node: Node): boolean => {
    if (node.isExcluded) return false;
    if (hasClause) {
      if (node.clause || cutTop.has(node)) return true;
      if (node.children.length > 0 || underTask(node)) return false;
      // `(六)X项目。` over `1.Y项目。` with its fields: an item at the level the clauses are at, split into
      // sub-items, has its sub-items for tasks (each would carry its own labels) rather than none at all.
      // `(一)强化…监管。X对…` beside `(一)加强…监管。A要…。B要…。` whose sentences were split into its parts: an
      // item of the same numbering as an item over clauses, with no parts of its own, is a task of its own.
      return clauseKinds.has(node.kind) || (node.parent !== null && clauseKinds.has(node.parent.kind) && !node.parent.clause) || (splitKinds.has(node.kind) && namesItsDoer(node));
    }
    return node.children.length === 0;
  };
  const taskNodes = new Set(active.filter(isTask));

  // Paths from the printed numbers; bullets (——) take their position among siblings.
  const pathOf = new Map<Node, string>();
  const used = new Set<string>();
  // Next suffix to try per base path: linear even for a hostile file of thousands of equal numbers.
  const nextSuffix = new Map<string, number>();
  const assignPaths = (siblings: Node[], prefix: string): void => {
    const ordinals = new Map<string, number>();
    for (const node of siblings) {
      const ordinal = (ordinals.get(node.kind) ?? 0) + 1;
      ordinals.set(node.kind, ordinal);
      const own = node.kind === 'dash' ? String(ordinal) : String(node.number);
      const base = prefix ? `${prefix}/${own}` : own;
      let path = base;
      // Broken numbering (two 3. under one parent) still gets distinct paths.
      for (let k = nextSuffix.get(base) ?? 2; used.has(path); k += 1) {
        path = `${base}-${k}`;
        nextSuffix.set(base, k + 1);
      }
      used.add(path);
      pathOf.set(node, path);
      assignPaths(node.children, path);
    }
  };
  assignPaths(roots, '');

  const tasks: ParsedTask[] = [];
  const sectionNodes = new Set<Node>();
  const descendantsText = (node: Node): SourceLine[] =>
    node.children.flatMap((c) => (taskNodes.has(c) ? [] : [{ line: c.line, text: `${c.code}${c.rest}` }, ...c.lines.slice(1), ...descendantsText(c)]));

  for (const node of all) {
    if (!taskNodes.has(node)) continue;
    const ancestors: Node[] = [];
    for (let p = node.parent; p; p = p.parent) ancestors.unshift(p);
    ancestors.filter((a) => !taskNodes.has(a)).forEach((a) => sectionNodes.add(a));
    // `(一)由省经贸委负责,省农业厅配合,加快…`: an assignment that opens the item is no part of its title.
    const opening = node.clause?.raws.find((raw) => raw.length > 0 && foldPunctuation(node.rest).startsWith(raw) && foldPunctuation(node.rest).length > raw.length);
    const split = splitTitle(opening ? foldPunctuation(node.rest).slice(opening.length) : node.rest);
    let title = split.title;
    const firstContent = split.content;
    const ownLines = [firstContent, ...node.lines.slice(1).map((l) => l.text), ...descendantsText(node).map((l) => l.text)];
    let content = ownLines.filter((l) => l.length > 0).join('\n');
    let leads: string[] = [];
    let participants: string[] = [];
    let isLeadInferred = false;
    const clause = node.clause;
    if (clause) {
      for (const raw of clause.raws) content = content.replace(raw, '');
      // `农村道路畅通工程,牵头部门:市交通局。评语`: the clause is not part of the title either.
      // The title may hold only the clause's first part (`…建设(牵头单位:X` when the title stopped at its `;`).
      for (const raw of clause.raws) {
        const whole = raw.replace(/。$/, '');
        const at = [whole, whole.split(/[;;]/)[0] ?? ''].filter((r) => r.length >= 4).map((r) => title.indexOf(r)).find((n) => n > 0) ?? -1;
        if (raw && at > 0) title = title.slice(0, at).replace(/[,;\s]+$/, '');
      }
      content = content.replace(/\s+$/, '');
      ({ leads, participants, isLeadInferred } = clause.responsibility);
      // `列第一位者为牵头单位`: in a list of units sharing the work, the first one leads.
      // `A、B分别牵头` names both as leads in so many words; the rule does not undo that.
      if (rules.firstListedLeads && clause.responsibility.isShared && leads.length > 1 && !clause.raws.some((r) => /(分别|共同)牵头/.test(r))) {
        participants = [...leads.slice(1), ...participants];
        leads = leads.slice(0, 1);
      }
    }
    const lastLine = node.lines[node.lines.length - 1]?.line ?? node.line;
    for (const { unit, isLead } of carry.filter((c) => c.line <= lastLine)) {
      if (leads.includes(unit) || (!isLead && participants.includes(unit))) continue;
      if (isLead) [leads, participants] = [[...leads, unit], participants.filter((p) => p !== unit)];
      else participants = [...participants, unit];
    }
    const deadlineText = findDeadlineInText([node.rest, ...node.lines.slice(1).map((l) => l.text)].join('\n'));
    tasks.push({
      path: pathOf.get(node) ?? '',
      code: node.code.replace(/[、.．。,]$/, ''),
      level: ancestors.length + 1,
      section: ancestors.map(titleOf).join(' / '),
      title,
      // The lines a clause took leave gaps (`责任领导:X` / (label lines) / `完成时限:Y`): one line break each.
      content: content.replace(/\n\s*\n/g, '\n').trim(),
      deadlineText,
      deadline: deadlineText ? parseDeadline(deadlineText, referenceYear) : undefined,
      leads,
      participants,
      isLeadInferred,
      line: node.line,
    });
  }

  const sections: ParsedSection[] = all
    .filter((n) => sectionNodes.has(n))
    .map((n) => ({ path: pathOf.get(n) ?? '', code: n.code.replace(/[、.．。,]$/, ''), level: 0, title: titleOf(n), line: n.line }));
  for (const s of sections) s.level = s.path.split('/').length;

  // Headings outside every task and section, not excluded: chapters with no task under them.
  for (const node of active) {
    if (taskNodes.has(node) || sectionNodes.has(node) || underTask(node)) continue;
    let isInsideTaskTree = false;
    for (let p = node.parent; p; p = p.parent) if (taskNodes.has(p)) isInsideTaskTree = true;
    if (isInsideTaskTree) continue;
    unplaced.push({ line: node.line, text: `${node.code}${node.rest}`.slice(0, 80), reason: '标题下没有可识别的任务', kind: 'skipped' });
  }
  return { tasks, sections, unplaced, preamble };
};

export const preambleOf = (lines: SourceLine[]): SourceLine[] => {
  const first = lines.findIndex((l) => readHeading(l.text.trim()) !== null);
  return first < 0 ? lines : lines.slice(0, first);
};
