// The corpus as a traditional-script mirror prints it: every document converted by OpenCC (an independent
// converter, Taiwan and Hong Kong character standards) and read again. The reader folds a traditional
// page by its own table (shared/plan/script-fold.ts, from Unihan), so this measures that table against
// another's. Run: npx jiti test/corpus/traditional.ts; test/unit/plan-traditional.test.ts holds the floor.
import * as OpenCC from 'opencc-js';
import { corpusDir, scoreCorpus, totals, type Totals } from './score.js';

export const standards = { tw: OpenCC.Converter({ from: 'cn', to: 'tw' }), hk: OpenCC.Converter({ from: 'cn', to: 'hk' }) };

export const traditionalTotals = (convert: (text: string) => string): Totals => totals(scoreCorpus(corpusDir, convert));

if (process.argv[1]?.endsWith('traditional.ts')) {
  for (const [name, convert] of Object.entries(standards)) console.log(name, JSON.stringify(traditionalTotals(convert)));
}
