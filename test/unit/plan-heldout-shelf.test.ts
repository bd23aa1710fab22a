// The held-out shelf (test/corpus/heldout): real documents keyed by reading and scored on main before any reader
// change for them, kept apart from the ratcheted corpus so that the reader is not tuned on them. Its figures are
// printed by `npm run corpus -- --heldout`, never held to a floor; this test only checks that every document
// is a stored page with a readable key, and that the importer reads each without failing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldoutDir, scoreCorpus, type AnswerKey } from '../corpus/score.js';

const docs = readdirSync(heldoutDir).filter((f) => f.endsWith('.txt'));

describe('the held-out shelf', () => {
  it('holds stored pages, each with a key made by reading', () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const f of docs) {
      expect(readFileSync(join(heldoutDir, f), 'utf8').startsWith('来源'), f).toBe(true);
      const key = JSON.parse(readFileSync(join(heldoutDir, f.replace(/\.txt$/, '.key.json')), 'utf8')) as AnswerKey;
      expect(key.tasks.length + key.indicators.length, f).toBeGreaterThan(0);
      for (const t of key.tasks) expect(t.title.length, f).toBeGreaterThan(0);
    }
  });

  it('is read by the importer without failing, every document scored', () => {
    const scores = scoreCorpus(heldoutDir);
    expect(scores.map((s) => s.doc)).toEqual(docs.map((f) => f.replace(/\.txt$/, '')).sort());
  });
});
