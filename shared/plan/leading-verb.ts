// The assignment written before the work (`由X承办,A、B协办。` under an item's heading, `由X负责,Y配合,…`
// opening the item's sentence): a part of the clause reader (clause.ts).
import type { Clause } from './clause.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import type { Responsibility } from './responsibility.js';
import { foldLabelScript } from './unit-names.js';

const hasNames = (r: Responsibility): boolean => r.leads.length + r.participants.length > 0;

/**
 * The assignment written first: a line (or its first sentence) that is nothing but units and role verbs,
 * under the item's heading (`一、治理畜牧业产品污染` / `由省经贸委承办,省农业厅、卫生厅协办。治理工作目标:…`),
 * or the opening clauses of the item's own sentence when it starts with 由 (`由省经贸委负责,省农业厅配合,
 * 加快…`). Only the longest opening that reads whole as units and verbs is taken, so a sentence that goes on
 * to describe the work (`县农业局负责全县…`) is not an assignment.
 */
export const leadingVerbClause = (text: string, carried: string[]): Clause | null => {
  const VERB = /牵头|负责|配合|参与|参加|协同|协助|协作|协办|承办|主办/;
  const lines = text.split('\n');
  for (const [at, line] of lines.entries()) {
    // A sentence a PDF's line width broke (`由X承办,A、B、工商` / `所配合。`) is read whole.
    const next = lines[at + 1] ?? '';
    const broken = line.length >= 15 && !line.includes('。') && VERB.test(line) && /^[^。]{1,20}。/.test(next) ? next.slice(0, next.indexOf('。') + 1) : '';
    const sentence = ((line + broken).split('。')[0] ?? '').trim();
    const whole = sentence.length > 0 && VERB.test(foldLabelScript(sentence)) ? parseLeadVerbForm(sentence) : null;
    const raw = broken ? `${line}\n${broken}` : line.includes(`${sentence}。`) ? `${sentence}。` : sentence;
    const rest = text.replace(raw, '').trim();
    // A task that is nothing but its assignment has no title left: not this shape.
    if (whole && hasNames(whole) && rest.length > 0) return { responsibility: whole, rest, raw, raws: [raw], carried };
    // `由X负责,Y配合,…`, and the same without 由 when the sentence opens with its role verb (`张三副市长负责,
    // X牵头,Y配合,…`, `X牵头,Y配合,尽快…`): the opening clauses are the assignment.
    if (!/^(?:具体|主要)?由/.test(sentence) && !/^[^,,;;。]{2,24}?(?:牵头|负责)[,,;;]/.test(sentence)) continue;
    const cuts = [...sentence.matchAll(/[,;]/g)].map((m) => m.index ?? 0);
    for (const cut of cuts.reverse()) {
      const r = parseLeadVerbForm(sentence.slice(0, cut));
      if (r && hasNames(r)) {
        const raw = line.slice(0, line.indexOf(sentence) + cut + 1);
        return { responsibility: r, rest: text.replace(raw, '').trim(), raw, raws: [raw], carried };
      }
    }
  }
  return null;
};
