// A group named with 和 inside (`省有关部门和单位`, `市直相关部门和单位`, `各有关单位和部门`): one group as the
// document prints it, not two units. Only a generic group (有关/相关/各/直属 … 部门) joined to a bare kind word
// (单位/部门) is kept whole; 和 between two real names (`市财政局和市税务局`) still splits.
const GROUP_LEFT = /(有关|相关|有關|相關|各|直属|直屬)[\u4e00-\u9fff]{0,4}(部门|单位|部門|單位|机关|機關)$/;
const BARE_KIND = /^(部门|单位|部門|單位|机构|機構|企业|企業|组织|組織)$/;

/** True when `left和right` is one group as printed, so splitting at the 和 would leave a bare kind word. */
export const isOneGroupAtConjunction = (left: string, right: string): boolean => BARE_KIND.test(right.trim()) && GROUP_LEFT.test(left.trim());
