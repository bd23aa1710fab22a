// The corpus and the held-out shelf read from Word rebuilds of their pages (test/corpus/as-word.ts): each line a
// paragraph, each even run of bar rows a real table, written as Word writes it. The words are the same, so the
// .docx reader may cost nothing: no miss that the stored text does not have.
import { describe, expect, it } from 'vitest';
import { scoreAsWord, wordBlocks } from '../corpus/as-word.js';
import { corpusDir, heldoutDir } from '../corpus/score.js';

describe('plan import of the real pages as Word files', () => {
  it('rebuilds even bar rows as a table, and rows of uneven width (merged cells lost) as paragraphs', () => {
    expect(wordBlocks('标题\n序号 | 任务 | 牵头单位 |\n|\n1 | 甲 | 县住建局 |')).toEqual(['标题', { table: [['序号', '任务', '牵头单位'], ['1', '甲', '县住建局']] }]);
    expect(wordBlocks('序号 | 任务 | 牵头单位 |\n乙 | 县财政局 |')).toEqual(['序号 | 任务 | 牵头单位 |', '乙 | 县财政局 |']);
  });

  for (const [name, dir] of [
    ['corpus', corpusDir],
    ['held-out shelf', heldoutDir],
  ] as const) {
    it(`reads the ${name} from Word rebuilds as it reads the stored text`, async () => {
      const { text, word, newMisses } = await scoreAsWord(dir);
      expect(newMisses).toEqual([]);
      expect(word.map((s) => s.matchedTasks)).toEqual(text.map((s) => s.matchedTasks));
    }, 120_000);
  }
});
