// The words around a list of units that name no unit of their own (a lead-in before a name, a head after it, an
// "and the others" closing the list), in one place for the list splitter (unit-names.ts) and generic-tails.ts.

/**
 * A list's own words for "and the others" after its last unit: 等, a level (`区级`, `市直`, `区政府`), 有关/相关, a
 * kind (`等部门`, `等省直有关部门`, `等区政府有关部门`), as a regular expression's source.
 */
export const ETC_TAIL = '等(?:[省市州区县镇乡](?:政府|人民政府|[直级属])?)?(?:有关|相关|其他)?(?:部门|单位|机构|部門|單位)';

/** A word leading into a name (`即县水务局`, `特别是…乡镇`, `其权属单位`); `属地乡镇政府` keeps its 属地, as keys print it. */
export const LEAD_IN = /^(?:即|特别是|尤其是|其中|其(?![他它余]))(?=[\u4e00-\u9fff]{3})/;

/** `盘龙区政府主要领导`, `市公安局主要负责同志`: a unit's head named after it (a `责任单位及责任人` list). */
export const HEAD_AFTER_UNIT = /(?:的)?(?:主要领导|主要负责人|主要负责同志|负责同志|分管领导|主要领导同志)$/;
