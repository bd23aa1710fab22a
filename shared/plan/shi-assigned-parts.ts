// A paragraph that counts its parts inline (`一是…。二是…`, `第一,…第二,…`, `其一,…其二,…`) where the parts name
// their units in the prose, after 由 (`一是组建城区小组,由园林所具体负责…。二是…,由水务站配合区水利局完成…`): each
// part is a task of its own, its title the words before its 由-clause, its units read from that clause —
// `由X负责` / `由X牵头(,A、B配合)` lead X; `由X配合Y完成…` leads Y with X helping, unless X also 负责 part of the
// work itself (`…,并具体负责…`), then X leads and Y helps. Only when two or more parts carry such a clause (a
// paragraph of 一是/二是 with no unit anywhere stays one task). A paragraph `由X牵头,A、B配合,…` standing alone right
// before such a run is a task too, and gives its units to the parts that name none (inferred, 推定); a part
// whose clause names something that is no unit (a person, a group of officials) keeps that and gets nothing.
// The parts are written as circled items with their units in a bracket after the title, for the body reader.
import type { SourceLine } from './body.js';
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';
import { CIRCLED } from './numbering.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The counting marks a paragraph may use: each numeral, as the mark is written at a clause's start. */
const FAMILIES: ((n: string) => RegExp)[] = [
  (n) => new RegExp(`(^|[。;;,,::])${n}是`, 'g'),
  (n) => new RegExp(`(^|[。;;])第${n}[,,、]`, 'g'),
  (n) => new RegExp(`(^|[。;;])其${n}[,,、]`, 'g'),
];

type Counted = { head: string; parts: string[] };

/** The text's head and its parts, cut at the first family of marks that counts up from 一 twice or more. */
export const countedParts = (text: string): Counted | null => {
  for (const family of FAMILIES) {
    const marks: { at: number; end: number }[] = [];
    for (const n of NUMERALS) {
      const from = marks[marks.length - 1]?.at ?? -1;
      const next = [...text.matchAll(family(n))].map((m) => ({ at: (m.index ?? 0) + (m[1] ?? '').length, end: (m.index ?? 0) + m[0].length })).find((x) => x.at > from);
      if (!next) break;
      marks.push(next);
    }
    if (marks.length < 2) continue;
    const ends = [...marks.slice(1).map((m) => m.at), text.length];
    return { head: text.slice(0, marks[0]?.at ?? 0).trim(), parts: marks.map((m, i) => text.slice(m.end, ends[i]).trim()) };
  }
  return null;
};

type Roles = { leads: string[]; participants: string[] };
/** `named`: the part names its units; `worded`: it says 由…负责/牵头 of something that is no unit. */
type PartRoles = { roles: Roles | null; worded: boolean };

const NAME = '[\\u4e00-\\u9fff()()、]{2,30}?';
const BY = new RegExp(`由(${NAME})(?:具体|全面|统一)?(负责|牵头|配合)`);
const HELPERS = new RegExp(`^[,,](${NAME})(?:配合|参与|协助|协同)`);
const HELPED = new RegExp(`^(${NAME})(?:完成|开展|做好|抓好|推进|落实|实施|进行|共同|负责)`);
const OWN_DUTY = /并(?:具体)?负责/;

/** `helping`: names beside a named lead may be any unit's (a town), not a body's name. */
const units = (written: string | undefined, helping = false): string[] | null => {
  const names = splitUnitList(written ?? '');
  return names.length > 0 && isUnitNameList(names) && (helping || names.some(isDepartmentLike)) ? names : null;
};

export const partRoles = (part: string): PartRoles => {
  const m = BY.exec(part);
  if (!m) return { roles: null, worded: /牵头|负责/.test(part) };
  const by = units(m[1]);
  if (!by) return { roles: null, worded: true };
  const after = part.slice((m.index ?? 0) + m[0].length);
  if (m[2] === '配合') {
    const helped = units(HELPED.exec(after)?.[1]);
    if (!helped) return { roles: null, worded: true };
    return { roles: OWN_DUTY.test(after) ? { leads: by, participants: helped } : { leads: helped, participants: by }, worded: true };
  }
  const helpers = m[2] === '牵头' ? units(HELPERS.exec(after)?.[1], true) : null;
  return { roles: { leads: by, participants: helpers ?? [] }, worded: true };
};

/** `由X牵头,A、B配合,<work>`: a paragraph that opens with its own assignment and goes on to the work. */
const standingAssignment = (text: string): Roles | null => {
  if (!/^由/.test(text) || countedParts(text)) return null;
  const found = partRoles(text);
  if (!found.roles || !/^由[^,,。]*牵头[,,]/.test(text)) return null;
  const work = text.replace(/^由[^,,。]*[,,](?:[^,,。]*(?:配合|参与|协助|协同)[,,])?/, '');
  return work.length >= 8 ? found.roles : null;
};

const bracket = (roles: Roles, inferred: boolean): string =>
  inferred ? `(${[...roles.leads, ...roles.participants].join('、')})` : `(${roles.leads.join('、')}牵头${roles.participants.length > 0 ? `,${roles.participants.join('、')}配合` : ''})`;

/** The part as a circled item: its title (before its 由-clause), its units' bracket, then the rest of its words. */
const written = (part: string, mark: string, roles: Roles | null, inferred: boolean): string => {
  const text = part.replace(/[;;,,]$/, '。');
  if (!roles) return `${mark}${text}`;
  const by = text.search(/[,,]由/);
  const stop = text.indexOf('。');
  const cut = by >= 0 && (stop < 0 || by < stop) ? by : stop;
  if (cut <= 0) return `${mark}${text.replace(/。?$/, '')}${bracket(roles, inferred)}。`;
  return `${mark}${text.slice(0, cut)}${bracket(roles, inferred)}。${text.slice(cut + 1)}`;
};

const splitRun = (line: SourceLine, standing: Roles | null): SourceLine[] | null => {
  const counted = countedParts(line.text);
  if (!counted) return null;
  const read = counted.parts.map(partRoles);
  if (read.filter((r) => r.roles).length < 2) return null;
  const lines = counted.parts.map((part, i) => {
    const own = read[i];
    const given = !own?.roles && !own?.worded ? standing : null;
    return { line: line.line, text: written(part, CIRCLED[i + (standing ? 1 : 0)] ?? '', own?.roles ?? given, given !== null) };
  });
  return counted.head ? [{ line: line.line, text: counted.head }, ...lines] : lines;
};

export const splitShiAssignedParts = (lines: SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SourceLine;
    const next = lines[i + 1];
    const standing = next ? standingAssignment(line.text.trim()) : null;
    const run = standing && next ? splitRun(next, standing) : null;
    if (standing && next && run) {
      // The run's head (`组建工作小组5个,…。`) is the preamble's words; the standing paragraph is the first item.
      const hasHead = run[0]?.text.startsWith(CIRCLED[1] ?? '') !== true;
      const parts = hasHead ? run.slice(1) : run;
      if (hasHead && run[0]) out.push(run[0]);
      out.push({ line: line.line, text: `${CIRCLED[0]}${line.text.trim().replace(/。?$/, '')}${bracket(standing, false)}。` }, ...parts);
      i += 1;
      continue;
    }
    out.push(...(splitRun(line, null) ?? [line]));
  }
  return out;
};
