// A group named with 和 inside (`省有关部门和单位`, `市直相关部门和单位`, `各有关单位和部门`): one group as the
// document prints it, not two units. Only a generic group (有关/相关/各/直属 … 部门) joined to a bare kind word
// (单位/部门) is kept whole; 和 between two real names (`市财政局和市税务局`) still splits.
const GROUP_LEFT = /(有关|相关|有關|相關|各|直属|直屬)[\u4e00-\u9fff]{0,4}(部门|单位|部門|單位|机关|機關)$/;
const BARE_KIND = /^(部门|单位|部門|單位|机构|機構|企业|企業|组织|組織)$/;

/**
 * A body named by the work it leads (`市娱乐场所及网吧管理工作领导小组办公室`, `县河道及水库管理工作领导小组`): the 及
 * joins the two topics of its name. Only when the right part is such a body with no place of its own and the left
 * part ends in a topic, not in a unit's kind (`县公安局及禁毒工作领导小组` still splits).
 */
const TOPIC_BODY = /^(?![省市县区州乡镇各全本该])[\u4e00-\u9fff]{2,12}工作(?:领导小组|指挥部)(?:办公室)?$/;
const UNIT_END = /(局|委|办|院|站|队|厅|政府|中心|公司|部|会|所|处|科|室)$/;
const TOPIC_END = /(场所|市场|行业|领域|设施|工程|场馆)$/;
const isTopicPair = (left: string, right: string): boolean => TOPIC_BODY.test(right) && (TOPIC_END.test(left) || !UNIT_END.test(left));

/** True when `left和right` is one group as printed, so splitting at the 和 would leave a bare kind word. */
export const isOneGroupAtConjunction = (left: string, right: string): boolean =>
  (BARE_KIND.test(right.trim()) && GROUP_LEFT.test(left.trim())) || isTopicPair(left.trim(), right.trim());
