// The layout matrix ratchet (issue 15): each layout of the issue's list, written with the corpus keys'
// own tasks and indicators (test/corpus/variants), must read back at least as well as the figures
// recorded in test/corpus/variants/floors.json. `npm run corpus -- --variants --floors` records new ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir } from '../corpus/score.js';
import { figures, scoreMatrix, type LayoutScore } from '../corpus/variants/matrix.js';

type Figures = ReturnType<typeof figures>;
const floors = JSON.parse(readFileSync(join(corpusDir, '..', 'variants', 'floors.json'), 'utf8')) as Record<string, Figures>;

describe('plan import on every layout of the matrix', () => {
  let scores: LayoutScore[] = [];
  beforeAll(async () => {
    scores = await scoreMatrix();
  }, 180_000);

  it('scores every layout that has a floor', () => {
    expect(scores.map((s) => s.id)).toEqual(expect.arrayContaining(Object.keys(floors)));
  });

  for (const [id, floor] of Object.entries(floors)) {
    it(`${id} stays at or above its floor`, () => {
      const s = scores.find((x) => x.id === id);
      expect(s).toBeDefined();
      const got = s ? figures(s) : null;
      for (const k of Object.keys(floor) as (keyof Figures)[]) expect(got?.[k], `${id}: ${k}`).toBeGreaterThanOrEqual(floor[k]);
    });
  }
});
