// An item whose first sentence is only a unit's name (`(五)市X局。对…要…;…` / `3.县Y中心。负责…` / `(二)區Z辦。…`):
// the item is that unit's share of a division of duties, its name the head and its duties the rest, as
// `(五)市X局:…` is written elsewhere. Rewritten so, the unit before the colon leads the item and the title is
// taken from the duties (unit-first.ts reads the colon form).
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';

/**
 * The unit's name, a full stop, then the duties on the same line (a name alone on its line is a heading). A name
 * may hold its own bracket (`县发改局(服务业发展局)`).
 */
const UNIT_HEAD = /^([^。;;::,,、“”《》\s]{2,40})。\s*(\S.{3,})$/;
/** A name that opens with its level (市/县/区/镇…, also in traditional script) is a unit's. */
const LEVEL_FIRST = /^[省市县縣区區州旗乡鄉镇鎮]/;
/** Without its level it must end as a body does, and open with no verb: `优化产业布局。` is a task's own title. */
const BODY_END = /(?:局|委|办|辦|厅|廳|院|股|科|处|處|中心|政府|支行|分行|大队|大隊|支队|站|所|室|会|會|公司|集团)(?:[((][^()()]{2,20}[))])?$/;
const VERB_FIRST = /^(?:优化|加强|加快|推进|推动|完善|健全|建立|提升|深化|强化|做好|抓好|落实|实施|开展|构建|打造|促进|扩大|坚持|全面|着力|统筹|培育|发展|保障|规范|创新|巩固|调整|改善|提高|严格|积极|切实|认真|进一步|关于)/;
const isHeadName = (name: string): boolean => LEVEL_FIRST.test(name) || (BODY_END.test(name) && !VERB_FIRST.test(name));

const colonHead = (line: SourceLine): SourceLine => {
  const text = line.text.trim();
  const heading = readHeading(text);
  if (!heading || heading.kind === 'dash') return line;
  const m = UNIT_HEAD.exec(heading.rest);
  const name = m?.[1];
  if (!m || !name || !isHeadName(name) || !isDepartmentLike(name.replace(/[((][^()()]*[))]$/, ''))) return line;
  const names = splitUnitList(name);
  if (!isUnitNameList(names)) return line;
  return { ...line, text: `${heading.code}${name}:${m[2] ?? ''}` };
};

export const colonUnitHeads = (lines: SourceLine[]): SourceLine[] => lines.map(colonHead);
