// A table's header row: the words that name each column's role (序号, 工作任务, 牵头单位 …), a table's own
// built-in columns (task-columns.ts), and whether a row of cells is a task table's header at all.
import { BARE_HEADER, JOIN_HEADER, LEAD_HEADER, OVERSEER_HEADER } from './role-words.js';
import { STORED_COLUMNS, storedColumnOfHeader, type StoredColumn } from './task-columns.js';
import { guessHeaderRole } from './header-guess.js';
import { foldPunctuation } from './text.js';
import { FIX_UNIT_HEADER, isProblemHeader, withProblemColumnsAside } from './problem-header.js';
// Traditional header words (序號, 責任單位) on a page mixed enough that the whole-page fold left it alone.
import { toSimplified as foldHeaderWord } from './script-fold.js';

/**
 * `cell:<stored>`: a plain text built-in column of shared/plan/task-columns.ts, found by its header words.
 * `overseer`: an 'other' column whose header names the units that score or oversee the work (评分部门, role-words.ts),
 * or the unit a handover list takes the duty from (移交单位): units, never the ones that do the work.
 */
export type Role = 'seq' | 'task' | 'content' | 'lead' | 'participant' | 'responsibility' | 'deadline' | 'other' | 'overseer' | `cell:${string}`;

export type TableRow = { line: number; cells: string[] };

/** A column that names the units answering for the task (牵头, 配合 or a 责任单位 list). */
export const isUnitRole = (role: Role | null | undefined): boolean => role === 'lead' || role === 'participant' || role === 'responsibility';

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
  // A 双随机 inspection plan's body that inspects (`检查主体`, `抽查主体`): the unit doing the work.
  [/^(检查|抽查|监管|执法)主体$/, 'responsibility'],
  [/^(完成时限|完成时间|时间|时限|完成期限|时间节点|进度安排|时限要求|完成年限|计划完成时间)$/, 'deadline'],
  [/^(主要内容|具体内容|工作内容|任务内容|具体措施|工作措施|主要措施|工作举措|具体任务|任务措施|目标任务|工作目标|实施内容|内容|主要任务和措施|具体工作|工作要求|任务要求|主要目标|实事内容|细化措施|细化任务|具体举措|主要举措|推进举措|措施|具体标准|工作标准|建设标准|创建标准|测评标准|标准要求)$/, 'content'],
  [/^((主要|重点|年度|\d{4}年度?)?(重点)?工作任务(名称)?|(主要|重点)工作事项|主要工作|重点任务|主要任务|任务名称|任务|工作事项|事项|事项名称|项目名称|重点工作|工作要点|工作项目|任务分解|重点项目|民生实事|实事项目|民生事项|民生事项名称|实事名称|项目|项目内容|重点工作任务|内容与要求|(\d{4}年)?(主要)?预期目标|(具体|主要|重点)?(工作)?(任务|事项)(和|及|与)(要求|标准|目标))$/, 'task'],
  // A progress table's task column may be named for the target it counts: 任务项目指标, 项目指标, 任务指标.
  [/^(任务|项目)(项目|任务)?指标$/, 'task'],
  // A task column named for its kind of work (`省重点民生实事项目名称`, `乡村振兴任务名称`), and a checklist's
  // `考核内容` / `细化分工` / `考核事项` column holding the work. Not header words run together (`项目数量项目名称`).
  [/^(?!.*(?:序号|编号|单位|部门|数量|名称.))[\u4e00-\u9fff]{2,10}(项目|任务|事项|实事|计划)名称$|^(考核|评价|检查|督查)(内容|事项)$|^细化(分工|任务)$/, 'task'],
  [/^((\d{4}年度?|全年|年度|攻坚)?(目标任务|任务目标)|年度目标|全年目标|工作任务安排|推进措施|工作安排)$/, 'content'],
  [/^(责任科室|责任股室|责任主体与协同单位|.{0,6}(协同|配合)(单位|部门))$/, 'participant'],
  // Columns a decomposition table often carries that are not the task's: they must not end its header.
  [/^(分管(市|区|县)?领导|(区|市|县)政府分管领导|责任领导|牵头区领导|牵头县领导|牵头市领导|牵头领导|责任人|联系人|联系电话|监督电话|是否.{1,10}|备注|说明|评分部门|(项目|任务|工作|事项)?类别|分类|[一二三]级指标|.{0,8}(推进|进展|完成|落实|执行|实施|整改|办理)情况|.{0,10}完成(率|数|量)[%%]?|.{0,4}进展(比例)?|.{0,8}(取得)?成效|.{0,4}进度|本月进展|第.季度|.季度|目标类型|项目业主|(监督|督办|督查|考核|评价)(方式|形式|方法)|建设阶段|(\d{4}年)?(计划|年度)?总?投资(金?额)?)$/, 'other'],
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

/**
 * A header word of several joined by 及/和/与/、 (`工作内容及完成要求`, `推进措施、工作进展、取得成效`), each part a
 * header word itself: a part that names progress makes it the office's own column, text parts make it the
 * work's content. Unit parts are left to header-guess.ts (责任单位及责任人).
 */
const compoundRole = (t: string): Role | null => {
  const parts = t.split(/[及和与、]/);
  if (t.length > 24 || parts.length < 2 || parts.some((p) => !/^[\u4e00-\u9fff]{2,8}$/.test(p))) return null;
  // Only the work's words and progress words: people's or units' columns (负责人及电话) are not read so.
  const roles = parts.map((p): Role | 'progress' | null => (/进展|情况|成效/.test(p) ? 'progress' : (roleOfHeader(p) ?? guessHeaderRole(p))));
  if (roles.some((r) => r !== 'progress' && r !== 'task' && r !== 'content')) return null;
  return roles.includes('progress') ? 'other' : 'content';
};

