// Items headed by a `关于X。` sentence, run together in one paragraph under a section heading (`三、突出问题` /
// `关于砂石行业整治。县甲局牵头负责,…。关于砖瓦行业问题。县乙局负责,…`): every `关于X。` opens an item of its own, X's
// sentence its title. Read as one paragraph, the section took every item's text as one. Only when the paragraph
// opens with such a sentence and holds two at least, each a short topic with no comma (a citation `关于印发…的通知`
// is none), and only under a section heading (under a numbered item the sentences are that item's own text).
import type { SourceLine } from './body.js';
import { asBulletItem, readHeading, SECTION_KINDS } from './numbering.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

const HEAD = /关于[^。;;,,::《》()()]{2,24}。/g;
const CITED = /的(通知|意见|决定|批复|函|报告|请示|办法|规定|方案)。$/;

/** Where each `关于X。` head starts: at the paragraph's start or right after a sentence's end. */
const heads = (text: string): number[] =>
  [...text.matchAll(HEAD)].filter((m) => (m.index === 0 || /[。;]\s*$/.test(text.slice(0, m.index))) && !CITED.test(m[0])).map((m) => m.index);

// `关于X。县乙局负责,…`: the unit(s) opening the sentence after the head, before a bare 负责 and a comma, own the item.
const OWNER = /^关于[^。]+。\s*([\u4e00-\u9fff、()()]{3,30}?)负责[,,]/;
const ownerLine = (line: number, piece: string): SourceLine[] => {
  const units = OWNER.exec(foldPunctuation(piece))?.[1] ?? '';
  const names = units ? splitUnitList(units) : [];
  return names.length > 0 && names.every(isDepartmentLike) && !/牵头|配合|协助/.test(units) ? [{ line, text: `责任单位:${units}` }] : [];
};

const splitParagraph = (line: SourceLine): SourceLine[] => {
  const text = foldPunctuation(line.text).trim();
  const at = heads(text);
  if (at.length < 2 || at[0] !== 0) return [line];
  const raw = line.text.trim();
  const cuts = [...at, raw.length];
  const pieces = at.map((from, i) => raw.slice(from, cuts[i + 1]).trim());
  // Each head has its item's text after it (the page's last one may be cut short).
  if (pieces.slice(0, -1).some((p) => p.length < (/^关于[^。]+。/.exec(p)?.[0].length ?? 0) + 6)) return [line];
  return pieces.flatMap((piece) => [{ line: line.line, text: asBulletItem(piece) }, ...ownerLine(line.line, piece)]);
};

export const splitAboutItems = (lines: SourceLine[]): SourceLine[] => {
  let underSection = false;
  return lines.flatMap((l) => {
    const kind = readHeading(l.text.trim())?.kind;
    if (kind !== undefined) {
      underSection = SECTION_KINDS.has(kind);
      return [l];
    }
    return underSection ? splitParagraph(l) : [l];
  });
};
