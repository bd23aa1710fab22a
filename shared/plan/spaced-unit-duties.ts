// A web page that prints its whole text on one line, its paragraphs parted only by a space (a 解读 page:
// `一、起草背景 根据……。 二、主要内容 …… 四、职责分工 区住建局:统筹……。 区城管局:负责……。 市交警支队:负责……`).
// After the headings are cut apart (run-on.ts), two things are still glued:
// - a heading's title and its first paragraph (`起草背景 根据……`): when the words before the space are a title that
//   names no work (non-task-titles.ts: 起草背景, 主要内容, 职责分工 …), the title is the heading's own line and the
//   paragraph goes under it, so a chapter of explanation is read as one and the duties under 职责分工 as its items;
// - several `单位:职责。` paragraphs on one line, each after `。 ` (a full stop and a space): each is an item of its
//   own (written as a circled item, its unit leading by its label), when every paragraph on the line opens with a
//   unit's name and its colon, two at least.
import type { SourceLine } from './body.js';
import { CIRCLED, readHeading } from './numbering.js';
import { isChapter, NON_TASK_TITLE } from './non-task-titles.js';
import { isDepartmentLike } from './unit-names.js';
import { DUTY_SPLIT_TITLE, dutySplitParagraphs } from './duty-split-sentences.js';

/** A title naming a period (`重点禁烧时段`, `实施期限`) and a body of dates only (`2014年10月至2015年3月底。`). */
const SPAN_TITLE = /(时段|时间|期限|时限|日期)$/;
const DATE_SPAN = /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:起)?(?:至|到|—|–|-|~)(?:\d{4}年)?\d{1,2}月(?:底|末|\d{1,2}日)?(?:止)?[。.]?$/;

/** `一、起草背景 根据…`: the number, the title's words, a space, the paragraph. */
const TITLED = /^(\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[、.．]))\s*([\u4e00-\u9fff]{2,10})[\s\u3000]+(\S.*)$/;
/** `区住建局:统筹…`: a unit's name and its colon opening a paragraph. */
const LABELLED = /^([\u4e00-\u9fff()()、]{2,30})[::]\s*\S/;

/** Each paragraph as a circled item of the source line, ① first, for the body reader's item readers. */
const circledLines = (line: SourceLine, paragraphs: string[]): SourceLine[] =>
  paragraphs.map((p, i) => ({ line: line.line, text: `${CIRCLED[i] ?? ''}${p}` }));

/** A role's label (`牵头单位:`, `责任部门:`) is no unit's name. */
const ROLE_LABEL = /牵头|责任|配合|参与|协办|主办|承办|协作|协同|联系|单位$|部门$/;

const opensWithUnit = (paragraph: string): boolean => {
  const unit = LABELLED.exec(paragraph)?.[1];
  return unit !== undefined && isDepartmentLike(unit) && !ROLE_LABEL.test(unit);
};

/** The line's `单位:职责。` paragraphs as circled items, or null when it is not made of them alone. */
const unitParagraphs = (line: SourceLine): SourceLine[] | null => {
  const paragraphs = line.text.trim().split(/(?<=。)[\s\u3000]+/).filter(Boolean);
  if (paragraphs.length >= 2 && paragraphs.every(opensWithUnit)) return circledLines(line, paragraphs);
  return cutPageParagraphs(line, paragraphs) ?? runningLabelParagraphs(line);
};

/** `。` then, with or without a space, a unit's name (or two, `A、B`) and its colon. */
const LABEL_AFTER_STOP = /(?<=。)[\s\u3000]*(?=[\u4e00-\u9fff()()、]{2,30}[::])/g;

/**
 * The same paragraphs run into one paragraph with no space at all (`教体局:制定……。公安局:抽调……。同时,……。卫健局:
 * 安排……`): cut at each full stop a unit's label follows, when the paragraph opens with one and three at least follow
 * one another; a sentence with no label stays with the unit before it. A label of two units (`A、B:`) is read as both.
 */
const runningLabelParagraphs = (line: SourceLine): SourceLine[] | null => {
  const text = line.text.trim();
  const parts = text.split(LABEL_AFTER_STOP).map((p) => p.trim()).filter(Boolean);
  const opens = (p: string): boolean => {
    const unit = LABELLED.exec(p)?.[1];
    return unit !== undefined && unit.split('、').every((u) => isDepartmentLike(u) && !ROLE_LABEL.test(u));
  };
  if (parts.length < 3 || !parts.every(opens)) return null;
  return circledLines(line, parts);
};

// A page of a document printed in parts (`[接上页]`, `【续上页】`, `(接上页)`): the mark before its first paragraph.
const PAGE_MARK = /^([[【〔((](?:接|续)[^\]】〕))]{0,6}[\]】〕))])\s*/;
/** `市海洋与渔业局:` with nothing after it: where the page was cut. */
const CUT_LABEL = /^([\u4e00-\u9fff()()]{2,30})[::]$/;
const isCutLabel = (p: string): boolean => {
  const unit = CUT_LABEL.exec(p)?.[1];
  return unit !== undefined && isDepartmentLike(unit) && !ROLE_LABEL.test(unit);
};

/**
 * The same paragraphs on a page cut out of a longer one: after the page's mark (`[接上页] 市交通局:…。 市水利局:…`),
 * and ending with the next unit's label the page cut off (`… 市海洋与渔业局:`). The mark and the cut label are lines
 * of their own, no item; only when three paragraphs at least open with their unit, so a line of two is not taken.
 */
const cutPageParagraphs = (line: SourceLine, paragraphs: string[]): SourceLine[] | null => {
  const first = paragraphs[0] ?? '';
  const mark = PAGE_MARK.exec(first);
  const body = mark ? [first.slice(mark[0].length), ...paragraphs.slice(1)] : [...paragraphs];
  const last = body.at(-1) ?? '';
  const cut = body.length > 1 && isCutLabel(last) ? body.pop() : undefined;
  if ((!mark && cut === undefined) || body.length < 3 || !body.every(opensWithUnit)) return null;
  return [
    ...(mark?.[1] ? [{ line: line.line, text: mark[1] }] : []),
    ...circledLines(line, body),
    ...(cut ? [{ line: line.line, text: cut }] : []),
  ];
};

export const splitSpacedUnitDuties = (line: SourceLine): SourceLine[] => {
  const m = TITLED.exec(line.text);
  if (m?.[1] && m[2] && m[3] && readHeading(line.text.trim()) !== null && (NON_TASK_TITLE.test(m[2]) || isChapter(m[2]))) {
    const body = { line: line.line, text: m[3].trim() };
    // Under 职责分工 the paragraph is the split itself: its unit-opened sentences are items (duty-split-sentences.ts).
    const split = DUTY_SPLIT_TITLE.test(m[2]) && !unitParagraphs(body) ? dutySplitParagraphs(body.text) : null;
    const under = split ? split.map((text) => ({ line: line.line, text })) : (unitParagraphs(body) ?? [body]);
    return [{ line: line.line, text: `${m[1].trim()}${m[2]}` }, ...under];
  }
  // `二、重点禁烧时段 2014年10月至2015年3月底。`: a period's title and its dates, a schedule line (schedule-items.ts).
  if (m?.[1] && m[2] && m[3] && SPAN_TITLE.test(m[2]) && DATE_SPAN.test(m[3].trim())) return [{ line: line.line, text: `${m[1].trim()}${m[2]}:${m[3].trim()}` }];
  if (readHeading(line.text.trim()) !== null) return [line];
  return unitParagraphs(line) ?? [line];
};
