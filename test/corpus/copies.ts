// The corpus as other hands' copies give it (issue 15): the same document reaches the office through a
// Word file, a PDF viewer, a web page saved as text, a clerk's retyping. Each copy below changes only how
// the text is written, never what it says, so the importer must read every copy as it reads the stored
// text: `npm run corpus -- --copies` prints what each copy costs, and test/unit/plan-copies.test.ts fails on
// any miss a copy has that the stored text does not.
//
// Left out on purpose: copies that change what a name is (、 turned into a comma splits `各县、区政府`
// differently), table layouts that a copy would redraw (tabs between some cells only), and hard wrapping,
// which test/corpus/wrapped.ts measures.
import { scoreCorpus, type DocScore } from './score.js';

const FULL_WIDTH_OFFSET = 0xfee0;
const toFullWidth = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET);

const swap = (map: Record<string, string>) => (text: string): string => text.replace(new RegExp(`[${Object.keys(map).join('')}]`, 'g'), (c) => map[c] ?? c);
const LABEL = '(?:牵头|责任|配合|协办|主办|参与|协同)(?:单位|部门)';

/** Each copy: a name, what it does, and the rewrite. */
export const copies: Record<string, { what: string; rewrite: (text: string) => string }> = {
  crlf: { what: 'Windows line ends (\\r\\n)', rewrite: (t) => t.replace(/\n/g, '\r\n') },
  'half-width': { what: '::()(),,;; written half-width', rewrite: swap({ ':': ':', '(': '(', ')': ')', ',': ',', ';': ';' }) },
  'full-width': { what: ':(),; written full-width', rewrite: swap({ ':': ':', '(': '(', ')': ')', ',': ',', ';': ';' }) },
  'full-width-numbers': { what: 'item numbers in full-width digits (1.→1.)', rewrite: (t) => t.replace(/^(\s*)(\d{1,2})([.、])/gm, (_, s: string, d: string, p: string) => s + [...d].map(toFullWidth).join('') + (p === '.' ? '.' : p)) },
  'wide-indent': { what: 'every paragraph indented two wide spaces', rewrite: (t) => t.split('\n').map((l) => (l.trim() ? `\u3000\u3000${l}` : l)).join('\n') },
  'nbsp-indent': { what: 'indented with no-break spaces (a web page)', rewrite: (t) => t.split('\n').map((l) => (l.trim() ? `\u00a0\u00a0${l}` : l)).join('\n') },
  'ragged-indent': { what: 'lines indented by 0–3 spaces at random', rewrite: (t) => t.split('\n').map((l, i) => ' '.repeat((i * 7) % 4) + l).join('\n') },
  'trailing-spaces': { what: 'spaces after every line', rewrite: (t) => t.split('\n').map((l) => `${l}  `).join('\n') },
  'blank-between': { what: 'a blank line after every line (a web page saved as text)', rewrite: (t) => t.split('\n').join('\n\n') },
  'no-blanks': { what: 'every blank line taken out', rewrite: (t) => t.split('\n').filter((l) => l.trim()).join('\n') },
  'page-numbers': { what: 'a `— N —` page number between every 25 lines', rewrite: (t) => t.split('\n').flatMap((l, i) => (i > 0 && i % 25 === 0 ? ['', `— ${i / 25 + 1} —`, '', l] : [l])).join('\n') },
  'space-after-number': { what: 'a space after each item number (1. X)', rewrite: (t) => t.replace(/^(\s*\d{1,2}[.、])(?=[^\s\d])/gm, '$1 ') },
  'space-in-lists': { what: 'a space after each 、 (a PDF viewer\'s justified text)', rewrite: (t) => t.replace(/(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff])/g, '、 ') },
  'label-space': { what: 'a label parted from its units by a space (牵头单位 X)', rewrite: (t) => t.replace(new RegExp(`(${LABEL})[::](?!\\s*\\|)`, 'g'), '$1 ') },
  'label-space-colon': { what: 'a space before a label\'s colon (牵头单位 :X)', rewrite: (t) => t.replace(new RegExp(`(${LABEL})[::]`, 'g'), '$1 :') },
  'label-in-brackets': { what: 'a label in square brackets instead of its colon (【牵头单位】X)', rewrite: (t) => t.replace(new RegExp(`(^|[\\s;;。])(${LABEL})[::](?!\\s*\\|)`, 'gm'), '$1【$2】') },
  'label-with-wei': { what: 'a label said with 为 (牵头单位为X)', rewrite: (t) => t.replace(new RegExp(`(${LABEL})[::](?!\\s*\\|)(?=[\\u4e00-\\u9fff])`, 'g'), '$1为') },
  'label-note': { what: 'a label with a note on what it names (牵头单位(单位):X)', rewrite: (t) => t.replace(new RegExp(`(${LABEL})[::](?!\\s*\\|)`, 'g'), '$1(单位):') },
};

/**
 * Other issuers' words for the same label (`牵头单位:` → `牵头处室:`, `配合单位:` → `协同部门:`, `责任单位:` →
 * `实施单位:`): one document written with another office's words says the same, so it must read the same.
 * Only a label before its colon is changed; a table's header words are table-rows.ts's.
 */
