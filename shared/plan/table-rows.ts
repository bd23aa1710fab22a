// Reads a 工作任务分解表 from rows of cells (a .docx table, an .xlsx sheet, or a flattened text table
// rebuilt into rows). The header row may come in any order; continuation rows of merged cells
// repeat or leave empty the merged columns.
import { BARE_HEADER, JOIN_HEADER, LEAD_HEADER } from './role-words.js';
import { splitDepartmentNames } from './department-names.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';
import { findDeadlineInText, parseDeadline } from './deadline.js';
import { applyLeadMarks } from './lead-marks.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import { readHeading, splitTitle } from './numbering.js';
import { parseResponsibility, startsWithResponsibility, type Responsibility } from './responsibility.js';
import { STORED_COLUMNS, storedColumnOfHeader, type StoredColumn } from './task-columns.js';
import { guessHeaderRole } from './header-guess.js';
import { foldPunctuation } from './text.js';
// Traditional header words (序號, 責任單位) on a page mixed enough that the whole-page fold left it alone.
import { toSimplified as foldHeaderWord } from './script-fold.js';
import type { ParsedSection, ParsedTask, UnplacedLine } from './types.js';

/** `cell:<stored>`: a plain text built-in column of shared/plan/task-columns.ts, found by its header words. */
export type Role = 'seq' | 'task' | 'content' | 'lead' | 'participant' | 'responsibility' | 'deadline' | 'other' | `cell:${string}`;

export type TableRow = { line: number; cells: string[] };

const squeeze = (text: string): string => foldPunctuation(text).replace(/\s+/g, '');
/** A header cell as the header words are written: spaces out, traditional header characters folded. */
const headerWord = (text: string): string => foldHeaderWord(squeeze(text));

/** Header words → column role. Anchored: a header cell is the word itself, not a sentence using it. */
const HEADER_ROLES: [RegExp, Role][] = [
  [/^(序号|编号|序|No\.?)$/i, 'seq'],
  // 主要责任单位 names leads, as `主要责任单位:A、B` does in a line: every unit of its cell leads, not the first by guess.
  // role-words.ts: every role word with every unit word (承担单位, 协作处室, 责任牵头单位), as labels read them.
  [LEAD_HEADER, 'lead'],
  [JOIN_HEADER, 'participant'],
  [BARE_HEADER, 'responsibility'],
  [/^(完成时限|完成时间|时间|时限|完成期限|时间节点|进度安排|时限要求|完成年限|计划完成时间)$/, 'deadline'],
  [/^(主要内容|具体内容|工作内容|任务内容|具体措施|工作措施|主要措施|工作举措|具体任务|任务措施|目标任务|工作目标|实施内容|内容|主要任务和措施|具体工作|工作要求|任务要求|主要目标|实事内容|细化措施|细化任务|具体举措|主要举措|推进举措|措施|具体标准|工作标准|建设标准|创建标准|测评标准|标准要求)$/, 'content'],
  [/^((主要|重点|年度|\d{4}年度?)?(重点)?工作任务(名称)?|(主要|重点)工作事项|主要工作|重点任务|主要任务|任务名称|任务|工作事项|事项|项目名称|重点工作|工作要点|工作项目|任务分解|重点项目|民生实事|实事项目|民生事项|民生事项名称|实事名称|项目|项目内容|重点工作任务|内容与要求|(\d{4}年)?(主要)?预期目标|(具体|主要|重点)?(工作)?(任务|事项)(和|及|与)(要求|标准|目标))$/, 'task'],
  // A progress table's task column may be named for the target it counts: 任务项目指标, 项目指标, 任务指标.
  [/^(任务|项目)(项目|任务)?指标$/, 'task'],
  [/^((\d{4}年度?|全年|年度|攻坚)?(目标任务|任务目标)|年度目标|全年目标|工作任务安排|推进措施|工作安排)$/, 'content'],
  [/^(责任科室|责任股室|责任主体与协同单位|.{0,6}(协同|配合)(单位|部门))$/, 'participant'],
  // Columns a decomposition table often carries that are not the task's: they must not end its header.
  [/^(分管(市|区|县)?领导|(区|市|县)政府分管领导|责任领导|牵头区领导|牵头县领导|牵头市领导|牵头领导|责任人|联系人|联系电话|监督电话|是否.{1,4}|备注|说明|评分部门|类别|分类|.{0,8}(推进|进展|完成)情况|.{0,4}进展(比例)?|.{0,8}(取得)?成效|.{0,4}进度|本月进展|第.季度|.季度|目标类型|项目业主|建设阶段|(\d{4}年)?(计划|年度)?总?投资(金?额)?)$/, 'other'],
];

/**
 * Aliases of plain text built-in columns that a reading role of HEADER_ROLES already owns. The column
 * list is asked first, so such an alias would silently stop a table's 责任处室 (say) naming units; 'other'
 * headers (联系人…) are free to be taken, since nothing is read from them today.
 */
export const headerCollisions = (columns: readonly StoredColumn[]): string[] =>
  columns.flatMap((c) =>
    c.aliases
      .filter((alias) => HEADER_ROLES.some(([re, role]) => role !== 'other' && re.test(squeeze(alias))))
      .map((alias) => `${c.stored}: ${alias}`),
  );

