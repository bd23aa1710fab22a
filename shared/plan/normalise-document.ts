// The text every reader below sees: full-width punctuation folded, reposting sites' pinyin notes and lost
// spaces mended, a preview's doubled line starts undone, a jammer's inserted characters taken out, tab-separated rows made bar rows.
import type { PlanDocument } from './document.js';
import { isJammed, stripJammer } from './jammer.js';
import { hasDoubledLineStarts, undoubleLineStarts } from './line-doubling.js';
import { dropLabelLevel } from './level-labels.js';
import { unglueRowLines } from './glued-row-lines.js';
import { unbracketLabel } from './responsibility.js';
import { normaliseText, tabCellsAsBars } from './text.js';
import { NEWS_CREDIT } from './noise.js';

/**
 * Reposting sites print pinyin after some characters (經(jīng)開區(qū)); the annotation is not the
 * document's text and would split names and titles, so it goes before anything is read.
 */
export const PINYIN_NOTE = /(?<=[\u4e00-\u9fff])\((?=[a-zɡü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zɡāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}\)/g;

/** A news report's credit at the end of its last paragraph (`…台账资料。(某县禁毒办供稿)`): who sent it in, no text of it. */
const TRAILING_CREDIT = new RegExp(`(?<=[。!?])\\s*${NEWS_CREDIT}\\s*$`, 'gm');

/** Such a site also puts a comma before some marks (`一,、加强…`, `通过,。`, `工作,,确保`): never the document's own. */
const STRAY_COMMA = /[,,](?=[,,、。;;::!?!?])/g;

const cleanText = (text: string): string => normaliseText(text).replace(PINYIN_NOTE, '').replace(STRAY_COMMA, '').replace(TRAILING_CREDIT, '');

/**
 * A repost that lost its wide spaces to `?` (`牵头单位? |`, `沈 ?昱?`): a `?` after a character and
 * before a space, a bar or the line's end. When a document has several, they are spaces, not questions.
 */
const LOST_SPACE = /(?<=[\u4e00-\u9fff\d)。,;:、\s])\?(?=[\s|\u4e00-\u9fff]|$)/gm;

/** A repost that turned a paragraph's full-width indent into question marks (`??一、…`, `??1.…`). */
const LOST_INDENT = /^[?？]{2,4}(?=[^?？\s])/;
/** In such a repost, one `?` left of a narrower indent before an item's number (`?(四)…` among `???(一)…`). */
const LOST_ONE = /^[?？](?=[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、．](?!\d))/;

/** Folds full-width punctuation everywhere once, so every reader below sees one spelling. */
export const normaliseDocument = (doc: PlanDocument): PlanDocument => {
  const lines = doc.blocks.flatMap((b) => (b.kind === 'line' ? [cleanText(b.text)] : []));
  const lostSpaces = lines.reduce((n, l) => n + (l.match(LOST_SPACE)?.length ?? 0), 0);
  const jammed = isJammed(lines);
  const doubled = hasDoubledLineStarts(lines);
  const lostIndents = lines.filter((l) => LOST_INDENT.test(l.trim())).length >= 3;
  const clean = (t: string): string => {
    const unindented = lostIndents ? t.trim().replace(LOST_INDENT, '').replace(LOST_ONE, '') : t;
    const folded = doubled ? undoubleLineStarts(cleanText(unindented)) : cleanText(unindented);
    const spaced = lostSpaces >= 5 ? folded.replace(LOST_SPACE, ' ') : folded;
    const text = unbracketLabel(dropLabelLevel(doc.format === 'text' && spaced.includes('\t') ? tabCellsAsBars(spaced) : spaced));
    return jammed ? stripJammer(text) : text;
  };
  return {
    format: doc.format,
    // A table printed one glued row a line (`1切实解决……。市房管局`) is made bar rows (glued-row-lines.ts).
    blocks: unglueRowLines(
      doc.blocks.map((b) =>
        b.kind === 'line' ? { ...b, text: clean(b.text) } : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => clean(c).trim()) })) },
      ),
    ),
  };
};
