// A text that ends by announcing the duties listed below it (`…。其职责是:`, `X的主要职责为:`, `X为…事业单位,主要职责是:`,
// `X负责以下工作:`), and who it says they are of. One reading for an item over its sub-items (duty-headings.ts) and
// for a line over the items after it (unit-title-lines.ts); each asks for the names it trusts.
import { foldPunctuation } from './text.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

/** The last sentence names whose duties follow (`X的…`, `X为…,…`), or says `其`. Not `主要职责:`, which names no one. */
const OWN_DUTIES = /^(?:其|((?!主要|工作)[^,,。;;]{2,24}?)(为[^,,。;;]{2,30}[,,])?的?)(?:主要)?(?:工作)?(?:职责|职能)(?:任务)?(?:是|为|如下|包括|有)?[::]$/;
/** `X负责以下工作:`, `…,承担下列职责:`: the work follows. */
const WORK_FOLLOWS = /(?:^|[,,])([^,,。;;]{0,24}?)(?:主要)?(?:负责|承担)(?:以下|下列|如下)(?:几项|几个方面)?的?(?:工作|事项|职责|任务|内容)?[::]$/;
/** `园区办为工业园区日常办事机构,…`: the unit an article defines before `其职责是:`. */
const DEFINED_UNIT = /^([\u4e00-\u9fff()()]{2,16}?)(?:为|是|作为)/;

/**
 * `named`: the name before `的职责` (with its `为…,` when the sentence defines it there); `defined`: the unit an earlier
 * sentence defines, before `其职责是:`; `worker`: the name before `负责以下工作`; `whole`: the text is that one sentence.
 */
export type Announcement = { named: string | null; defining: string | null; defined: string | null; worker: string | null; whole: boolean };

/** What the text's last sentence says of the duties below it, or null when it announces none. */
export const announcement = (text: string): Announcement | null => {
  const folded = foldPunctuation(text).trim();
  const last = folded.split(/(?<=[。;;])/).pop()?.trim() ?? '';
  const own = OWN_DUTIES.exec(last);
  const work = own ? null : WORK_FOLLOWS.exec(last);
  if (!own && !work) return null;
  const defined = own && !own[1] && last !== folded ? (DEFINED_UNIT.exec(folded)?.[1] ?? null) : null;
  return { named: own?.[1] ?? null, defining: own?.[2] ?? null, defined, worker: work?.[1] || null, whole: last === folded };
};

/** One unit's name, as a list reader judges it. */
export const isOneUnit = (name: string | null): name is string => name !== null && splitUnitList(name).length === 1 && isUnitNameList([name]);
