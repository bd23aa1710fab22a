// The wrapped-corpus ratchet (issue 15): the corpus as a PDF gives it back — prose broken at 28 and 36
// ems a line with page numbers between pages (test/corpus/wrapped.ts), and with zero-width spaces between
// names — must read at least as well as the figures recorded in test/corpus/wrapped-floors.json.
// `npm run corpus -- --wrapped --floors` records new ones when the reader improves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, totals, type Totals } from '../corpus/score.js';
import { scoreRewritten, wrappedReadings } from '../corpus/wrapped.js';

const floors = JSON.parse(readFileSync(join(corpusDir, '..', 'wrapped-floors.json'), 'utf8')) as Record<string, Omit<Totals, 'unplaced'>>;

describe('plan import on the corpus as a PDF gives it back', () => {
  it('has a floor for every reading', () => {
    expect(Object.keys(floors).sort()).toEqual(Object.keys(wrappedReadings).sort());
  });

  for (const [name, floor] of Object.entries(floors)) {
    it(`${name} stays at or above its floors`, () => {
      const rewrite = wrappedReadings[name];
      expect(rewrite).toBeDefined();
      const got = totals(rewrite ? scoreRewritten(rewrite) : []);
      for (const k of Object.keys(floor) as (keyof typeof floor)[]) expect(got[k], `${name}: ${k}`).toBeGreaterThanOrEqual(floor[k]);
    }, 60_000);
  }
});
