// Plan title, issuer, document number and date from the top and bottom of a document.
import { noiseReason } from './noise.js';
import { chineseNumber } from './numbering.js';

// Simplified and traditional forms: reposted pages keep either.
const TITLE_WORDS = /(规划|規劃|方案|意见|意見|通知|办法|辦法|计划|計劃|纲要|綱要|决定|決定|要点|要點|分解表|措施|细则|細則|实施|實施|行动|行動|清单|清單|分工|分解|任务表|指标体系|目标表|进度表|情况表|推进情况|进展情况|完成情况|主要指标|指标表|简表)/;

/** A document's own kind at the end of its title (`…的通知`, `…分解表`, `…方案(2019-2020年)`). */
const TITLE_END = /(规划|規劃|方案|意见|意見|通知|办法|辦法|计划|計劃|纲要|綱要|决定|決定|要点|要點|表|措施|细则|細則|清单|清單|分工|分解|体系|情况|指标)(\s*[((][^()()]{1,20}[))])?$/;

/**
 * Not a title whatever words it holds: a table row, a breadcrumb or markup, the salutation (ends with a
 * colon), a numbered item or 【label】, a bare document number, a date.
 */
const isNeverTitle = (text: string): boolean =>
  /[|│┃]|[>>]|^</.test(text) ||
  /[::]$/.test(text) ||
  /(责任单位|牵头单位|配合单位|责任部门|序号)/.test(text) ||
  /^([一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\d]+[))]|【)/.test(text) ||
  /^[\u4e00-\u9fa5]{1,8}\s*[〔\[【(]\s*(19|20)\d{2}\s*[〕\]】)]\s*\d+\s*[号號]$/.test(text) ||
  /^[((]?[\d〇零O○一二三四五六七八九十]{4}\s*年.{1,6}日[))]?$/.test(text);

/** Page labels a reposting site puts before the title (`文档介绍:`, `附件1`, `1.` before an attachment's name). */
const stripLabels = (text: string): string =>
  text
    .replace(/^(文档介绍|文档名称|标\s*题|名\s*称)\s*[::]\s*/, '')
    .replace(/^附件\s*\d*\s*[::]?\s*/, '')
    .replace(/^【[^】]{1,20}】(?=.{6,})/, '')
    .replace(/^[\u4e00-\u9fa5]{1,8}\s*[〔\[【(]\s*(19|20)\d{2}\s*[〕\]】)]\s*\d+\s*[号號](?=.{6,})/, '')
    // A notice's title run into what follows it on the page (`…的通知闽政办〔2011〕…`, `…的通知各街道办事处、…`).
    .replace(/^([^《,,。]{2,40}(?:关于|關于|關於)[^,,。]{2,60}?的(?:通知|意见|意見|决定|決定))\S.*$/, '$1')
    // Letters spaced out for the page (`的 实 施 意 见`).
    .replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, '')
    .replace(/^\d{1,2}\s*[.、.]\s*(?=\S.*(表|方案|清单|分工|分解|计划|情况)$)/, '')
    .replace(/\.(docx?|xlsx?|pdf|wps)$/i, '')
    .trim();

/** Looks like a title: short, names a kind of document, no sentence punctuation inside. */
const isTitleLike = (text: string): boolean =>
  text.length >= 6 &&
  text.length <= 80 &&
  TITLE_WORDS.test(text) &&
  !isNeverTitle(text) &&
  !/[。;]/.test(text) &&
  // A comma is a sentence's, unless the line is a `关于…的通知` whose subject has one.
  (!/[,,]/.test(text) || /关于.+的(通知|意见|决定|批复|函)$/.test(text)) &&
  // `市房管局牵头,市规划建设局配合。` names 规划 inside a unit: an assignment, not the document's title.
  !/(牵头|配合|负责|协办)[。,;]?$|[::]/.test(text.replace(/^[^::]{1,8}[::]/, ''));

const cleanTitle = (text: string): string => text.replace(/^[《]|[》]$/g, '').trim();

/** The plan a notice issues: `关于印发《X》的通知` → X (also with 〈〉 or quotes, or no marks at all). */
const unwrapNotice = (title: string): string => {
  const wrapped = /(?:关于|關于|關於)(?:印发|印發)(?:实施|實施)?\s*[《〈“"<]?(.+?)[》〉”">]?\s*的通知$/.exec(title);
  return wrapped?.[1] ?? title;
};

/**
 * A plan the page says it issues, named in a sentence near the top (`现将《X》印发给你们`, `日前,潮州印发《X》。`);
 * not a document it cites (`根据《…》`, `为贯彻落实《…》`).
 */
const quotedPlan = (lines: string[]): string => {
  for (const line of lines) {
    for (const m of line.matchAll(/(?:印发|印發|现将|現將|制定|出台|发布|發布)[了的]?《([^《》]{6,60})》/g)) {
      const name = m[1] ?? '';
      if (TITLE_END.test(name) && !/政府工作报告》?$/.test(name) && name !== '政府工作报告') return name;
    }
  }
  return '';
};

/**
 * The document's title from its first lines, or '' when none is there (the caller then names the plan
 * after its file, and the person can rename it in the preview). A title broken after 关于 is joined.
 */
/** A plan whose document names no title is named after its file (`2021年民生实事分解表.xlsx` → its stem). */
export const titleFromFileName = (fileName: string): string => fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();

