// `各县(市)及相关区政府`: every place of one level (its note kept) and the related places of another, one 政府 printed
// once for both — one group of units, as printed. 及 between two whole units still parts them (`各镇街及相关部门`,
// `市级各有关部门及各县市区政府`): only a bare place group before it (no body of its own: 各县, 各县(市)) and a
// 相关/有关 place group with the 政府 after it are read as one. Asked by splitConjunction (unit-names.ts).

const LEVEL = '(?:街道|[省市州盟县区旗乡镇街])';
const NOTE = '(?:[((][^()()]{1,8}[))])?';
const BARE_PLACE_GROUP = new RegExp(`^各${LEVEL}{1,4}${NOTE}$`);
const RELATED_PLACES_BODY = new RegExp(`^(?:相关|有关)${LEVEL}{1,4}${NOTE}(?:人民)?政府$`);

export const isOnePlaceGroup = (left: string, right: string): boolean => BARE_PLACE_GROUP.test(left.trim()) && RELATED_PLACES_BODY.test(right.trim());
