// The corpus ratchet (issue 15): the importer's totals on the real documents in test/corpus may only
// go up. When a change improves them, `npm run corpus` shows the new figures; raise ratchet.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, scoreCorpus, totals, type Totals } from '../corpus/score.js';

const recorded = JSON.parse(readFileSync(join(corpusDir, '..', 'ratchet.json'), 'utf8')) as Omit<Totals, 'unplaced'>;

describe('plan import on the real-document corpus', () => {
  const scores = scoreCorpus();
  const now = totals(scores);

  it('has a key for every document and a document for every key', () => {
    expect(scores.length).toBeGreaterThanOrEqual(26);
  });

  for (const name of Object.keys(recorded) as (keyof typeof recorded)[]) {
    it(`${name} does not drop below the recorded ${recorded[name]}`, () => {
      expect(now[name]).toBeGreaterThanOrEqual(recorded[name]);
    });
  }
});