// Fails at load, in every test that reads a document, rather than misreading the corpus quietly.
const collisions = headerCollisions(STORED_COLUMNS);
if (collisions.length > 0) throw new Error(`built-in column aliases owned by another header role: ${collisions.join('; ')}`);

export const roleOfHeader = (text: string): Role | null => {
  const t = headerWord(text).replace(/[((].*[))]$/, '');
  if (t.length === 0 || t.length > 12) return null;
  const stored = storedColumnOfHeader(t);
  if (stored) return `cell:${stored.stored}`;
  for (const [re, role] of HEADER_ROLES) if (re.test(t)) return role;
  return null;
};


/** A header maps columns to roles; it needs a task-ish column and a responsibility-ish one. */
export const headerRoles = (cells: string[]): Role[] | null => {
  const raw = cells.map((c) => roleOfHeader(c) ?? guessHeaderRole(c) ?? 'other');
  // 责任科室 / 责任主体与协同单位 join a 牵头 column; without one they are the responsible column.
  const roles = raw.includes('lead') ? raw : raw.map((r, i) => (r === 'participant' && /^责任/.test(squeeze(cells[i] ?? '')) ? 'responsibility' : r));
  const has = (r: Role): boolean => roles.includes(r);
  const known = roles.filter((r) => r !== 'other').length;
  if (known < 2) return null;
  if (!(has('task') || has('content'))) return null;
  // An indicator table (指标名称 | 目标 | 属性 | 牵头单位) is not a task table because a word like 目标 reads
  // as content by its parts: there the text column must be named outright.
  const named = cells.map((c) => roleOfHeader(c));
  if (!named.includes('task') && !named.includes('content') && cells.some((c) => /指标|属性/.test(c))) return null;
  if (!(has('lead') || has('responsibility') || has('participant'))) return null;
  return roles;
};

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
};

const readResponsibilityCell = (text: string): Responsibility => {
  if (startsWithResponsibility(text) || /(牵头|配合|参与|责任)(单位|部门)\s*[::]/.test(foldPunctuation(text))) return parseResponsibility(text);
  // `县人社局牵头,县教育局、县卫健局配合` in a 责任单位 cell: the verbs say who leads, as in the text.
  const byVerbs = /牵头|配合|协同|协助|参与|负责/.test(text) ? parseLeadVerbForm(text) : null;
  if (byVerbs && byVerbs.leads.length > 0) return byVerbs;
  const names = splitDepartmentNames(text);
  // `区住建局(牵头)、各区政府`: a unit's own mark decides (lead-marks.ts), as in a labelled list.
  return applyLeadMarks({ leads: names.slice(0, 1), participants: names.slice(1), isLeadInferred: names.length > 0 });
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
    if (role !== 'other' || header === '' || header.length > 20) return null;
    return headers?.findIndex((h) => h.replace(/\s+/g, '') === header) === i ? header : null;
  });

export const readTableRows = (rows: TableRow[], roles: Role[], referenceYear?: number, headers?: string[]): TableResult => {
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
    const pick = (role: Role): string[] => col(role).map((i) => cells[i] ?? '').filter((c) => c.length > 0);
    const seq = pick('seq')[0] ?? '';
    const task = pick('task').join(' ');
    // A row continues the one above when its number is the same (a merged cell filled in), or when
    // it has no number of its own while the rows above had one (the merged cell left empty).
    const isContinuation =
      previous !== null &&
      (seq !== '' ? seq === previous.seq : task === '' || task === previous.task || previous.seq !== '');
    // A merged responsibility or deadline cell left empty on a continuation row is the one above.
    const inherit = (own: string[], above: string[] | undefined): string[] => (own.length === 0 && isContinuation && above ? above : own);
    const ownUnits = pick('lead').length + pick('participant').length + pick('responsibility').length;
    // A numbered row whose group cell (指标, 类别 before the task column) and unit cells are both empty
    // sits under vertically merged cells: its units are the ones above.
    const isUnderMerged = !isContinuation && previous !== null && ownUnits === 0 && groupColumns.length > 0 && groupColumns.every((i) => (cells[i] ?? '') === '');
    const draft: Draft = {
      line: row.line,
      seq: seq || (isContinuation && previous ? previous.seq : ''),
      task: task || (isContinuation && previous ? previous.task : ''),
      ownTask: task,
      content: pick('content'),
      leads: isUnderMerged ? (previous?.leads ?? []) : ownUnits === 0 ? inherit([], previous?.leads) : pick('lead'),
      participants: isUnderMerged ? (previous?.participants ?? []) : ownUnits === 0 ? inherit([], previous?.participants) : pick('participant'),
      responsibility: isUnderMerged ? (previous?.responsibility ?? []) : ownUnits === 0 ? inherit([], previous?.responsibility) : pick('responsibility'),
      deadline: inherit(pick('deadline'), previous?.deadline),
      section,
      isContinuation,
      extra: Object.fromEntries(kept.flatMap((h, i) => (h && cells[i] ? [[h, cells[i]]] : []))),
      cells: Object.fromEntries(roles.flatMap((r, i) => (r.startsWith('cell:') && cells[i] ? [[r.slice(5), cells[i]]] : []))),
    };
    drafts.push(draft);
    previous = draft;
  }

  // Rows that share one merged task cell: one task when nothing else differs, otherwise a group
  // (the merged cell becomes a section) of one task per row.
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
