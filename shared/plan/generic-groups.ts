// `相关行业、领域监管部门`, `各有关行业、领域主管部门`: a group named by 相关/有关 whose first part is a bare word (no
// unit's ending) and whose last part carries the one 部门/单位 they share is one group of units, as printed — not
// `相关行业部门` and `领域监管部门`. `有关部门、有关直属单位` and `相关街道、区级相关部门` (the first part a unit or a
// place, the second a group of its own) stay two.
// Used by splitDepartmentNames (department-names.ts) beside its UNSPLITTABLE prefixes.

/** A prefix of a list that must not be split at its first `、`. */
export const GENERIC_GROUP =
  /^各?(?:相关|有关)(?!部门|单位|机构|街道|乡镇|镇街|社区|企业|学校|医院|[\u4e00-\u9fff][镇乡区县市村])[\u4e00-\u9fff]{2}、(?:(?!相关|有关|各|级)[\u4e00-\u9fff]){2,6}(?:部门|单位)(?![\u4e00-\u9fff])/;
