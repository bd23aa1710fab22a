// The paragraph under a duty split's heading (`三、职责分工 按照…的原则,各村是…责任主体,…。 农业办积极开展…。
// 企管站做好…。`), glued to it on a one-line page: it is the split itself, not a description. Each of its
// paragraphs (parted by `。 `) that opens with a unit and its verb is that unit's task, and one that names a
// unit as the work's 责任主体/责任单位 (`…,各村是…工作责任主体,…`) is that unit's. Written as circled `X:…` items,
// the unit before its colon leading, for the body reader; a paragraph that names no unit stays text.
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';
import { CIRCLED } from './numbering.js';

/** A heading's title that says its section shares the work out among units. */
export const DUTY_SPLIT_TITLE = /^(?:(?:部门|单位|工作|主要)?(?:职责|職責|责任|責任)分工|(?:部门|单位|各部门|相关部门|有关部门|成员单位)(?:工作)?(?:职责|職責)|工作职责|职责任务|任务分工|(?:工作|部门|单位|成员单位)分工|分工负责)$/;

/** `农业办积极开展…`, `县林业站、县农技站负责…`: a unit (or a short list) and the verb it opens its work with. */
const OPENED = /^([\u4e00-\u9fff()()、]{2,30}?)(?:要|应|须)?(?=(?:积极|负责|做好|抓好|牵头|加强|开展|组织|配合|协助|会同|切实|认真|全力|主动|及时|督促|指导|落实|承担|依法|严格|加大)[\u4e00-\u9fff])/;
/** `…,各村是/为…(工作)责任主体`: the unit named as the one that answers for the work. */
const NAMED_OWNER = /(?:^|[,,;;])\s*([\u4e00-\u9fff()()、]{2,20}?)(?:是|为)[^。;;]{0,30}?(?:责任主体|责任单位|第一责任单位)/;

const isUnits = (text: string): boolean => {
  const names = splitUnitList(text);
  return names.length > 0 && names.length <= 4 && isUnitNameList(names) && names.every((n) => isDepartmentLike(n) || /^各[\u4e00-\u9fff]{1,4}$/.test(n));
};

/** The paragraph as `X:…` when a unit opens it or is named its owner, else null. */
const asUnitItem = (paragraph: string): string | null => {
  const opened = OPENED.exec(paragraph);
  // A list opening the sentence (`A、B负责…`) is a bare list, as the keys read a subject list: the first leads.
  if (opened?.[1] && isUnits(opened[1])) {
    const rest = paragraph.slice(opened[0].length);
    return splitUnitList(opened[1]).length > 1 ? `${rest.replace(/。$/, '')}(责任单位:${opened[1]})。` : `${opened[1]}:${rest}`;
  }
  const owner = NAMED_OWNER.exec(paragraph.split('。')[0] ?? '');
  if (owner?.[1] && isUnits(owner[1])) return `${owner[1]}:${paragraph}`;
  return null;
};

/**
 * The body's paragraphs as lines: units' items circled, other paragraphs as they are; null unless two paragraphs
 * at least are units' items.
 */
export const dutySplitParagraphs = (body: string): string[] | null => {
  const paragraphs = body.trim().split(/(?<=。)[\s\u3000]+/).filter(Boolean);
  const read = paragraphs.map(asUnitItem);
  if (read.filter((r) => r !== null).length < 2) return null;
  let n = 0;
  return paragraphs.map((p, i) => {
    const item = read[i];
    if (item === null || item === undefined) return p;
    n += 1;
    return `${CIRCLED[n - 1] ?? ''}${item}`;
  });
};
