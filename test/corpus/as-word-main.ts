// npm run corpus -- --as-word [--heldout] [--misses]: the corpus (or the held-out shelf) read from Word rebuilds of
// its pages (as-word.ts), beside the stored text's totals, and the misses the rebuilds add. Prints only.
import { scoreAsWord } from './as-word.js';
import { corpusDir, heldoutDir, totals, type Totals } from './score.js';

const { text, word, newMisses } = await scoreAsWord(process.argv.includes('--heldout') ? heldoutDir : corpusDir);
const p = (x: number): string => `${(100 * x).toFixed(1)}%`;
const row = (name: string, t: Totals, extra: string): string =>
  `| ${name} | ${p(t.taskRecall)} | ${p(t.taskPrecision)} | ${p(t.exactLeads)} | ${p(t.exactParticipants)} | ${p(t.indicatorRecall)} | ${p(t.indicatorTargets)} | ${extra} |`;
console.log('| 读法 | 任务召回 | 精确 | 牵头全对 | 参与全对 | 指标召回 | 目标值对 | 新增不符 |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(row('文本', totals(text), '—'));
console.log(row('Word', totals(word), String(newMisses.length)));
if (process.argv.includes('--misses')) for (const m of newMisses) console.log(`   ${m}`);
