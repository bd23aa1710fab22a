// The content the layout matrix writes: every uncut task and every indicator of the real corpus keys,
// titles and units spelled as the documents print them (issue 15: a layout is learned only when it reads
// for any content, so the matrix pours the corpus's own odd unit names into every layout).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldTraditionalLine } from '../../../shared/plan/script-fold.js';
import { corpusDir, type AnswerKey, type KeyIndicator } from '../score.js';

export type PoolTask = { title: string; leads: string[]; participants: string[] };

/** Words that would make a title itself a responsibility clause: not a layout question, left out. */
const labelWords = /牵头|负责|责任|配合|协办|主办|参与|会同|分工|单位[::]/;

const keys = (): AnswerKey[] =>
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.key.json'))
    .sort()
    // A traditional page's key in simplified characters: a generated document in one script, as real ones
    // are (one 農業農村局 among simplified lines is no layout anybody prints).
    .map((f) => JSON.parse(foldTraditionalLine(readFileSync(join(corpusDir, f), 'utf8'))) as AnswerKey);

const ends = (t: string): string => (/[。;;!]$/.test(t) ? t : `${t.replace(/[,,、]$/, '')}。`);

export const taskPool = (): PoolTask[] =>
  keys()
    .flatMap((k) => k.tasks)
    .filter((t) => !t.cut && t.leads.length > 0 && t.title.length >= 6 && !labelWords.test(t.title))
    // A key unit with `、` outside brackets (`各平台、镇街`) is a key's judgement call on one page, not a
    // spelling to pour into other layouts; `各县、市、区政府` (one unit as documents print it) stays.
    .filter((t) => [...t.leads, ...t.participants].every((u) => !/、/.test(u.replace(/[((][^()()]*[))]/g, '')) || /^各?(县、市、区|县、区|市、县|市、州)/.test(u)))
    .map((t) => ({ title: ends(t.title.trim()), leads: t.leads, participants: t.participants.filter((p) => !t.leads.includes(p)) }));

export const indicatorPool = (): KeyIndicator[] =>
  keys()
    .flatMap((k) => k.indicators)
    .filter((i) => i.name.length >= 2 && i.target.trim() !== '' && /\d/.test(i.target));

/** Indicators whose target is a word, not a figure (`建立`, `持续减缓`, `未发生`), as tables print them. */
export const wordTargetPool = (): KeyIndicator[] =>
  keys()
    .flatMap((k) => k.indicators)
    .filter((i) => i.name.length >= 2 && i.target.trim().length >= 2 && i.target.length <= 12 && !/\d/.test(i.target));
