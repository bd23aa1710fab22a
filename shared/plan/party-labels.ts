// Labels that name the parties of a duty rather than a unit's role (`主体责任:X,监督责任:Y`, a 督查通报's bracket
// after each problem): the party that must act leads, the supervising one takes part.

/**
 * The party that answers for the fix itself: `主体责任`, `整改主体`, `主体责任单位`, read as a bare list's label (as
 * `责任主体` = 责任 + 主体 already is): beside a supervising label its units lead; beside a `牵头部门:` label they
 * take part, as the keys read `牵头部门:X 协作部门:Y 主体责任单位:各村`.
 */
export const ACTING_PARTY_LABELS = ['主体责任单位', '主体责任部门', '主体责任', '整改主体', '整治主体', '整改责任主体'];

/**
 * The party that supervises or regulates it: `监督责任`, `监管责任`, `行业监管`. A `监督单位` / `督办单位` field
 * stays an overseer's (responsibility.ts OTHER_FIELD_WORD: it neither leads nor takes part); these words name a
 * share of the duty, and the keys read their units as taking part.
 */
export const SUPERVISING_PARTY_LABELS = ['监督责任', '监管责任', '监管责任单位', '监管责任部门', '行业监管责任', '行业监管'];

const PARTY_LABELS = new Set([...ACTING_PARTY_LABELS, ...SUPERVISING_PARTY_LABELS]);

/**
 * These words end many a phrase (`落实企业主体责任:`, `压实部门监管责任:`): a party label only where no other
 * word runs into it — at the start, or after a bracket, a space or a separator.
 */
export const isStrayPartyLabel = (label: string, before: string): boolean => PARTY_LABELS.has(label) && /[\u4e00-\u9fffA-Za-z0-9]$/.test(before);
