// Reads a 工作任务分解表 from rows of cells (a .docx table, an .xlsx sheet, or a flattened text table
// rebuilt into rows). The header row may come in any order; continuation rows of merged cells
// repeat or leave empty the merged columns.
import { isSumRow } from './sum-rows.js';
import { splitDepartmentNames } from './department-names.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';
import { findDeadlineInText, parseDeadline } from './deadline.js';
import { readHeading, splitTitle } from './numbering.js';
import type { Responsibility } from './responsibility.js';
import type { ParsedSection, ParsedTask, UnplacedLine } from './types.js';
import { headerRoles, isUnitRole, type Role, type TableRow } from './header-roles.js';
import { helpersInNotes } from './note-helpers.js';
import { readResponsibilityCell } from './responsibility-cell.js';

export { headerCollisions, headerRoles, roleOfHeader, type Role, type TableRow } from './header-roles.js';

type Draft = {
  line: number;
  seq: string;
  task: string;
  content: string[];
  leads: string[];
  participants: string[];
  responsibility: string[];
  deadline: string[];
  section: string;
  isContinuation: boolean;
  /** The task cell as written in this row (empty when merged). */
  ownTask: string;
  /** Cells of the columns kept as the office's own (header → text). */
  extra: Record<string, string>;
  /** Cells of the plain text built-in columns (storage name → text). */
  cells: Record<string, string>;
  /** Its group cells (指标, 类别 before the task column) left empty: the row sits under merged cells. */
  isUnderGroup: boolean;
};

export type TableResult = { tasks: ParsedTask[]; sections: ParsedSection[]; unplaced: UnplacedLine[] };

/** Strips a printed number off a task cell: "1.提高…" → code 1, title 提高…. */
const numbered = (text: string): { code: string; title: string } => {
  const heading = readHeading(text);
  if (heading && heading.kind !== 'dash') return { code: String(heading.number), title: heading.rest.replace(/。$/, '') };
  return { code: '', title: text.replace(/。$/, '') };
};

/** The headers of `other` columns worth keeping: named, and not a repeat of another column's header. */
export const extraHeaders = (roles: Role[], headers: string[] | undefined): (string | null)[] =>
  roles.map((role, i) => {
    const header = (headers?.[i] ?? '').replace(/\s+/g, '');
    if ((role !== 'other' && role !== 'overseer') || header === '' || header.length > 20) return null;
    return headers?.findIndex((h) => h.replace(/\s+/g, '') === header) === i ? header : null;
  });

/** A unit cell that names no one yet (`按市府办通知另行确定`, `待定`): the units are still to be decided. */
const UNDECIDED = /^[^、,,;;]{0,12}(?:另行(?:确定|明确|通知|安排|指定)|待定|另定)[。.]?$/;

const unitCount = (d: Draft): number => d.leads.length + d.participants.length + d.responsibility.length;

/**
 * A unit cell merged down over the rows below it (`市人社局` printed once beside rows 1–7): those rows print no
 * unit at all. A numbered row with none, right under a row with some, is under the merged cell and takes its
 * units when rows with units follow the run, when the run is three rows at least to the table's end, or when
 * its group cells are merged down too. One or two bare rows at the end are left as they are otherwise: more
 * likely cut off by the page.
 */
const fillMergedUnits = (drafts: Draft[]): void => {
  const isBare = (d: Draft | undefined): boolean => d !== undefined && unitCount(d) === 0 && !d.isContinuation;
  let i = 1;
  while (i < drafts.length) {
    if (!isBare(drafts[i])) {
      i += 1;
      continue;
    }
    let end = i;
    while (isBare(drafts[end])) end += 1;
    const next = drafts[end];
    const isMergedRun = next !== undefined ? unitCount(next) > 0 : end - i >= 3;
    drafts.slice(i, end).forEach((d, k) => {
      const above = drafts[i + k - 1];
      if (!above || unitCount(above) === 0 || !(isMergedRun || d.isUnderGroup)) return;
      d.leads = above.leads;
      d.participants = above.participants;
      d.responsibility = above.responsibility;
    });
    i = end;
  }
};

