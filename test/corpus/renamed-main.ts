// npm run corpus -- --renamed [--misses]: the corpus totals with each document's units renamed
// (test/corpus/renamed.ts), beside the stored text's, and the misses the renaming adds. Prints only.
import { addedMisses, scoreRenamed } from './renamed.js';
import { totals, type Totals } from './score.js';

const { stored, renamed } = scoreRenamed();
const p = (x: number): string => `${(100 * x).toFixed(1)}%`;
const row = (name: string, t: Totals): string =>
  `| ${name} | ${p(t.taskRecall)} | ${p(t.taskPrecision)} | ${p(t.exactLeads)} | ${p(t.exactParticipants)} | ${p(t.indicatorRecall)} | ${p(t.indicatorTargets)} |`;
console.log('| 语料 | 任务召回 | 精确 | 牵头全对 | 参与全对 | 指标召回 | 目标值对 |');
console.log('|---|---|---|---|---|---|---|');
console.log(row('stored', totals(stored)));
console.log(row('renamed', totals(renamed)));
const added = addedMisses(stored, renamed);
console.log(`added misses: ${added.length}`);
if (process.argv.includes('--misses')) for (const m of added) console.log(`   ${m}`);
