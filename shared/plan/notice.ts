// A transmittal notice (`各乡镇人民政府,县政府各部门:` / `现将《…分解方案》印发给你们,…通知如下:` / `一、细化任务抓落实。…`
// / `某县人民政府办公室` / `2023年1月3日`): its numbered paragraphs ask the recipients to act on the attached
// plan; they are not the plan's tasks. Read as tasks they stand before the real ones, or alone when the page
// kept only the notice. Notices that assign units themselves (`(牵头单位:X)`) are left to the reader.
import type { SourceLine } from './body.js';
import { toSimplified } from './script-fold.js';
import { subjectUnits } from './subject-units.js';
import { DUTY_VERBS, unitThenDuty } from './unit-duty-lines.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import { isUnitNameList } from './unit-names.js';
import { ADVERB } from './sentence-doers.js';
import { sentenceSubject } from './fallback-leads.js';

const ADDRESSEES = /^(各|省|市|县|区|州|旗|镇|乡)[^。]{2,120}(人民政府|政府|部门|单位|机构|委员会|管委会|办事处|行署|直属机构|各局)[^。]{0,20}[::]\s*$/;
// A long list of addressees (`各街道办事处,区委组织部、监察局、…、石化管理中心:`) names its bodies anywhere.
const ADDRESSEE_LIST = /^各[^。;;::]{2,160}[,,、][^。;;::]*[::]\s*$/;
const BODY = /人民政府|政府|部门|单位|机构|委员会|管委会|办事处|各局/;
const TRANSMITS = /现将.{0,80}(印发|下达|分解)|印发给你们|予以印发|分解下达|予以分解|通知如下/;
// The notice lists its own requirements (`…通知如下:`, `…通知如下,请一并贯彻执行。`): what follows, up to its
// signature, is the notice's text.
const LISTS_REQUIREMENTS = /通知如下/;
const DATE_LINE = /^\s*(?:(?:19|20)\d{2}|[〇零○O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/;
const SIGNATURE = /^[^,。;:]{2,30}(人民政府|政府|办公室|办公厅|委员会|管委会|局|委|厅)$/;
// A notice may close with `特此通知` or its list of attachments instead of a signature before the date.
const CLOSING = /^(特此通知|此通知)。?$|^附件\s*[::\d]/;
const ASSIGNS = /(牵头|责任|配合|协办|主办)(单位|部门)\s*[::]|[((][^()()]{0,40}(牵头|负责|配合|协办)[^()()]{0,40}[))]/;
// The document's own rule in a bracket (`(无牵头单位的,责任单位即为牵头单位,下同)`) assigns no unit.
const HOUSE_RULE = /[((][^()()]*(下同|即为|视为)[^()()]*[))]/g;
// The attached plan's own title (`2023年重点工作任务分解方案`) ends a notice whose signature the page lost.
const PLAN_TITLE = /^[^,,。;;::]{4,50}(方案|计划|要点|清单|分解表|任务表|分工|意见|细则|办法|规划)$/;
const NUMBERED = /^\s*([一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\d]+[))]|\d+[、..])/;

// Traditional-script reposts of notices (現將…印發給你們, 辦公室) read like the simplified originals, on a
// page mixed enough that the whole-page fold (script-fold.ts) left it as it was.
const fold = (text: string): string => toSimplified(text.trim());

/** `市卫生健康委:负责…`, `县教育局:牵头…`: a unit's name alone before the colon, its duties after. */
const UNIT_DUTY = unitThenDuty('[^,,。;;::、\\s]{2,20}', DUTY_VERBS);
const isUnitDutyLine = (text: string): boolean => {
  const m = UNIT_DUTY.exec(text);
  return m?.[1] !== undefined && isUnitNameList([m[1]]);
};

/** `——由市X会同有关部门组织落实。`, `由A、B负责。`: a line (a dash before it or none) that only says who does the work. */
const ASSIGNMENT_DASH = /^(?:——|—|-{1,2})\s*/;
const isAssignmentLine = (text: string): boolean => {
  const rest = text.replace(ASSIGNMENT_DASH, '');
  return (rest !== text || /^由/.test(rest)) && (parseLeadVerbForm(rest)?.leads.length ?? 0) > 0;
};

/** `市招商引资推进办公室每月汇总…`: a unit subject, then how often it does its part. */
const TIMED_SUBJECT = /^([^,,。;;、]{2,20}?)(?:每月|每季度?|每半年|每年|每周|定期|不定期)/;
const isTimedSubject = (text: string): boolean => {
  const unit = TIMED_SUBJECT.exec(text.trim())?.[1];
  return unit !== undefined && isUnitNameList([unit]);
};

