// A 责任单位 cell read on its own: labels inside it, 牵头/配合 verbs, `A会同B`, a role verb closing the list, or a
// bare list whose first unit leads (inferred) unless a unit carries its own (牵头) mark.
import { splitDepartmentNames } from './department-names.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';
import { applyLeadMarks } from './lead-marks.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import { parseResponsibility, startsWithResponsibility, type Responsibility } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { ROLE_WITH_UNIT } from './role-words.js';

/** A label anywhere in a cell (`区住建局;配合单位:区城管局`), in any office's words (role-words.ts). */
const LABEL_IN_CELL = new RegExp(`${ROLE_WITH_UNIT.source}\\s*[::]`);

/**
 * `A、B、C配合落实` in a 责任单位 cell: a role verb closing the whole list, with no lead named, says how the
 * units work, not a part of the last one's name. It comes off; the list reads as a bare list.
 */
const TRAILING_ROLE = /(?:(?:配合|协助|协同|参与|共同)(?:落实|实施|推进|完成|负责)?|负责(?:落实|实施)?)$/;
const withoutTrailingRole = (text: string): string => {
  const trimmed = text.trim().replace(/[。;;,,]$/, '');
  const stripped = trimmed.replace(TRAILING_ROLE, '');
  return stripped !== trimmed && isUnitNameList(splitUnitList(stripped)) ? stripped : text;
};

/**
 * `宣传处会办公室`: 会 for 会同 between two units, each ending as a whole unit does — the first in an office's own end
 * (局, 处, 室, 科, 中心 …; not 委, whose 委会 is a committee's short name: `安委会办公室`), the second a unit whose first
 * character makes no word with 会 (会计核算中心, 会展办, 会议中心, 会员服务部 stay one name).
 */
const TERSE_WITH = /^([\u4e00-\u9fff]{1,20}(?:局|处|室|科|股|中心|厅|院|所|站|队|办|司))会(?![计展议务员所馆堂场商谈考战诊签审聚演址期费长同])([\u4e00-\u9fff]{2,20})$/;

export const readResponsibilityCell = (text: string): Responsibility => {
  if (startsWithResponsibility(text) || LABEL_IN_CELL.test(foldPunctuation(text))) return parseResponsibility(text);
  // `县人社局牵头,县教育局、县卫健局配合` in a 责任单位 cell: the verbs say who leads, as in the text.
  // `A、B等按职责分工落实`: verbs that share the work out say so as plainly.
  const byVerbs = /牵头|配合|协同|协助|参与|负责|按照?职责|落实|主办|承办/.test(text) ? parseLeadVerbForm(text) : null;
  if (byVerbs && byVerbs.leads.length > 0) return byVerbs;
  // `宣传处会同办公室` in a cell, no verb after: the first works with the second, who takes part.
  // A terse table writes 会 alone for 会同 (`宣传处会办公室`) — see TERSE_WITH for when that is read so.
  const withOther = /^([^,,;;]{2,40}?)会同([^,,;;]{2,60})$/.exec(text.trim()) ?? TERSE_WITH.exec(text.trim());
  const first = withOther?.[1] ? splitUnitList(withOther[1]) : [];
  const others = withOther?.[2] ? splitUnitList(withOther[2]) : [];
  if (isUnitNameList(first) && isUnitNameList(others)) return { leads: first, participants: others, isLeadInferred: false };
  const names = splitDepartmentNames(withoutTrailingRole(text));
  // `区住建局(牵头)、各区政府`: a unit's own mark decides (lead-marks.ts), as in a labelled list.
  return applyLeadMarks({ leads: names.slice(0, 1), participants: names.slice(1), isLeadInferred: names.length > 0 });
};
