// A numbered item of prose whose work is shared out in its own paragraph, clause by clause, each clause with a unit
// for subject: `(二)编写好各专题报告。` then `市甲局负责编写……;市乙局会同市甲局负责编写……;某区政府负责……。`.
// The units the clauses open with each answer for their part of the item: all of them lead (no 牵头 word: by
// inference); a unit named after 会同 takes part unless it opens a clause of its own. Only a leaf item, only when
// at least two clauses after the item's title open with a unit directly followed by 负责 (or 会同X负责), and no
// other reader found a clause in it.
// Beside such an item, a sibling of the same numbering that is one sentence opening with a unit and its verb
// (`(三)某某办汇总整理材料,10月份市政府提出申请。`) is that unit's work too: each comma clause opening with a unit
// (a date before it aside) names a lead. Called by readBody (body.ts) once every node's own clause is read.
import type { Clause } from './clause.js';
import type { Responsibility } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

type ItemNode = { lines: { text: string }[]; children: ItemNode[]; clause: Clause | null; kind: string };

/** Ends only a body's name has (not 部/区/会, which end many words). */
const BODY_END = /(局|委|办|厅|中心|公司|集团|政府|管委会|办事处|办公室|站|所|队|院|馆)$/;
const isBody = (name: string): boolean => name.length >= 3 && BODY_END.test(name) && isDepartmentLike(name) && !/^(各|全|本|该|有关|相关|其他)/.test(name);

/** `X负责编写…`, `X会同Y负责…`: the subject, the units it works with, and the duty after 负责. */
const DUTY_CLAUSE = /^([\u4e00-\u9fff、]{3,40}?)(?:会同([\u4e00-\u9fff、]{3,40}?))?负责(?!人|同志)[\u4e00-\u9fff]{2}/;

const dutyClause = (clause: string): { subjects: string[]; partners: string[] } | null => {
  const m = DUTY_CLAUSE.exec(clause.trim());
  const subjects = m?.[1] ? splitUnitList(m[1]) : [];
  const partners = m?.[2] ? splitUnitList(m[2]) : [];
  if (subjects.length === 0 || !subjects.every(isBody) || !partners.every(isBody)) return null;
  return { subjects, partners };
};

/** The item's sentences and clauses after its title (the text up to the first 。 or line end). */
const bodyClauses = (text: string): string[] => {
  const parts = text.split(/\n/);
  const head = parts[0] ?? '';
  const stop = head.indexOf('。');
  const afterTitle = [stop >= 0 ? head.slice(stop + 1) : '', ...parts.slice(1)].join('\n');
  return afterTitle.split(/[。;\n]/).map((s) => s.trim()).filter(Boolean);
};

const sharedOut = (text: string): Responsibility | null => {
  const found = bodyClauses(text).map(dutyClause).filter((d) => d !== null);
  const leads = [...new Set(found.flatMap((d) => d.subjects))];
  if (found.length < 2 || leads.length < 2) return null;
  const participants = [...new Set(found.flatMap((d) => d.partners))].filter((n) => !leads.includes(n));
  return { leads, participants, isLeadInferred: true };
};

/** A date opening a clause (`10月份`, `9月底前`, `2024年6月`, `年底前`): not its subject. */
const DATE_FIRST = /^(?:\d{4}年)?(?:\d{1,2}月(?:份|底|中旬|上旬|下旬)?|年底|年内)?(?:前|起|内)?/;
/** The unit opening a comma clause, by the shortest opening that is a body's name. */
const openingUnit = (clause: string): string | null => {
  const bare = clause.trim().replace(DATE_FIRST, '');
  for (let end = 3; end <= Math.min(15, bare.length - 2); end += 1) {
    const name = bare.slice(0, end);
    if (isBody(name) && /^[\u4e00-\u9fff]{2}/.test(bare.slice(end))) return name;
  }
  return null;
};

/** `考核办汇总整理材料,10月份市政府提出申请。`: one sentence, its first clause opening with a unit. */
const unitSentence = (text: string): Responsibility | null => {
  const sentence = text.trim().replace(/。$/, '');
  if (/[。;\n]/.test(sentence)) return null;
  const clauses = sentence.split(',');
  const first = openingUnit(clauses[0] ?? '');
  if (!first) return null;
  const leads = [first, ...clauses.slice(1).map(openingUnit).filter((n): n is string => n !== null && n !== first)];
  return { leads, participants: [], isLeadInferred: true };
};

const clauseOf = (responsibility: Responsibility): Clause => ({ responsibility, rest: '', raw: '', raws: [], carried: [] });

const textOf = (node: ItemNode): string => foldPunctuation(node.lines.map((l) => l.text).join('\n')).trim();

/** Reads the items above among `all` (every node of the body): sets the clause of those no other reader gave one. */
export const readSubjectClauses = (all: ItemNode[]): void => {
  const shared = new Set<ItemNode>();
  for (const node of all) {
    if (node.clause || node.children.length > 0) continue;
    const responsibility = sharedOut(textOf(node));
    if (!responsibility) continue;
    node.clause = { ...clauseOf(responsibility), rest: node.lines.map((l) => l.text).join('\n') };
    shared.add(node);
  }
  for (const parent of all) {
    const items = parent.children.filter((c) => shared.has(c));
    if (items.length === 0) continue;
    for (const sibling of parent.children) {
      if (sibling.clause || sibling.children.length > 0 || !items.some((i) => i.kind === sibling.kind)) continue;
      const responsibility = unitSentence(textOf(sibling));
      if (responsibility) sibling.clause = { ...clauseOf(responsibility), rest: sibling.lines.map((l) => l.text).join('\n') };
    }
  }
};
