// npm run corpus -- --wrapped [--misses] [--only wrapped28]: the corpus totals as stored, as a PDF of
// 28 and of 36 ems a line gives it back, with only the plan under a web notice so wrapped (planPart28),
// and with zero-width spaces between names
// (test/corpus/wrapped.ts says what is wrapped). Prints only; test/unit/plan-wrapped.test.ts holds the
// totals to test/corpus/wrapped-floors.json (`--floors` records today's).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { totals, type Totals } from './score.js';
import { scoreRewritten, wrappedReadings } from './wrapped.js';

const at = process.argv.indexOf('--only');
const only = at > 0 ? process.argv[at + 1] : undefined;
const p = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
console.log('| 读法 | 任务召回 | 精确 | 牵头全对 | 参与全对 | 指标召回 | 目标值对 |');
console.log('|---|---|---|---|---|---|---|');
const recorded: Record<string, Omit<Totals, 'unplaced'>> = {};
for (const [name, rewrite] of Object.entries(wrappedReadings)) {
  if (only && name !== only) continue;
  const scores = scoreRewritten(rewrite);
  const t = totals(scores);
  recorded[name] = Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'unplaced').map(([k, v]) => [k, Math.floor(v * 10000) / 10000])) as Omit<Totals, 'unplaced'>;
  console.log(`| ${name} | ${p(t.taskRecall)} | ${p(t.taskPrecision)} | ${p(t.exactLeads)} | ${p(t.exactParticipants)} | ${p(t.indicatorRecall)} | ${p(t.indicatorTargets)} |`);
  if (process.argv.includes('--misses')) for (const s of scores) for (const m of s.misses) console.log(`   ${name} ${s.doc}: ${m}`);
}
if (!only && process.argv.includes('--floors')) writeFileSync(join(import.meta.dirname, 'wrapped-floors.json'), `${JSON.stringify(recorded, null, 2)}\n`);