export const findTitle = (lines: string[]): string => {
  const candidates = lines
    .slice(0, 40)
    .map((l) => stripLabels(l.trim().replace(/\s*\|\s*$/, '').replace(/[-—]\s*[\u4e00-\u9fa5]{2,12}(门户网站|门户|网站|政府网)$/, '')))
    .filter((l) => l.length > 0 && noiseReason(l) === null);
  const joined = candidates.map((l, i) => (/(关于|關于|關於)$/.test(l) && candidates[i + 1] ? `${l}${candidates[i + 1]}` : l));
  let title = joined.find(isTitleLike) ?? '';
  // "工作方案:某市…的意见" — a download site's label before the real title.
  const colon = /^[^:]{1,8}[::](.+)$/.exec(title);
  if (colon?.[1] && isTitleLike(colon[1])) title = colon[1];
  title = unwrapNotice(title);
  if (!title || !TITLE_END.test(title)) title = quotedPlan(candidates) || title;
  return cleanTitle(title);
};

const DOC_NUMBER = /([\u4e00-\u9fa5]{1,8}[\u3014\[\u3010( ]\s*(?:19|20)\d{2}\s*[\u3015\]\u3011)]\s*\d{1,4}\s*号)/;

export const findDocNumber = (lines: string[]): string => {
  for (const raw of lines.slice(0, 40)) {
    const text = raw.trim();
    const labelled = /文\s*号\s*[::]?\s*(.+)$/.exec(text);
    const m = DOC_NUMBER.exec(labelled?.[1] ?? text);
    // A number cited inside a sentence belongs to another document; only a line of its own counts.
    if (m?.[1] && (labelled || text.length <= m[1].length + 4)) return m[1].replace(/\s+/g, '');
  }
  return '';
};

const ISSUER_END = /(人民政府|政府|办|政府办公室|政府办公厅|委员会|领导小组|办公室|办公厅|局|厅|委|院|部|中心|总局)$/;
const DATE_LINE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

const isoDate = (y: string, m: string, d: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', O: '0', o: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

const CHINESE_DATE = /[〇零O○o一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日/;

/** `二〇一七年五月十二日` → `2017年5月12日`, so the signature date reads like an Arabic one. */
export const arabicDate = (text: string): string => {
  const m = /^([〇零O○o一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/.exec(text.trim());
  if (!m) return text;
  const year = [...(m[1] ?? '')].map((c) => YEAR_DIGITS[c] ?? '').join('');
  const month = chineseNumber(m[2] ?? '');
  const day = chineseNumber(m[3] ?? '');
  return Number.isFinite(month) && Number.isFinite(day) ? `${year}年${month}月${day}日` : text;
};

export const findIssuerAndDate = (lines: string[]): { issuer: string; issuedOn: string } => {
  const trimmed = lines.map((l) => arabicDate(l.trim()));
  let issuer = '';
  let issuedOn = '';
  // The signature: an issuing body on the line just above the date.
  for (let i = trimmed.length - 1; i > 0; i -= 1) {
    const date = DATE_LINE.exec(trimmed[i] ?? '');
    if (!date) continue;
    issuedOn = isoDate(date[1] ?? '', date[2] ?? '', date[3] ?? '');
    let j = i - 1;
    while (j > 0 && (trimmed[j] ?? '') === '') j -= 1;
    const above = trimmed[j] ?? '';
    if (above.length <= 30 && ISSUER_END.test(above)) issuer = above;
    break;
  }
  // A page that ran the signature into its text (`…情况表二○○九年五月十四日主题词:…`): a date written in
  // Chinese numerals is the signature's wherever it stands (nothing else is written that way).
  if (!issuedOn) {
    for (const text of [...lines].reverse()) {
      const m = CHINESE_DATE.exec(text);
      const date = m ? DATE_LINE.exec(arabicDate(m[0])) : null;
      if (date) {
        issuedOn = isoDate(date[1] ?? '', date[2] ?? '', date[3] ?? '');
        break;
      }
    }
  }
  for (const text of trimmed.slice(0, 40)) {
    const source = /(来源|发布机构|发文机关)\s*[::]?\s*([\u4e00-\u9fa5()()]{3,30}?)(?:\s|时间|发布|$)/.exec(text);
    // 来源 on a reposting page is often the site (`来源:某某微信`, `来源:某某考试网`): only a body counts there.
    if (!issuer && source?.[2] && (source[1] !== '来源' || ISSUER_END.test(source[2]))) issuer = source[2];
    const published = /(?:时间|发布日期|日期)\s*[::]?\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text);
    if (!issuedOn && published) issuedOn = isoDate(published[1] ?? '', published[2] ?? '', published[3] ?? '');
  }
  for (const text of trimmed.slice(0, 20)) {
    if (issuer || noiseReason(text) !== null) continue;
    const prefix = /^(?:[^::]{1,8}[::])?(.{2,20}?(?:人民政府|政府办公室|办公厅|局|委员会|厅))关于/.exec(text);
    // `【市政府重点工作】滁州市人民政府关于…`, `阳政办〔2019〕1号—区人民政府办公室关于…`: the label and number are not the issuer.
    // A reposting site's `Page 6 - ` before the name is page furniture: a body's name starts with a Chinese character.
    // `为落实《广东省人民政府关于…》`: a body named inside a citation is not the issuer.
    if (prefix?.[1] && !/[《〈“"]/.test(prefix[1])) issuer = prefix[1].replace(/^【[^】]*】/, '').replace(/^.*〔\d{4}〕\d+号[—-]*/, '').replace(/^[^\u4e00-\u9fa5]+/, '');
  }
  return { issuer, issuedOn };
};
