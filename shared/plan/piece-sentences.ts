// Sentence-level text helpers of the last-resort piece reader (unit-led-pieces.ts): where a line's sentences end,
// the marks before a sentence's words (a list number, a counted part's 一是, a notice's 请), and the sentences that
// speak for the notice itself (its account, a document's title, a heading).
import { readHeading } from './numbering.js';

const SHI = '一二三四五六七八九十';

/**
 * `…以下几点工作安排:一是A尽快…方案二是B牵头,…三是…`: parts counted 一是, 二是 … inside a paragraph, run together
 * without a stop between them, are sentences of their own. A stop goes before each mark that counts on from the one
 * before it, once 一是 opens a clause.
 */
const breakAtShi = (text: string): string => {
  const first = /(?:^|[。;;,,::])一是/.exec(text);
  if (!first) return text;
  let out = text;
  let from = first.index + first[0].length;
  for (const numeral of SHI.slice(1)) {
    const at = out.indexOf(`${numeral}是`, from);
    if (at < 0) break;
    if (!/[。;;!?!?]/.test(out[at - 1] ?? '')) out = `${out.slice(0, at)}。${out.slice(at)}`;
    from = out.indexOf(`${numeral}是`, from) + 2;
  }
  return out;
};

/** `一是全面梳理,协同攻坚。`: a counted part's heading, short and with no stop inside. */
export const SHI_HEADING = new RegExp(`^[${SHI}]是[^。;;]{2,20}[。;;]?$`);

/** Sentences of a line, each with its closing mark. */
export const sentences = (text: string): string[] => breakAtShi(text).match(/[^。;;!?!?]+[。;;!?!?]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [];

const SHI_MARK = new RegExp(`^[${SHI}]是`);

/** A list number (`1.`, `(二)`) or a counted part's mark (`三是`) before the sentence's words. */
export const withoutNumber = (text: string): string => readHeading(text)?.rest ?? text.replace(SHI_MARK, '');

/** `请市局各科室立即…`, `责成物业公司要…`: a notice asks the unit after 请 or 责成 to act; the word is no part of its name. */
const withoutRequest = (text: string): string => text.replace(/^(?:请|责成)(?=[\u4e00-\u9fff]{3})/, '');

/** A sentence or clause as its doer is looked for: no list number or counted part's mark, no 请/责成 before the unit. */
export const bareClause = (text: string): string => withoutRequest(withoutNumber(text.trim()));

/** A short line with no sentence mark that is numbered or stands alone: a heading, which ends a label's hold. */
export const isHeading = (text: string): boolean => text.length <= 30 && !/[。;;,,]/.test(text) && (readHeading(text) !== null || text.length <= 16);

/** How a notice's own account opens: a date, its purpose, or what it reports. */
export const NARRATIVE = /^(?:\d{4}年|\d{1,2}月\d{1,2}日|为(?![\u4e00-\u9fff]{0,3}[::])|根据|按照|现将|近日|日前|近期|今年以来)/;

export const ABOUT_A_DOCUMENT = /^《[^》]{1,80}》(?:已经|已|经|现|予以|印发)/;

/** A clause that says who and nothing else: `由X会同有关部门组织落实。`, `A牵头,B配合。`. */
export const WHO_ONLY = /(?:牵头|负责|落实|配合|办理|实施|承办|主办|协办|执行)[。;;]?$/;
