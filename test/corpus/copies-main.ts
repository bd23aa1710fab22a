// npm run corpus -- --copies [--wordings | --headers] [--misses] [--only NAME]: the corpus totals as each copy in copies.ts gives the
// text back, beside the stored text's, and the misses a copy adds. Prints only.
import { copies, headerWordings, scoreCopies, wordings } from './copies.js';
import { totals, type Totals } from './score.js';

const at = process.argv.indexOf('--only');
// `--wordings`: the label words of other issuers (copies.ts `wordings`) instead of the copies; `--headers` the
// same words as tables' column headers (`headerWordings`).
const set = process.argv.includes('--headers') ? headerWordings : process.argv.includes('--wordings') ? wordings : copies;
const { stored, results } = scoreCopies(at > 0 ? process.argv[at + 1] : undefined, set);
const p = (x: number): string => `${(100 * x).toFixed(1)}%`;
const row = (name: string, what: string, t: Totals, extra: string): string =>
  `| ${name} | ${what} | ${p(t.taskRecall)} | ${p(t.taskPrecision)} | ${p(t.exactLeads)} | ${p(t.exactParticipants)} | ${p(t.indicatorRecall)} | ${p(t.indicatorTargets)} | ${extra} |`;
console.log('| 副本 | 改动 | 任务召回 | 精确 | 牵头全对 | 参与全对 | 指标召回 | 目标值对 | 新增不符 |');
console.log('|---|---|---|---|---|---|---|---|---|');
console.log(row('stored', '语料原文', totals(stored), '—'));
for (const r of results) console.log(row(r.name, r.what, totals(r.scores), String(r.newMisses.length)));
if (process.argv.includes('--misses')) for (const r of results) for (const m of r.newMisses) console.log(`   ${r.name} ${m}`);