export const readTableRows = (rows: TableRow[], roles: Role[], referenceYear?: number, headers?: string[], words = headers): TableResult => {
  const kept = extraHeaders(roles, headers);
  const unplaced: UnplacedLine[] = [];
  const drafts: Draft[] = [];
  const sections: ParsedSection[] = [];
  let section = '';
  let previous: Draft | null = null;
  const col = (role: Role): number[] => roles.flatMap((r, i) => (r === role ? [i] : []));
  const headerKey = roles.join('|');
  const hasParticipantColumn = roles.includes('participant');
  // Columns between 序号 and the task: a group cell (指标, 类别) a 责任清单 merges down over its rows.
  const firstTask = roles.findIndex((r) => r === 'task' || r === 'content');
  const groupColumns = roles.flatMap((r, i) => (i < firstTask && r === 'other' ? [i] : []));

  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    const filled = cells.filter((c) => c.length > 0);
    if (filled.length === 0) continue;
    // A total or a category's subtotal row (sum-rows.ts).
    if (isSumRow(cells)) continue;
    // A repeated header (page break in a long table).
    if (headerRoles(cells)?.join('|') === headerKey) continue;
    // A row with one distinct value across all columns is a section heading (merged across the table).
    if (new Set(filled).size === 1 && filled.length >= 1 && cells.length > 1) {
      const only = filled[0] ?? '';
      const heading = readHeading(only);
      if (heading && (heading.kind === 'cn' || heading.kind === 'paren-cn' || heading.kind === 'chapter' || heading.kind === 'ordinal')) {
        section = splitTitle(heading.rest).title;
        sections.push({ path: `s${sections.length + 1}`, code: heading.code, level: 1, title: section, line: row.line });
        continue;
      }
      // The same text in every column: a group heading merged across the table, numbered or not.
      if (filled.length === cells.length && cells.length > 2 && only.length <= 40) {
        section = only.replace(/[。.]$/, '');
        sections.push({ path: `s${sections.length + 1}`, code: '', level: 1, title: section, line: row.line });
        continue;
      }
      // The table's last row cut off by the page after its task's first words (`推动产业环保、智慧…`) keeps
      // only its task cell: a task whose units were lost, not a cell of unknown column. A note under the
      // table (`注:…。`) is whole, and says so by its label or its full stop.
      const isCutLastTask =
        row === rows[rows.length - 1] &&
        // (With no 任务 column the first 内容/措施 column holds the tasks.)
        roles[cells.indexOf(only)] === (roles.includes('task') ? 'task' : 'content') &&
        only.length >= 8 &&
        !/[。.;;!!]$/.test(only) &&
        !/^(注|备注|说明|附注)/.test(only) &&
        !isUnitNameList(splitUnitList(only));
      if (filled.length === 1 && cells.filter((c) => c === only).length === 1 && only.length > 0 && !isCutLastTask) {
        unplaced.push({ line: row.line, text: only, reason: '表格中只有一个单元格有内容,无法判断属于哪一列', kind: 'unplaced' });
        continue;
      }
    }
    const pick = (role: Role): string[] =>
      col(role)
        .map((i) => cells[i] ?? '')
        .filter((c) => c.length > 0 && !(isUnitRole(role) && UNDECIDED.test(c)));
    const seq = pick('seq')[0] ?? '';
    // Two task columns (`年度计划名称 | 检查内容`) often repeat one text: it is said once.
    const task = [...new Set(pick('task'))].join(' ');
    // A row continues the one above when its number is the same (a merged cell filled in), or when
    // it has no number of its own while the rows above had one (the merged cell left empty).
    const isContinuation =
      previous !== null &&
      (seq !== '' ? seq === previous.seq : task === '' || task === previous.task || previous.seq !== '');
    // A merged responsibility or deadline cell left empty on a continuation row is the one above.
    const inherit = (own: string[], above: string[] | undefined): string[] => (own.length === 0 && isContinuation && above ? above : own);
    const ownUnits = pick('lead').length + pick('participant').length + pick('responsibility').length;
    const draft: Draft = {
      line: row.line,
      seq: seq || (isContinuation && previous ? previous.seq : ''),
      task: task || (isContinuation && previous ? previous.task : ''),
      ownTask: task,
      content: pick('content'),
      leads: ownUnits === 0 ? inherit([], previous?.leads) : pick('lead'),
      participants: ownUnits === 0 ? inherit([], previous?.participants) : pick('participant'),
      responsibility: ownUnits === 0 ? inherit([], previous?.responsibility) : pick('responsibility'),
      deadline: inherit(pick('deadline'), previous?.deadline),
      section,
      isContinuation,
      extra: Object.fromEntries(kept.flatMap((h, i) => (h && cells[i] ? [[h, cells[i]]] : []))),
      cells: Object.fromEntries(roles.flatMap((r, i) => (r.startsWith('cell:') && cells[i] ? [[r.slice(5), cells[i]]] : []))),
      isUnderGroup: groupColumns.length > 0 && groupColumns.every((i) => (cells[i] ?? '') === ''),
    };
    // A 备注 cell `A、B配合` names the row's helpers (note-helpers.ts).
    const helpers = helpersInNotes(cells, roles, words).filter((u) => ![...draft.leads, ...draft.participants].includes(u));
    if (helpers.length > 0) draft.participants = [...draft.participants, ...helpers];
    drafts.push(draft);
    previous = draft;
  }

  // Rows that share one merged task cell: one task when nothing else differs, otherwise a group
  // (the merged cell becomes a section) of one task per row.
  fillMergedUnits(drafts);
  const groups: Draft[][] = [];
  for (const d of drafts) {
    if (d.isContinuation && groups.length > 0) groups[groups.length - 1]?.push(d);
    else groups.push([d]);
  }

  const tasks: ParsedTask[] = [];
  const used = new Set<string>();
  const uniquePath = (path: string): string => {
    let p = path;
    for (let k = 2; used.has(p); k += 1) p = `${path}-${k}`;
    used.add(p);
    return p;
  };
  const toTask = (d: Draft, path: string, code: string, title: string, level: number, sectionTitle: string, content: string[], extra = d.extra, own = d.cells): ParsedTask => {
    const explicit: Responsibility = { leads: d.leads.flatMap(splitDepartmentNames), participants: d.participants.flatMap(splitDepartmentNames), isLeadInferred: false };
    const cell = d.responsibility.length > 0 ? readResponsibilityCell(d.responsibility.join(';')) : null;
    // 责任单位 beside a 配合单位 column: the whole responsibility cell leads, by the table's own columns.
    const fromCell = cell && hasParticipantColumn && cell.isLeadInferred ? { leads: [...cell.leads, ...cell.participants], participants: [], isLeadInferred: false } : cell;
    let r = explicit;
    if (fromCell) {
      r = explicit.leads.length > 0
        ? { leads: explicit.leads, participants: [...explicit.participants, ...fromCell.leads, ...fromCell.participants], isLeadInferred: false }
        : { leads: fromCell.leads, participants: [...fromCell.participants, ...explicit.participants], isLeadInferred: fromCell.isLeadInferred };
    }
    if (r.leads.length === 0 && r.participants.length > 0) r = { leads: r.participants.slice(0, 1), participants: r.participants.slice(1), isLeadInferred: true };
    // No 完成时限 column: a deadline the row's own text states (`2021年2月底前,建成…`) is still its deadline.
    const deadlineText = d.deadline.length > 0 ? d.deadline.join(';') : findDeadlineInText([title, ...content].join('\n'));
    return {
      path: uniquePath(path),
      code,
      level,
      section: sectionTitle,
      title,
      content: content.join('\n'),
      deadlineText,
      deadline: deadlineText ? parseDeadline(deadlineText, referenceYear) : undefined,
      leads: r.leads,
      participants: r.participants,
      isLeadInferred: r.isLeadInferred,
      line: d.line,
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
      ...(Object.keys(own).length > 0 ? { cells: own } : {}),
    };
  };

  groups.forEach((group, index) => {
    const head = group[0];
    if (!head) return;
    const { code: printed, title: rawTitle } = numbered(head.task);
    const code = head.seq.replace(/[、.．。]$/, '') || printed || String(index + 1);
    const same = (f: (d: Draft) => string): boolean => group.every((d) => f(d) === f(head));
    // A continuation row that writes a task of its own (an unnumbered 实事 under a merged 序号 and
    // responsibility cell) is a task of its own, whatever it shares with the row above.
    const ownsTask = group.slice(1).some((d) => d.ownTask !== '' && d.ownTask !== head.task);
    const isOneTask =
      group.length === 1 ||
      (!ownsTask && same((d) => d.leads.join() + d.participants.join() + d.responsibility.join()) && same((d) => d.deadline.join()));
    // With no 任务 column, a row's work is its numbered 措施 cell (`3.深入开展…`), not the group cells merged
    // down before it (`一、…`, `(二)…`); the number is the item's, not the title's.
    const ofRow = (d: Draft): string => {
      const work = d.content.find((c) => ['num', 'paren-num'].includes(readHeading(c)?.kind ?? ''));
      return splitTitle(work ? numbered(work).title : (d.content[0] ?? '')).title;
    };
    const titleFrom = (d: Draft): string => rawTitle || ofRow(d);
    if (isOneTask) {
      const content = group.flatMap((d) => d.content);
      // One task over merged rows: each kept column's distinct cells, in order.
      const merged = (of: (d: Draft) => Record<string, string>): Record<string, string> => {
        const out: Record<string, string> = {};
        for (const d of group) for (const [h, v] of Object.entries(of(d))) if (!(out[h] ?? '').split('\n').includes(v)) out[h] = out[h] ? `${out[h]}\n${v}` : v;
        return out;
      };
      tasks.push(toTask(head, code, code, titleFrom(head), 1, head.section, [...new Set(content)], merged((d) => d.extra), merged((d) => d.cells)));
      return;
    }
    sections.push({ path: code, code, level: 1, title: rawTitle, line: head.line });
    group.forEach((d, i) => {
      const sub = String(i + 1);
      const own = d.ownTask && d.ownTask !== head.task ? numbered(d.ownTask).title : '';
      const title = own || ofRow(d) || rawTitle;
      tasks.push(toTask(d, `${code}/${sub}`, `${code}.${sub}`, title, 2, [head.section, rawTitle].filter(Boolean).join(' / '), d.content));
    });
  });

  return { tasks, sections, unplaced };
};
