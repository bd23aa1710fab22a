// Word's automatic list numbering (word/numbering.xml). A paragraph numbered by Word carries no number in
// its text, only a reference (w:numPr: list and level); the number a reader sees ("1.", "(一)", "①") is
// drawn by Word from the list's level definition. Without it, a plan typed as a numbered list reaches the
// importer as unnumbered lines and its tasks are not found, so the numbers are drawn here the same way.
import { decodeEntities, type StyleLists } from './docx-xml.js';

type Level = { start: number; format: string; text: string };

export type Numbering = {
  /** numId → the abstract list it draws from, and per level the start values it overrides. */
  lists: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  /** abstractNumId → level definitions. */
  abstracts: Map<string, Map<number, Level>>;
};

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m ? decodeEntities(m[1] ?? '') : null;
};

const levelsOf = (body: string): Map<number, Level> => {
  const levels = new Map<number, Level>();
  for (const lvl of body.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
    const ilvl = Number(attr(lvl[1] ?? '', 'w:ilvl') ?? '0');
    const inner = lvl[2] ?? '';
    const start = Number(attr(/<w:start\b([^>]*)\/?>/.exec(inner)?.[1] ?? '', 'w:val') ?? '1');
    const format = attr(/<w:numFmt\b([^>]*)\/?>/.exec(inner)?.[1] ?? '', 'w:val') ?? 'decimal';
    const text = attr(/<w:lvlText\b([^>]*)\/?>/.exec(inner)?.[1] ?? '', 'w:val') ?? '';
    levels.set(ilvl, { start: Number.isFinite(start) ? start : 1, format, text });
  }
  return levels;
};

/** Reads numbering.xml (already checked for DOCTYPE and entities by the caller). */
export const readNumberingXml = (xml: string): Numbering => {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1] ?? '', 'w:abstractNumId');
    if (id !== null) abstracts.set(id, levelsOf(m[2] ?? ''));
  }
  const lists = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1] ?? '', 'w:numId');
    const abstractId = attr(/<w:abstractNumId\b([^>]*)\/?>/.exec(m[2] ?? '')?.[1] ?? '', 'w:val');
    if (id === null || abstractId === null) continue;
    const startOverrides = new Map<number, number>();
    for (const o of (m[2] ?? '').matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(/<w:startOverride\b([^>]*)\/?>/.exec(o[2] ?? '')?.[1] ?? '', 'w:val');
      if (start !== null) startOverrides.set(Number(attr(o[1] ?? '', 'w:ilvl') ?? '0'), Number(start));
    }
    lists.set(id, { abstractId, startOverrides });
  }
  return { lists, abstracts };
};

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: as Word's chineseCounting draws them. */
const chineseCount = (n: number): string => {
  if (n <= 0 || n >= 1000) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const head = hundreds > 0 ? `${DIGITS[hundreds]}百` : '';
  const tenPart = tens === 0 ? (hundreds > 0 && ones > 0 ? '零' : '') : `${tens === 1 && hundreds === 0 ? '' : DIGITS[tens]}十`;
  return `${head}${tenPart}${ones > 0 ? DIGITS[ones] : ''}`;
};

const letters = (n: number): string => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
};

const roman = (n: number): string => {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = n;
  let s = '';
  for (const [value, glyph] of table) for (; rest >= value; rest -= value) s += glyph;
  return s;
};

/** The number as the level's format draws it; null for bullets and unnumbered levels. */
const formatNumber = (n: number, format: string): string | null => {
  switch (format) {
    case 'bullet':
    case 'none':
      return null;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographDigital':
      return chineseCount(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
};

/** Counts paragraphs list by list as Word does, and draws each one's number. */
export const numberingCounter = (numbering: Numbering) => {
  const counts = new Map<string, number[]>();
  return (numId: string, ilvl: number): string | null => {
    const list = numbering.lists.get(numId);
    const levels = list ? numbering.abstracts.get(list.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!list || !levels || !level || ilvl < 0 || ilvl > 8) return null;
    // Lists drawn from one abstract definition continue each other, as in Word.
    const current = counts.get(list.abstractId) ?? [];
    const startOf = (l: number): number => list.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
    const previous = current[ilvl];
    current[ilvl] = previous === undefined ? startOf(ilvl) : previous + 1;
    // A deeper level starts again under each new item of this one.
    current.length = ilvl + 1;
    counts.set(list.abstractId, current);
    if (level.format === 'bullet' || level.format === 'none') return null;
    let drawn: string | null = level.text;
    for (let l = 0; l <= ilvl && drawn !== null; l += 1) {
      if (!drawn.includes(`%${l + 1}`)) continue;
      const value = formatNumber(current[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
      drawn = value === null ? null : drawn.split(`%${l + 1}`).join(value);
    }
    return drawn && drawn.trim() !== '' ? drawn : null;
  };
};

/**
 * word/styles.xml: paragraph styles that number their paragraphs (a 标题 1 drawn as 一、), with the
 * numbering a style inherits from the style it is based on.
 */
export const readStyleLists = (xml: string): StyleLists => {
  const own = new Map<string, { numId: string; ilvl: number }>();
  const basedOn = new Map<string, string>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1] ?? '', 'w:styleId');
    if (id === null) continue;
    const body = m[2] ?? '';
    const base = attr(/<w:basedOn\b([^>]*)\/?>/.exec(body)?.[1] ?? '', 'w:val');
    if (base !== null) basedOn.set(id, base);
    const numId = attr(/<w:numId\b([^>]*)\/?>/.exec(body)?.[1] ?? '', 'w:val');
    if (numId !== null) own.set(id, { numId, ilvl: Number(attr(/<w:ilvl\b([^>]*)\/?>/.exec(body)?.[1] ?? '', 'w:val') ?? '0') || 0 });
  }
  const lists: StyleLists = new Map();
  for (const id of new Set([...own.keys(), ...basedOn.keys()])) {
    // Follow basedOn a few steps: Word's own chains are short, and a loop in a hand-made file must end.
    let at: string | undefined = id;
    for (let step = 0; at !== undefined && step < 8; step += 1) {
      const found = own.get(at);
      if (found) {
        if (found.numId !== '0') lists.set(id, found);
        break;
      }
      at = basedOn.get(at);
    }
  }
  return lists;
};
