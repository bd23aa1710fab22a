// The corpus read from other hands' copies of the same text (test/corpus/copies.ts): Windows line ends,
// full- and half-width punctuation, indents, blank lines, page numbers, spaces around labels and in unit
// lists. A copy changes how the text is written, not what it says, so it may cost nothing: no miss the
// stored text does not have, and no total lower than the stored text's.
import { beforeAll, describe, expect, it } from 'vitest';
import { copies, scoreCopies, type CopyResult } from '../corpus/copies.js';
import { totals, type DocScore } from '../corpus/score.js';

describe('plan import on copies of the real-document corpus', () => {
  let stored: DocScore[] = [];
  let results: CopyResult[] = [];
  beforeAll(() => {
    ({ stored, results } = scoreCopies());
  }, 120_000);

  for (const name of Object.keys(copies)) {
    it(`reads the copy "${name}" (${copies[name]?.what}) as it reads the stored text`, () => {
      const result = results.find((r) => r.name === name);
      expect(result?.newMisses).toEqual([]);
      const copy = totals(result?.scores ?? []);
      const original = totals(stored);
      for (const k of ['taskRecall', 'taskPrecision', 'exactLeads', 'exactParticipants', 'indicatorRecall', 'indicatorTargets'] as const)
        expect(copy[k], k).toBeGreaterThanOrEqual(original[k]);
    });
  }
});
