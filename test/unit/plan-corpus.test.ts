// The corpus ratchet (issue 15): the importer's totals on the real documents in test/corpus (their text
// and the .xlsx/.docx rebuilds of their tables) may only go up. When a change improves them,
// `npm run corpus` shows the new figures; raise ratchet.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, scoreCorpus, scoreTableFiles, totals, type DocScore, type Totals } from '../corpus/score.js';

const recorded = JSON.parse(readFileSync(join(corpusDir, '..', 'ratchet.json'), 'utf8')) as Omit<Totals, 'unplaced'>;

describe('plan import on the real-document corpus', () => {
  let scores: DocScore[] = [];
  beforeAll(async () => {
    scores = [...scoreCorpus(), ...(await scoreTableFiles())];
  });

  it('has a key for every document and a document for every key', () => {
    expect(scores.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of Object.keys(recorded) as (keyof typeof recorded)[]) {
    it(`${name} does not drop below the recorded ${recorded[name]}`, () => {
      expect(totals(scores)[name]).toBeGreaterThanOrEqual(recorded[name]);
    });
  }
});
