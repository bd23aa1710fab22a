// Units named inside a task's own sentences with no label, the shapes the subject reader of fallback-leads.ts
// leaves (it is asked only for a task still without any unit; every name must be unit-like as it judges one):
// - an adverb or a modal between the subject and its verb: `A全面负责…`, `A、B还将负责…`, `A具体负责…`;
// - a level's sector written as a group: `各级纪检监察机关要…`, `各级宣传部门负责…` (a sector's offices at every
//   level are named by their sector; `各级政府`, `各级有关部门`, `各级领导` still name nobody in particular);
// - further clauses of the task's first paragraph whose own subject is a unit and whose verb is 负责
//   (`A负责制定方案,B负责落实措施。`, `A负责…,依法…,B负责…`, `A全面负责…。B负责本辖区内…`): each such unit leads too,
//   beside the first sentence's subject (the division names who answers for which part);
// - the sentence opens by naming the doer after 由: `由X负责…`, `由A、B牵头…` (all named lead, as requirement-lines.ts
//   reads its lines);
// - a meeting's decision on a unit's proposal: `会议原则同意县X局关于…的意见`, `会议审议通过A、B提交的《…》`: the
//   proposer carries it on (inferred; several: the first leads, the others take part). Traditional script too.

import { readHeading, type HeadingKind } from './numbering.js';

/** Words between a subject and its verb: `全面负责`, `还将负责`, `具体负责`, `要切实负责`. */
export const ADVERB = '(?:全面|具体|主要|统一|分别|共同|直接|同时|还将|也将|仍将|还要|也要|既|还|也|亦|均|都|将|继续)';

/** `各级纪检监察机关`, `各级组织部门`: a sector at every level. Not 各级政府/党委/领导/干部, nor 有关/相关/各类 groups. */
const LEVEL_SECTOR = /^各级(?!有关|相关|其他|各|职能|政府|人民政府|党委|党组织|领导|干部|部门$)[\u4e00-\u9fff]{2,10}(?:部门|机关)$/;
export const isLevelSector = (name: string): boolean => LEVEL_SECTOR.test(name);

type IsUnit = (name: string, all: string[]) => boolean;
type Split = (head: string) => string[];

/** The names of a matched span when every one is a unit's; null when any is not. */
const unitsOnly = (span: string, split: Split, isUnit: IsUnit): string[] | null => {
  const names = split(span);
  return names.length > 0 && names.every((n) => isUnit(n, names)) ? names : null;
};

/** The units an expression's first group names, when every one is a unit. */
const doersOf =
  (expression: RegExp) =>
  (sentence: string, split: Split, isUnit: IsUnit): string[] | null => {
    const m = expression.exec(sentence.trim());
    return m?.[1] ? unitsOnly(m[1], split, isUnit) : null;
  };

/** A clause's subject before `(adverb)负责`, when every member is a unit. */
const DUTY_CLAUSE = new RegExp(`^([\\u4e00-\\u9fff()()、]{2,60}?)${ADVERB}?负责(?!人|同志|的|制)[\\u4e00-\\u9fff《“]`);

const dutySubject = doersOf(DUTY_CLAUSE);

/** An item's own number opening a clause (`(二)`, `2.`, `二、`; numbering.ts reads it, never a decimal such as `3.5亿元`). */
const ITEM_KINDS: ReadonlySet<HeadingKind> = new Set<HeadingKind>(['cn', 'paren-cn', 'num', 'paren-num']);
const opensWithItemNumber = (clause: string): boolean => ITEM_KINDS.has(readHeading(clause.trim())?.kind ?? 'dash');

/**
 * The units of the first paragraph's later clauses that are their own `X负责…` (after the clause the subject was
 * found in): co-leads. The paragraph is the text up to its first line break.
 */
export const dutyCoLeads = (text: string, split: Split, isUnit: IsUnit): string[] => {
  const paragraph = text.trim().split('\n')[0] ?? '';
  const clauses = paragraph.split(/[,,。;;!?]/).slice(1);
  const found: string[] = [];
  for (const clause of clauses) {
    // `…,(二)Y负责…`: an item run on after this one (articles printed as one paragraph) is the next item's, not a co-lead.
    if (opensWithItemNumber(clause)) break;
    for (const n of dutySubject(clause, split, isUnit) ?? []) if (!found.includes(n)) found.push(n);
  }
  return found;
};

/** `由X负责…`, `由A、B牵头…` at the sentence's start (an adverb may come between). */
const BY_OPENING = new RegExp(`^由([\\u4e00-\\u9fff()()、]{2,60}?)${ADVERB}?(?:负责|牵头)(?!人|同志)[\\u4e00-\\u9fff,,《“]`);

/**
 * `清理登记工作由X负责,…`, `人民调解由X牵头,…`: the work named first, then handed to its doer by 由. Not a body set up under
 * someone (`建立由X牵头、各部门参与的联席会议`): no 建立/成立 before 由, and no 的 or list after the verb; not a rule
 * (`按照…的原则由业务相近部门负责`).
 */
const BY_AFTER_TOPIC = new RegExp(`^(?![^由]*(?:按照|依照|根据|原则))[\\u4e00-\\u9fff“”《》]{2,30}?(?<![于经理自]|建立|成立|组建|设立|形成|构建|健全|实行|推行)由(?!于|此)([\\u4e00-\\u9fff()()、]{2,60}?)${ADVERB}?(?:负责|牵头)(?!人|同志|的|[、和与及])(?=[\\u4e00-\\u9fff,,。;;《“]|$)`);

export const openingDoers = doersOf(BY_OPENING);
/** BY_AFTER_TOPIC's doers: asked of a task already found only, never to find one (a news story's `…由X负责` is no task). */
export const handedDoers = doersOf(BY_AFTER_TOPIC);

/** `(会议)原则同意/审议通过 X 关于/提交的/提出的/《…`: X proposed what the meeting agreed to. */
const PROPOSER = /^(?:[会會][议議])?(?:原[则則]|研究|讨论|討論|审议|審議)?(?:同意|通过|通過)([\u4e00-\u9fff()()、]{2,40}?)(?:[关關][于於]|(?:提交|提出|上报|上報|报送|報送|起草|拟定|擬定|拟订|擬訂|制定)的|《)/;

export const proposers = doersOf(PROPOSER);
