// Scores the plan importer against the hand-made answer keys in test/corpus/docs (issue 15).
// Pure apart from reading the files: `npm run corpus` prints and records the table, and
// test/unit/plan-corpus.test.ts holds the totals to the figures in ratchet.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../shared/plan/document.js';
import { normaliseText } from '../../shared/plan/text.js';
import { PINYIN_NOTE } from '../../shared/plan/normalise-document.js';
import { foldTraditionalLine } from '../../shared/plan/script-fold.js';
import type { ParsedIndicator, ParsedPlan, ParsedTask } from '../../shared/plan/types.js';

/** `deadline`: the 完成时限 the document prints for the task (the layout matrix's generated keys give it). */
export type KeyTask = { title: string; leads: string[]; participants: string[]; leadInferred: boolean; cut: boolean; deadline?: string };
export type KeyIndicator = { name: string; unit: string; baseline: string; target: string; attribute: string; match?: string[] };
export type AnswerKey = { source: string; issuer: string; layout: string; tasks: KeyTask[]; indicators: KeyIndicator[] };

export type DocScore = {
  doc: string;
  keyTasks: number;
  parsedTasks: number;
  matchedTasks: number;
  /** Tasks not cut off in the stored text: the denominator for exact lead and participant sets. */
  scoredTasks: number;
  exactLeads: number;
  exactParticipants: number;
  keyIndicators: number;
  matchedIndicators: number;
  rightTargets: number;
  /** Keys that give a deadline, and found tasks whose 完成时限 reads as printed. */
  keyDeadlines: number;
  rightDeadlines: number;
  unplaced: number;
  misses: string[];
};

export type Totals = {
  taskRecall: number;
  taskPrecision: number;
  exactLeads: number;
  exactParticipants: number;
  indicatorRecall: number;
  indicatorTargets: number;
  unplaced: number;
};

export const corpusDir = join(import.meta.dirname, 'docs');
/** Documents keyed after the reader was last tuned, kept apart so the reader is never tuned on them. */
export const heldoutDir = join(import.meta.dirname, 'heldout');

/**
 * Punctuation, spaces and brackets out; full-width folded; traditional forms folded to simplified, as
 * the reader shows a traditional page (keys spell units as the page does).
 */
// A key's title keeps a repost's pinyin notes as printed (`監(jiān)管`); the reader drops them (normalise-document.ts).
const plain = (s: string): string => foldTraditionalLine(normaliseText(s).replace(PINYIN_NOTE, '')).replace(/[\s,.;:!?、。,“”"'《》〈〉()[\]{}〔〕【】|—–\-…·]/g, '');

/** A unit written under a shared 市/区 (`工业和信息化局`) is the same unit as `市工业和信息化局`. */
const unitKey = (s: string): string => {
  const p = plain(s);
  return /^[省市州区县]/.test(p) && p.length >= 4 && !/^[省市州区县][直级]/.test(p) ? p.slice(1) : p;
};

const sameSet = (a: string[], b: string[]): boolean => {
  const x = new Set(a.map(unitKey));
  const y = new Set(b.map(unitKey));
  return x.size === y.size && [...x].every((v) => y.has(v));
};

const taskText = (t: ParsedTask): string => plain(`${t.title}${t.content}`);

const matchesTask = (key: KeyTask, t: ParsedTask): boolean => {
  const want = plain(key.title).slice(0, 12);
  const got = plain(t.title);
  return taskText(t).includes(want) || (got.length >= 4 && want.startsWith(got.slice(0, 12)));
};

const firstNumber = (s: string): number | null => {
  const m = /-?\d+(?:\.\d+)?/.exec(normaliseText(s));
  return m ? Number(m[0]) : null;
};

const targetNumber = (i: ParsedIndicator): number | null => i.target.low ?? i.target.high ?? firstNumber(i.target.text);
const baselineNumber = (i: ParsedIndicator): number | null => i.baseline.low ?? i.baseline.high ?? firstNumber(i.baseline.text);

const matchesIndicator = (key: KeyIndicator, i: ParsedIndicator): boolean => {
  const name = plain(`${i.category}${i.name}`);
  return (key.match ?? [key.name]).every((m) => {
    const pair = /^([\d.]+)\|([\d.]+)$/.exec(m);
    if (pair) return baselineNumber(i) === Number(pair[1]) && targetNumber(i) === Number(pair[2]);
    return name.includes(plain(m).replace(/%$/, ''));
  });
};

/** Pairs each key item with the first unused parsed item it matches. */
const pair = <K, P>(keys: K[], parsed: P[], match: (k: K, p: P) => boolean): (P | null)[] => {
  const used = new Set<number>();
  return keys.map((k) => {
    const at = parsed.findIndex((p, n) => !used.has(n) && match(k, p));
    if (at < 0) return null;
    used.add(at);
    return parsed[at] ?? null;
  });
};

/** The stored text without the `来源:` line the corpus adds on top. */
export const documentText = (file: string): string => readFileSync(file, 'utf8').replace(/^来源[::][^\n]*\n/, '');

export const scoreDocument = (doc: string, plan: ParsedPlan, key: AnswerKey): DocScore => {
  const misses: string[] = [];
  const found = pair(key.tasks, plan.tasks, matchesTask);
  let exactLeads = 0;
  let exactParticipants = 0;
  let rightDeadlines = 0;
  key.tasks.forEach((k, n) => {
    const t = found[n];
    if (!t) {
      misses.push(`任务未找到:${k.title}`);
      return;
    }
    if (k.cut) return;
    if (k.deadline !== undefined) {
      if (plain(t.deadlineText) === plain(k.deadline)) rightDeadlines += 1;
      else misses.push(`时限不符:${k.title} 应为${k.deadline} 读成${t.deadlineText.replace(/\n/g, '⏎')}`);
    }
    if (sameSet(k.leads, t.leads)) exactLeads += 1;
    else misses.push(`牵头不符:${k.title} 应为[${k.leads.join('、')}] 读成[${t.leads.join('、')}]`);
    if (sameSet(k.participants, t.participants)) exactParticipants += 1;
    else misses.push(`参与不符:${k.title} 应为[${k.participants.join('、')}] 读成[${t.participants.join('、')}]`);
  });
  const indicators = plan.indicators ?? [];
  const foundIndicators = pair(key.indicators, indicators, matchesIndicator);
  let rightTargets = 0;
  key.indicators.forEach((k, n) => {
    const i = foundIndicators[n];
    if (!i) {
      misses.push(`指标未找到:${k.name}`);
      return;
    }
    if (targetNumber(i) === firstNumber(k.target)) rightTargets += 1;
    else misses.push(`目标值不符:${k.name} 应为${k.target} 读成${i.target.text}`);
  });
  return {
    doc,
    keyTasks: key.tasks.length,
    parsedTasks: plan.tasks.length,
    matchedTasks: found.filter(Boolean).length,
    scoredTasks: key.tasks.filter((t) => !t.cut).length,
    exactLeads,
    exactParticipants,
    keyIndicators: key.indicators.length,
    matchedIndicators: foundIndicators.filter(Boolean).length,
    rightTargets,
    keyDeadlines: key.tasks.filter((t) => !t.cut && t.deadline !== undefined).length,
    rightDeadlines,
    unplaced: plan.unplaced.filter((u) => u.kind === 'unplaced').length,
    misses,
  };
};

/** Every document of `dir` scored; `convert` rewrites the text first (the traditional-script measure). */
export const scoreCorpus = (dir = corpusDir, convert: (text: string) => string = (t) => t): DocScore[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const doc = f.replace(/\.txt$/, '');
      const key = JSON.parse(readFileSync(join(dir, `${doc}.key.json`), 'utf8')) as AnswerKey;
      return scoreDocument(doc, parsePlanText(convert(documentText(join(dir, f)))), key);
    });

/** The .xlsx/.docx rebuilds of a page's table, scored against the same key as the page's text. */
export const scoreTableFiles = async (dir = corpusDir): Promise<DocScore[]> => {
  const { readPlanFile } = await import('../../db/plans/read-document.js');
  const { parsePlanDocument } = await import('../../shared/plan/document.js');
  const files = readdirSync(dir).filter((f) => /\.(xlsx|docx)$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => {
      const key = JSON.parse(readFileSync(join(dir, `${f.replace(/\.(xlsx|docx)$/, '')}.key.json`), 'utf8')) as AnswerKey;
      const { doc } = await readPlanFile(readFileSync(join(dir, f)), f);
      return scoreDocument(f, parsePlanDocument(doc), key);
    }),
  );
};

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const sum = (scores: DocScore[], f: (s: DocScore) => number): number => scores.reduce((n, s) => n + f(s), 0);

