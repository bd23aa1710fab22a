// A label with the level of government in front (`市级配合单位:A、B`, `县级牵头单位:X`, `省级督导单位:Y`): a plan
// that names units of two levels says which level a list is of, but the role is the label's. The level goes, so
// every reader below sees the label it knows; an overseer's label (`督导单位:`) stays a field of its own that names
// neither a lead nor a participant.
import { alternatives, OVERSEER_ROLES, ROLE_ALTERNATIVES, UNIT_ALTERNATIVES } from './role-words.js';

/** The levels an office names (`市级`, `县区级`, `乡镇级`), as a regular expression's alternatives. */
const LEVELS = alternatives(['省', '市', '州', '盟', '地', '县', '区', '旗', '乡', '镇', '乡镇', '街道', '县区', '区县', '县市区', '市县', '市州', '省市', '国家']);
/** A label's word as responsibility.ts's LABEL_WORD spells it, or a role word that is a label alone (`牵头:`). */
const LABEL_WORD = `(?:主要|其他|具体|工作)?(?:${ROLE_ALTERNATIVES})(?:责任|负责|落实)?(?:${UNIT_ALTERNATIVES})|牵头|配合|参与|协办|主办`;
const OVERSEER_LABEL = `(?:${alternatives(OVERSEER_ROLES)})(?:责任)?(?:单位|部门)`;

/**
 * The level before a label and what ends it (a colon, or a bracket's close: `【市级牵头单位】`), where a label may start:
 * the line's start, a bracket, a separator. `市级牵头单位要…` in a sentence is no label, nor is a header's cell
 * (`市级牵头单位 | 责任单位`): there the level tells one column from another.
 */
const LEVEL_BEFORE_LABEL = new RegExp(`(^\\s*|[\\s((\\[【〔;;,,。])(?:${LEVELS})级(?=(?:${LABEL_WORD}|${OVERSEER_LABEL})\\s*[::】\\]〕])`, 'g');

export const dropLabelLevel = (line: string): string => line.replace(LEVEL_BEFORE_LABEL, '$1');
