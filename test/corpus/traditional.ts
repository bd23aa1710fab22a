// The corpus as a traditional-script mirror prints it: every document converted by OpenCC (an independent
// converter, Taiwan and Hong Kong character standards) and read again. The reader folds a traditional
// page by its own table (shared/plan/script-fold.ts, from Unihan), so this measures that table against
// another's. Run: npx jiti test/corpus/traditional.ts; test/unit/plan-traditional.test.ts holds the floor.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parsePlanText } from '../../shared/plan/document.js';
import { corpusDir, documentText, scoreDocument, totals, type AnswerKey, type Totals } from './score.js';

export const standards = { tw: OpenCC.Converter({ from: 'cn', to: 'tw' }), hk: OpenCC.Converter({ from: 'cn', to: 'hk' }) };

export const traditionalTotals = (convert: (text: string) => string): Totals =>
  totals(
    readdirSync(corpusDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const doc = f.replace(/\.txt$/, '');
        const key = JSON.parse(readFileSync(join(corpusDir, `${doc}.key.json`), 'utf8')) as AnswerKey;
        return scoreDocument(doc, parsePlanText(convert(documentText(join(corpusDir, f)))), key);
      }),
  );

if (process.argv[1]?.endsWith('traditional.ts')) {
  for (const [name, convert] of Object.entries(standards)) console.log(name, JSON.stringify(traditionalTotals(convert)));
}