/** `由X全面负责…`, `由所在镇人民政府负责`: a clause handing its matter to the unit it names. */
const HANDED_CLAUSE = new RegExp(`^由([^,,。;;]{2,30}?)${ADVERB}?(?:负责|牵头)`);
const isHandedClause = (clause: string): boolean => {
  const unit = HANDED_CLAUSE.exec(clause.trim())?.[1];
  return unit !== undefined && isUnitNameList([unit]);
};

/** A point opened by the units that do it: `县应急管理局负责…`, `县公安局保障…`, `X每月汇总…`. */
const isOpenedByUnits = (text: string): boolean => subjectUnits(text, []) !== null || isTimedSubject(text) || sentenceSubject(text) !== null;

const isAddressees = (text: string): boolean => ADDRESSEES.test(text) || (ADDRESSEE_LIST.test(text) && BODY.test(text));

/** The notice's date line: signed above, or closed by `特此通知` / its attachments within three lines. */
const closingDate = (texts: string[], start: number): number =>
  texts.findIndex((t, i) => i > start && DATE_LINE.test(t) && (SIGNATURE.test(texts[i - 1] ?? '') || texts.slice(Math.max(start, i - 3), i).some((p) => CLOSING.test(p))));

/**
 * A notice cut before its signature (the page ends, or the plan's title follows with no signature): only
 * when the notice says it lists requirements (`通知如下:`), and then up to the plan's title or the end.
 */
const cutNoticeEnd = (texts: string[], start: number): number => {
  const title = texts.findIndex((t, i) => i > start + 1 && PLAN_TITLE.test(t) && !NUMBERED.test(t));
  return (title < 0 ? texts.length : title) - 1;
};

/** The lines of a transmittal notice's own text, from its addressees to its date; empty when there is none. */
export const transmittalNotice = (lines: SourceLine[]): Set<number> => {
  const texts = lines.map((l) => fold(l.text));
  const start = texts.slice(0, 60).findIndex(isAddressees);
  if (start < 0) return new Set();
  // The notice ends with its signature and date; a date with no signature above it may close the plan
  // itself, whose items must not be set aside.
  let end = closingDate(texts, start);
  if (end < 0 && texts.slice(start, start + 4).some((t) => LISTS_REQUIREMENTS.test(t))) end = cutNoticeEnd(texts, start);
  if (end < 0 || end - start > 40) return new Set();
  const span = texts.slice(start, end + 1);
  if (!span.slice(0, 4).some((t) => TRANSMITS.test(t)) || span.some((t) => ASSIGNS.test(t.replace(HOUSE_RULE, '')))) return new Set();
  // A notice that shares the work out itself (`三、任务分工` / `1.县应急管理局负责…。` / `2.县公安局负责…。`): its
  // numbered points, each opened by the units that do it, are the tasks, not requirements on an attached plan.
  // One point may share it out clause by clause (`1、X是负责…的主要职能部门…;Y协助负责…;Z负责…`).
  const assigned = span.filter((t) => NUMBERED.test(t)).flatMap((t) => t.replace(NUMBERED, '').split(/[;;。]/)).filter((c) => c.trim().length > 0 && isOpenedByUnits(c.trim()));
  if (assigned.length >= 2) return new Set();
  // Or its paragraphs themselves, unnumbered (`(一)甲处的职责` / `甲处负责…。`), each opened by the unit that does it.
  if (span.filter((t) => !NUMBERED.test(t) && subjectUnits(t, []) !== null).length >= 2) return new Set();
  // Or one unit a line, its duties after a colon (`市商务局:负责…。`): the plan's division of work, printed as the
  // notice's own body (a repost that starts at the addressees and never prints a plan's title).
  if (span.filter(isUnitDutyLine).length >= 2) return new Set();
  // Or the breakdown itself, each target followed by its own assignment line (`1、…。` / `——由市X会同…组织落实。`):
  // lines that are nothing but an assignment, in any wording the reader knows.
  if (span.filter(isAssignmentLine).length >= 2) return new Set();
  // Or numbered points each handing its matter to a unit in a clause (`1、蓝田猿人遗址,由X全面负责…`).
  if (span.filter((t) => NUMBERED.test(t) && t.split(/[,,;;]/).some(isHandedClause)).length >= 2) return new Set();
  return new Set(lines.slice(start, end + 1).map((l) => l.line));
};
