// The corpus with its units renamed (issue 15): a held-out page names units the corpus never did
// (团县委, 市消防救援支队, 县国有林场, 市属国有企业 …), and the reader must find them by their shape, not by
// having met them. Each document's key units are swapped, in the text and in the key alike, for names from
// the pool below, which spans the ends real units have; `npm run corpus -- --renamed` prints what the swap
// costs and test/unit/plan-renamed.test.ts fails on any miss it adds.
//
// Only a key unit whose name (less a leading 省/市/区/县) is printed as such in the text is swapped, so a
// name the page spells another way is left as the page has it; groups (各…, 有关部门) are never swapped.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../shared/plan/document.js';
import { corpusDir, documentText, scoreDocument, type AnswerKey, type DocScore } from './score.js';

/**
 * Names after a level word, with the ends units have and the corpus seldom shows; none shorter than three
 * characters, as the scorer reads a level word before a shorter name as part of it (`市妇联` is not `妇联`).
 */
export const UNIT_POOL = [
  '国资委', '税务局', '医疗保障局', '融媒体中心', '城投集团', '消防救援支队', '邮政管理局', '气象局', '总工会',
  '红十字会', '供销合作社', '机关事务管理局', '行政审批服务局', '大数据中心', '住房公积金管理中心',
  '网信办', '编委办', '人武部', '烟草专卖局', '地方金融监管局', '城管执法局', '疾控中心', '广播电视台', '档案馆',
  '行政学院', '文旅集团', '交通投资公司', '水文站', '国有林场', '国有资产经营公司', '组织部', '纪委监委', '人民法院',
  '人民检察院', '社科联', '台联会', '妇女联合会', '科学技术协会', '残疾人联合会', '公安局交警支队', '商务局(口岸办)', '工商联', '供电公司', '自来水公司', '中心医院',
  '职业技术学院', '图书馆', '信访局', '退役军人事务局', '医共体总院', '热线服务中心', '农业综合执法大队', '应急管理局',
  '政务服务中心', '政法委', '宣传部', '统战部', '党委办公室', '政府办公室', '人大常委会办公室',
];

type Swap = { from: string; to: string };

/** Groups (各…, 有关部门) and names with a note are never swapped: the page writes them in too many ways. */
const isGroup = (name: string): boolean => /^各|^直|有关|相关|成员|等$|[()()]/.test(name);
const bodyOf = (name: string): string => (/^[省市州区县乡镇]/.test(name) && name.length >= 4 ? name.slice(1) : name);

/** The swaps for one document: each printed key unit's body to a pool name the text does not hold. */
export const swapsFor = (text: string, key: AnswerKey, shift = 0): Swap[] => {
  const names = [...new Set(key.tasks.flatMap((t) => [...t.leads, ...t.participants]))].filter((n) => !isGroup(n) && !isGroup(bodyOf(n)));
  // A key unit the page does not print whole shares its end with the name printed last (`银川市、吴忠市人民政府`):
  // swapping that name would take the shared end from the others, so names with such an end are kept.
  const sharedEnds = names.filter((n) => !text.includes(bodyOf(n))).map((n) => n.slice(-2));
  // A unit whose level the page writes once for a run of short names (`乡畜牧站、卫生院、派出所`) is kept: the
  // level goes to short names only, and a pool name is no short name.
  const levelShared = new Set(names.filter((n) => bodyOf(n) !== n && !text.includes(n)).map(bodyOf));
  // A name that holds another key unit's name (`局綜合科` beside `綜合科`) is kept: the page ties the two.
  const nested = (b: string): boolean => names.some((n) => n !== b && bodyOf(n) !== b && n.length >= 2 && (b.includes(bodyOf(n)) || bodyOf(n).includes(b)));
  // A unit named in a task's title (`完成县人民医院门诊部建设`) is kept: the title is how the task is found.
  const titles = key.tasks.map((t) => t.title);
  const bodies = [...new Set(names.map(bodyOf))]
    .filter((b) => b.length >= 3 && text.includes(b) && !sharedEnds.includes(b.slice(-2)) && !levelShared.has(b) && !nested(b) && !titles.some((t) => t.includes(b)))
    .sort((a, b) => b.length - a.length);
  // Each document starts at another place in the pool, so every name of it is met somewhere.
  const start = ([...key.source].reduce((n, c) => n + c.charCodeAt(0), 0) + shift) % UNIT_POOL.length;
  const free = [...UNIT_POOL.slice(start), ...UNIT_POOL.slice(0, start)].filter((p) => !text.includes(p));
  return bodies.flatMap((from, n) => {
    const to = free[n % Math.max(free.length, 1)];
    return to && n < free.length ? [{ from, to }] : [];
  });
};

/** Every swap at once (longest first, through placeholders), so one swap's result is never swapped again. */
export const applySwaps = (s: string, swaps: Swap[]): string => {
  let out = s;
  swaps.forEach(({ from }, n) => {
    out = out.split(from).join(`\u0000${n}\u0000`);
  });
  return out.replace(/\u0000(\d+)\u0000/g, (_, n: string) => swaps[Number(n)]?.to ?? '');
};

const renameKey = (key: AnswerKey, swaps: Swap[]): AnswerKey => ({
  ...key,
  tasks: key.tasks.map((t) => ({
    ...t,
    leads: t.leads.map((u) => applySwaps(u, swaps)),
    participants: t.participants.map((u) => applySwaps(u, swaps)),
  })),
});

/** The stored corpus and its renamed copy, scored document by document; `shift` turns the pool for another copy. */
export const scoreRenamed = (dir = corpusDir, shift = 0): { stored: DocScore[]; renamed: DocScore[] } => {
  const stored: DocScore[] = [];
  const renamed: DocScore[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const doc = f.replace(/\.txt$/, '');
    const key = JSON.parse(readFileSync(join(dir, `${doc}.key.json`), 'utf8')) as AnswerKey;
    const text = documentText(join(dir, f));
    const swaps = swapsFor(text, key, shift);
    stored.push(scoreDocument(doc, parsePlanText(text), key));
    renamed.push(scoreDocument(doc, parsePlanText(applySwaps(text, swaps)), renameKey(key, swaps)));
  }
  return { stored, renamed };
};

/** Misses of the renamed copy beyond the stored text's (counted per document, as names differ). */
export const addedMisses = (stored: DocScore[], renamed: DocScore[]): string[] =>
  renamed.flatMap((r, n) => {
    const before = stored[n]?.misses.length ?? 0;
    return r.misses.length > before ? r.misses.map((m) => `${r.doc}: ${m}`) : [];
  });
