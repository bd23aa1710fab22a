// `相关行业、领域监管部门`, `各有关行业、领域主管部门`: a group named by 相关/有关 whose first part is a bare word (no
// unit's ending) and whose last part carries the one 部门/单位 they share is one group of units, as printed — not
// `相关行业部门` and `领域监管部门`. `有关部门、有关直属单位` (the first part a unit word) stays two.
// Used by splitDepartmentNames (department-names.ts) beside its UNSPLITTABLE prefixes.

/** A prefix of a list that must not be split at its first `、`. */
export const GENERIC_GROUP = /^各?(?:相关|有关)(?!部门|单位|机构)[\u4e00-\u9fff]{2}、(?!各|相关|有关)[\u4e00-\u9fff]{2,6}(?:部门|单位)(?![\u4e00-\u9fff])/;