export const totals = (scores: DocScore[]): Totals => ({
  taskRecall: ratio(sum(scores, (s) => s.matchedTasks), sum(scores, (s) => s.keyTasks)),
  taskPrecision: ratio(sum(scores, (s) => s.matchedTasks), sum(scores, (s) => s.parsedTasks)),
  exactLeads: ratio(sum(scores, (s) => s.exactLeads), sum(scores, (s) => s.scoredTasks)),
  exactParticipants: ratio(sum(scores, (s) => s.exactParticipants), sum(scores, (s) => s.scoredTasks)),
  indicatorRecall: ratio(sum(scores, (s) => s.matchedIndicators), sum(scores, (s) => s.keyIndicators)),
  indicatorTargets: ratio(sum(scores, (s) => s.rightTargets), sum(scores, (s) => s.keyIndicators)),
  unplaced: sum(scores, (s) => s.unplaced),
});

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${Math.round((100 * a) / b)}%`);

/** The table for docs/import-corpus.md and the console. */
export const renderTable = (scores: DocScore[]): string => {
  const head = '| 文件 | 任务(键/读出/对上) | 召回 | 精确 | 牵头全对 | 参与全对 | 指标召回 | 目标值对 | 未归位行 |';
  const rule = '|---|---|---|---|---|---|---|---|---|';
  const rows = scores.map(
    (s) =>
      `| ${s.doc} | ${s.keyTasks}/${s.parsedTasks}/${s.matchedTasks} | ${pct(s.matchedTasks, s.keyTasks)} | ${pct(s.matchedTasks, s.parsedTasks)} | ${pct(s.exactLeads, s.scoredTasks)} | ${pct(s.exactParticipants, s.scoredTasks)} | ${pct(s.matchedIndicators, s.keyIndicators)} | ${pct(s.rightTargets, s.keyIndicators)} | ${s.unplaced} |`,
  );
  const t = totals(scores);
  const p = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const total = `| **合计** | ${sum(scores, (s) => s.keyTasks)}/${sum(scores, (s) => s.parsedTasks)}/${sum(scores, (s) => s.matchedTasks)} | ${p(t.taskRecall)} | ${p(t.taskPrecision)} | ${p(t.exactLeads)} | ${p(t.exactParticipants)} | ${p(t.indicatorRecall)} | ${p(t.indicatorTargets)} | ${t.unplaced} |`;
  return [head, rule, ...rows, total].join('\n');
};