export const roleOfHeader = (text: string): Role | null => {
  // `《联合事项清单》事项名称`: the list a column's names are taken from is no part of the column's word.
  const t = headerWord(text).replace(/[((].*[))]$/, '').replace(/^《[^》]{1,20}》/, '');
  if (t.length > 12 && /[及和与、]/.test(t)) return compoundRole(t);
  if (t.length === 0 || t.length > 12) return null;
  const stored = storedColumnOfHeader(t);
  if (stored) return `cell:${stored.stored}`;
  for (const [re, role] of HEADER_ROLES) if (re.test(t)) return role;
  // A 督查/整改 list's problems column (problem-header.ts).
  if (isProblemHeader(t)) return 'task';
  if (FIX_UNIT_HEADER.test(t)) return 'responsibility';
  // Up to eight characters header-guess.ts reads such a word by its parts (目标与任务 is the task).
  return t.length > 8 && /[及和与、]/.test(t) ? compoundRole(t) : null;
};


/** A column named for one period's share of the work (`四季度任务分解`, `1-6月工作安排`, `下半年工作计划`). */
const PERIOD_WORK = /^(?:\d{4}年)?(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月份?|本(?:月|季度?)|下(?:月|季度?))./;

/**
 * Beside a column that holds the work itself, a column named for one period's share of it is that period's
 * schedule, kept as the office's own column: its cells (`1.…2.…`) are no task's title.
 */
const withPeriodColumnsAside = (cells: string[], roles: Role[]): Role[] => {
  const isText = (r: Role): boolean => r === 'task' || r === 'content';
  const isPeriod = (k: number): boolean => PERIOD_WORK.test(squeeze(cells[k] ?? ''));
  if (!roles.some((r, k) => isText(r) && !isPeriod(k))) return roles;
  return roles.map((r, k) => (isText(r) && isPeriod(k) ? 'other' : r));
};

/**
 * A column named for the list of tasks (`任务清单`, beside its 责任清单 and 时限清单) holds the tasks; the text
 * columns before it (`建设任务 | 工作事项`) name what each list falls under, merged down over its rows.
 */
const withListGroupsBefore = (cells: string[], roles: Role[]): Role[] => {
  const list = cells.findIndex((c) => /^(?:工作)?任务清单$/.test(squeeze(c)));
  return list < 0 ? roles : roles.map((r, k) => (k < list && (r === 'task' || r === 'content') ? 'other' : r));
};

/** The unit a handover list (移交清单) takes each duty from; its 承接单位 takes it over and leads. */
const HANDOVER_FROM = /^(移交|移出|交出)(单位|部门)$/;

/**
 * A 目标责任清单 (`序号 | 指标名称 | 单位 | 2025年 | 2027年 | 牵头单位 | 责任单位`): every indicator is handed to a lead
 * and the units that share it, so each row is a task to chase as well as an indicator (task-indicators.ts reads the
 * values). Only with both a 牵头 column and a 责任/配合 column beside it: a 规划's indicator table with one 牵头单位
 * column is its goals, not its tasks.
 */
/** `指标名称`, `主要指标`, `目标指标`: the column that names an indicator. */
export const isIndicatorNameHeader = (cell: string): boolean => /^(?:主要)?(?:目标)?指标(?:名称|项目)?$/.test(squeeze(cell));

const withIndicatorDuties = (cells: string[], roles: Role[]): Role[] => {
  const nameAt = cells.findIndex(isIndicatorNameHeader);
  const isShared = roles.includes('lead') && (roles.includes('responsibility') || roles.includes('participant'));
  return nameAt < 0 || !isShared || roles.includes('task') || roles.includes('content') ? roles : roles.map((r, k) => (k === nameAt ? 'task' : r));
};

/** A header maps columns to roles; it needs a task-ish column and a responsibility-ish one. */
export const headerRoles = (cells: string[]): Role[] | null => {
  const raw = withIndicatorDuties(cells, withProblemColumnsAside(cells, withListGroupsBefore(cells, withPeriodColumnsAside(cells, cells.map((c) => roleOfHeader(c) ?? guessHeaderRole(c) ?? 'other')))));
  // 责任科室 / 责任主体与协同单位 join a 牵头 column; without one they are the responsible column.
  const roles = raw.includes('lead') ? raw : raw.map((r, i) => (r === 'participant' && /^责任/.test(squeeze(cells[i] ?? '')) ? 'responsibility' : r));
  const has = (r: Role): boolean => roles.includes(r);
  const known = roles.filter((r) => r !== 'other').length;
  if (known < 2) return null;
  if (!(has('task') || has('content'))) return null;
  // An indicator table (指标名称 | 目标 | 属性 | 牵头单位) is not a task table because a word like 目标 reads
  // as content by its parts: there the text column must be named outright.
  const named = cells.map((c) => roleOfHeader(c));
  if (!named.includes('task') && !named.includes('content') && !roles.includes('task') && cells.some((c) => /指标|属性/.test(c))) return null;
  if (!(has('lead') || has('responsibility') || has('participant'))) return null;
  // A column of the units that score the work is kept aside like any other, but row-align.ts fits units to it.
  return roles.map((r, i) => (r === 'other' && (OVERSEER_HEADER.test(squeeze(cells[i] ?? '')) || HANDOVER_FROM.test(headerWord(cells[i] ?? ''))) ? 'overseer' : r));
};
