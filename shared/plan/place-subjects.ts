// An item whose first words are the places (or their governments) that do its work, before 要/必须/应/负责:
// `4、甲、乙街道和丙乡,要在…设立…` — the first place named leads, the others take part (a bare list, as the keys
// read a list of subjects); `3、各镇政府、街道办事处必须…` — a group of governments each doing its own part (各)
// all lead. A name printed without its level (`甲`) takes the level of the name after it (`乙街道`). Asked last by
// the clause reader (clause.ts): only when the item names its units no other way. Nothing is taken out of its text.
import type { Clause } from './clause.js';
import { bareList } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { splitUnitList } from './unit-names.js';

/** A place's own name and level, or a place's government or office (`某某镇人民政府`, `各乡(镇)政府`, `街道办事处`). */
// Towns and villages only: `城区、周边地区` and `城乡` are no places named for a task (a name before the level, two characters at least).
const PLACE = /^(?!全|本|该|有关|相关|其他|所在|周边|城区|农村)[\u4e00-\u9fff()()]{2,12}(?:街道|乡|镇|苏木|社区|村|政府|人民政府|办事处|街道办)$/;
const SUBJECT = /^([\u4e00-\u9fff()()、和及]{2,60}?)[,,]?(?=要|必须|须|应当|应|负责(?!人|同志))/;
const LEVEL = /(街道|乡|镇|社区|村)$/;

export const placeSubjects = (raw: string, carried: string[]): Clause | null => {
  const text = foldPunctuation(raw).trim();
  const m = SUBJECT.exec(text.split('\n')[0] ?? '');
  if (!m?.[1]) return null;
  const written = m[1].split(/[、和及]/).map((n) => n.trim());
  if (written.length < 2 || written.some((n) => n.length === 0)) return null;
  // `甲、乙街道`: a bare short name takes the level the next name is printed with.
  const names = written.map((n, i) => {
    if (LEVEL.test(n) || PLACE.test(n)) return n;
    const level = LEVEL.exec(written[i + 1] ?? '')?.[1];
    return n.length <= 4 && level ? n + level : n;
  });
  if (!names.every((n) => PLACE.test(n) && (!n.startsWith('各') || /(政府|办事处)$/.test(n)))) return null;
  // The list as the unit reader splits it must agree (no name cut in two by 和 inside it).
  if (splitUnitList(m[1]).length !== names.length) return null;
  const responsibility = names.some((n) => n.startsWith('各')) ? { leads: names, participants: [], isLeadInferred: false } : bareList(names);
  return { responsibility, rest: raw, raw: '', raws: [], carried };
};