const LEAD_WORDS = ['牵头部门', '主办单位', '主责单位', '牵头责任单位', '牵头负责单位', '主要责任单位', '牵头处室'];
const JOIN_WORDS = ['协办单位', '参与单位', '协同单位', '配合部门', '协作单位', '协助单位', '参加单位', '配合责任单位', '协同部门', '其他责任单位'];
const BARE_WORDS = ['责任部门', '落实单位', '承办单位', '实施单位', '负责单位', '责任主体', '承担单位', '执行单位', '主管部门', '责任处室', '责任科室', '工作责任单位', '具体责任单位'];
export const wordings: Record<string, { what: string; rewrite: (text: string) => string }> = Object.fromEntries([
  ...LEAD_WORDS.map((w) => [`牵头单位→${w}`, /牵头单位(?=[::])/g, w] as const),
  ...JOIN_WORDS.map((w) => [`配合单位→${w}`, /配合单位(?=[::])/g, w] as const),
  ...BARE_WORDS.map((w) => [`责任单位→${w}`, /(?<![牵头配合协同主要其他])责任单位(?=[::])/g, w] as const),
].map(([name, re, word]) => [name, { what: `every ${name.split('→')[0]}: written ${word}:`, rewrite: (t: string) => t.replace(re, word) }]));

// The verbs after a unit (`X牵头,A、B配合` → `X牵头负责,A、B协同配合`) and the brackets around a clause
// (`(X牵头)` → `〔X牵头〕`): other issuers' ways of saying the same.
const UNIT_END = '[局委办府心司会院厅队所处室站区镇街]';
const JOIN_VERBS = ['参与', '协助', '协同', '协办', '积极配合', '共同参与', '参加', '支持配合', '协同配合'];
const LEAD_VERBS = ['牵头负责', '负责牵头', '牵头抓总', '牵头落实', '牵头实施', '牵头推进'];
const BRACKETS = [['〔', '〕'], ['【', '】'], ['[', ']']] as const;
Object.assign(
  wordings,
  Object.fromEntries([
    ...JOIN_VERBS.map((w) => [`配合→${w}`, { what: `X配合 written X${w}`, rewrite: (t: string) => t.replace(new RegExp(`(?<=${UNIT_END})配合(?=[,,。;;))\\]〕】]|$)`, 'gm'), w) }]),
    ...LEAD_VERBS.map((w) => [`牵头→${w}`, { what: `X牵头 written X${w}`, rewrite: (t: string) => t.replace(new RegExp(`(?<=${UNIT_END})牵头(?=[,,。;;、))\\]〕】])`, 'g'), w) }]),
    ...BRACKETS.map(([o, c]) => [
      `bracket→${o}${c}`,
      { what: `a responsibility bracket written ${o}…${c}`, rewrite: (t: string) => t.replace(/[((]([^()()\n]*(?:牵头|负责|配合|责任单位|参与)[^()()\n]*)[))]/g, `${o}$1${c}`) },
    ]),
  ]),
);

/**
 * The same words as a table's column headers (`| 牵头单位 |`, a header cell on its own line, a tab-parted
 * header): a header says the role as a label does, so another office's word must read the same. Only a
 * whole header cell is changed (not `协同配合单位`, not a label with its colon).
 */
const CELL_START = '(?<=^|[\\s|])';
const CELL_END = '(?=[ \\t]*(?:\\||\\t|\\n|$)|  )';
const headerWord = (from: string) => new RegExp(`${CELL_START}${from}${CELL_END}`, 'gm');
export const headerWordings: Record<string, { what: string; rewrite: (text: string) => string }> = Object.fromEntries([
  ...[...LEAD_WORDS, '责任牵头单位', '牵头科室', '牵头实施单位'].map((w) => [`牵头单位→${w}`, headerWord('牵头单位'), w] as const),
  ...[...JOIN_WORDS, '协办部门', '配合处室', '协作处室'].map((w) => [`配合单位→${w}`, headerWord('配合单位'), w] as const),
  ...[...BARE_WORDS, '责任股室', '责任机构'].map((w) => [`责任单位→${w}`, headerWord('责任单位'), w] as const),
].map(([name, re, word]) => [name, { what: `every ${name.split('→')[0]} header written ${word}`, rewrite: (t: string) => t.replace(re, word) }]));

export type CopyResult = { name: string; what: string; scores: DocScore[]; newMisses: string[] };

const missesOf = (scores: DocScore[]): string[] => scores.flatMap((s) => s.misses.map((m) => `${s.doc}: ${m}`));

/** Scores every copy of the stored documents, and lists the misses each has that the stored text does not. */
export const scoreCopies = (only?: string, set = copies): { stored: DocScore[]; results: CopyResult[] } => {
  const stored = scoreCorpus();
  const known = new Set(missesOf(stored));
  const results = Object.entries(set)
    .filter(([name]) => !only || name === only)
    .map(([name, { what, rewrite }]) => {
      const scores = scoreCorpus(undefined, rewrite);
      return { name, what, scores, newMisses: missesOf(scores).filter((m) => !known.has(m)) };
    });
  return { stored, results };
};
