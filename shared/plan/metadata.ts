// Plan title, issuer, document number and date from the top and bottom of a document.
import { noiseReason } from './noise.js';
import { chineseNumber } from './numbering.js';

const TITLE_WORDS = /(规划|方案|意见|通知|办法|计划|纲要|决定|要点|分解表|措施|细则|实施|行动)/;

/** Looks like a title: short, names a kind of document, no sentence punctuation inside. */
const isTitleLike = (text: string): boolean =>
  text.length >= 6 &&
  text.length <= 80 &&
  TITLE_WORDS.test(text) &&
  !/[。;]/.test(text) &&
  // `市房管局牵头,市规划建设局配合。` names 规划 inside a unit: an assignment, not the document's title.
  !/(牵头|配合|负责|协办)[。,;]?$|[::]/.test(text.replace(/^[^::]{1,8}[::]/, ''));

const cleanTitle = (text: string): string => text.replace(/^[《]|[》]$/g, '').trim();

export const findTitle = (lines: string[]): string => {
  const candidates = lines
    .slice(0, 40)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && noiseReason(l) === null);
  let title = candidates.find(isTitleLike) ?? candidates[0] ?? '';
  // "工作方案:某市…的意见" — a download site's label before the real title.
  const colon = /^[^:]{1,8}[::](.+)$/.exec(title);
  if (colon?.[1] && isTitleLike(colon[1])) title = colon[1];
  // "关于印发《X》的通知": the plan is X.
  const wrapped = /关于印发[《“"]?(.+?)[》”"]?的通知$/.exec(title);
  if (wrapped?.[1]) title = wrapped[1];
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

const ISSUER_END = /(人民政府|政府办公室|政府办公厅|委员会|领导小组|办公室|办公厅|局|厅|委|院|部|中心|总局)$/;
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
    const source = /(?:来源|发布机构|发文机关)\s*[::]?\s*([\u4e00-\u9fa5()()]{3,30}?)(?:\s|时间|发布|$)/.exec(text);
    if (!issuer && source?.[1]) issuer = source[1];
    const published = /(?:时间|发布日期|日期)\s*[::]?\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text);
    if (!issuedOn && published) issuedOn = isoDate(published[1] ?? '', published[2] ?? '', published[3] ?? '');
  }
  for (const text of trimmed.slice(0, 20)) {
    if (issuer || noiseReason(text) !== null) continue;
    const prefix = /^(?:[^::]{1,8}[::])?(.{2,20}?(?:人民政府|政府办公室|办公厅|局|委员会|厅))关于/.exec(text);
    // `【市政府重点工作】滁州市人民政府关于…`, `阳政办〔2019〕1号—区人民政府办公室关于…`: the label and number are not the issuer.
    if (prefix?.[1]) issuer = prefix[1].replace(/^【[^】]*】/, '').replace(/^.*〔\d{4}〕\d+号[—-]*/, '');
  }
  return { issuer, issuedOn };
};
