// The corpus read from other hands' copies of the same text (test/corpus/copies.ts): Windows line ends,
// full- and half-width punctuation, indents, blank lines, page numbers, spaces around labels and in unit
// lists. A copy changes how the text is written, not what it says, so it may cost nothing: no miss the
// stored text does not have, and no total lower than the stored text's. The same for every layout of the
// matrix (test/corpus/variants): no added miss, and as many tasks read.
import { beforeAll, describe, expect, it } from 'vitest';
import { copies, headerWordings, scoreCopies, wordings, type CopyResult } from '../corpus/copies.js';
import { totals, type DocScore } from '../corpus/score.js';
import { scoreMatrix, type LayoutScore } from '../corpus/variants/matrix.js';

describe('plan import on copies of the real-document corpus', () => {
  let stored: DocScore[] = [];
  let results: CopyResult[] = [];
  beforeAll(() => {
    ({ stored, results } = scoreCopies());
  }, 600_000);

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

describe('plan import on the corpus written with other issuers\' label words', () => {
  let results: CopyResult[] = [];
  beforeAll(() => {
    ({ results } = scoreCopies(undefined, wordings));
  }, 600_000);

  for (const name of Object.keys(wordings)) {
    it(`reads ${name} as it reads the stored text`, () => {
      expect(results.find((r) => r.name === name)?.newMisses).toEqual([]);
    });
  }
});

describe('plan import on the corpus with other issuers\' column headers', () => {
  let results: CopyResult[] = [];
  beforeAll(() => {
    ({ results } = scoreCopies(undefined, headerWordings));
  }, 600_000);

  for (const name of Object.keys(headerWordings)) {
    it(`reads the header ${name} as it reads the stored text`, () => {
      expect(results.find((r) => r.name === name)?.newMisses).toEqual([]);
    });
  }
});

describe('plan import on the layout matrix with other issuers\' column headers', () => {
  // A sample: the whole set on every layout would take minutes.
  const SAMPLE = ['牵头单位→责任牵头单位', '配合单位→协作处室', '责任单位→承担单位', '责任单位→主管部门'];
  let stored: LayoutScore[] = [];
  const byWord = new Map<string, LayoutScore[]>();
  beforeAll(async () => {
    stored = await scoreMatrix();
    for (const name of SAMPLE) byWord.set(name, await scoreMatrix(undefined, headerWordings[name]?.rewrite));
  }, 600_000);

  for (const name of SAMPLE) {
    it(`reads every layout with the header ${name} as it reads the layout`, () => {
      const known = new Set(stored.flatMap((s) => s.misses));
      const copy = byWord.get(name) ?? [];
      expect(copy.flatMap((s) => s.misses).filter((m) => !known.has(m))).toEqual([]);
      expect(copy.map((s) => [s.id, s.parsed])).toEqual(stored.map((s) => [s.id, s.parsed]));
    });
  }
});

describe('plan import on copies of the layout matrix', () => {
  let stored: LayoutScore[] = [];
  const byCopy = new Map<string, LayoutScore[]>();
  beforeAll(async () => {
    stored = await scoreMatrix();
    for (const [name, { rewrite }] of Object.entries(copies)) byCopy.set(name, await scoreMatrix(undefined, rewrite));
  }, 600_000);

  for (const name of Object.keys(copies)) {
    it(`reads every layout's copy "${name}" as it reads the layout`, () => {
      const known = new Set(stored.flatMap((s) => s.misses));
      const copy = byCopy.get(name) ?? [];
      expect(copy.flatMap((s) => s.misses).filter((m) => !known.has(m))).toEqual([]);
      expect(copy.map((s) => [s.id, s.parsed])).toEqual(stored.map((s) => [s.id, s.parsed]));
    });
  }
});
