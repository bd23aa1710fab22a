// An item whose prose names the units' roles in sentences of their own, the unit as the sentence's subject:
// `二、压实责任` / `市某某局为该项工作的牵头责任单位,负责…。市甲局、市乙局、某县政府为协办单位,…。` — the unit
// `为…牵头(责任)单位` (or 主办/主责/责任单位) leads, the units `为协办(配合/参与/协作)单位` take part; and
// `三、加强督办` / `市政府督查室要将该项工作纳入…。`: an item titled on its own line (a few words, no unit), whose
// body's first sentence opens with one body's name and 要 — that body leads (not under an organisation heading
// such as `(二)职责分工`), or 负责 when the heading names that body (`(一)甲处的职责范围` / `甲处负责…`). Asked last
// by the clause reader (clause.ts), so every label, bracket and verb form read before wins; nothing is taken out.
import type { Clause } from './clause.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, isUnitInList, splitUnitList } from './unit-names.js';

const LEAD_ROLE = /^([\u4e00-\u9fff、()()]{2,80}?)(?:为|是)[\u4e00-\u9fff“”]{0,30}?的?(?:牵头|主办|主责|总牵头)(?:责任)?单位/;
const PART_ROLE = /^([\u4e00-\u9fff、()()]{2,200}?)(?:为|是)[\u4e00-\u9fff“”]{0,20}?的?(?:协办|配合|参与|协作|协助|成员)单位/;
const SUBJECT_DUTY = /^([\u4e00-\u9fff()()]{3,20}?)要[\u4e00-\u9fff]{2}/;
const OWN_DUTY = /^([\u4e00-\u9fff()()]{3,20}?)(?:要|负责)(?!人|同志)[\u4e00-\u9fff]{2}/;
/** An organisation's heading (`(二)职责分工`, `工作机构`) says who sits where, not a work item. */
const ORGANISATION = /分工|职责|机构|组织|领导|成员/;

const unitsOf = (written: string): string[] | null => {
  const names = splitUnitList(written);
  return names.length > 0 && names.every((n) => isUnitInList(n, names) && isDepartmentLike(n) && !/^(各|有关|相关|其他|本|该)/.test(n)) ? names : null;
};

/** Helpers named by `为协办单位`: the sentence says they are units, so groups (`各乡镇`, `相关部门`) count too. */
const helpersOf = (written: string): string[] | null => {
  const names = splitUnitList(written);
  return names.length > 0 && names.some((n) => isDepartmentLike(n) || isUnitInList(n, names)) && names.every((n) => !/(长|书记|主任|同志)$/.test(n)) ? names : null;
};

export const designatedRoles = (raw: string, carried: string[]): Clause | null => {
  const text = foldPunctuation(raw).trim();
  const sentences = text.split(/[。;\n]/).map((s) => s.trim()).filter(Boolean);
  let leads: string[] = [];
  const participants: string[] = [];
  for (const s of sentences) {
    const lead = LEAD_ROLE.exec(s);
    const leading = lead?.[1] ? unitsOf(lead[1]) : null;
    if (leading) leads.push(...leading.filter((n) => !leads.includes(n)));
    const part = PART_ROLE.exec(s);
    const helping = part?.[1] ? helpersOf(part[1]) : null;
    if (helping) participants.push(...helping.filter((n) => !participants.includes(n)));
  }
  if (leads.length === 0) {
    const [title, body] = text.split('\n');
    const first = body?.split(/[。;,]/)[0] ?? '';
    // `(一)甲处的职责范围` / `甲处负责…`: the heading names the body the sentence opens with, 负责 or 要 after it.
    const own = title ? OWN_DUTY.exec(first) : null;
    const named = own?.[1] && title?.startsWith(own[1]) ? own : null;
    const m = named ?? (title && title.length <= 12 && !/[,,、::;。]/.test(title) && !ORGANISATION.test(title) ? SUBJECT_DUTY.exec(first) : null);
    // A body's name: it ends like a unit's (isDepartmentLike, unit-names.ts).
    const unit = m?.[1] && isDepartmentLike(m[1]) ? unitsOf(m[1]) : null;
    if (unit?.length === 1) leads = unit;
  }
  if (leads.length === 0) return null;
  return { responsibility: { leads, participants: participants.filter((n) => !leads.includes(n)), isLeadInferred: false }, rest: raw, raw: '', raws: [], carried };
};
