// A unit marked inside a list as the lead or a participant, instead of by a label: `区园林局(牵头)、
// 区财政局`, `责任单位:A、B,A为牵头单位`, `区财政局为配合单位`. The mark decides; the unmarked units of the
// same list take part, and the lead is no longer a guess.
import type { Responsibility } from './responsibility.js';

// The mark may sit in any bracket a document uses: (牵头), [牵头], 【牵头】, 〔牵头〕.
// A star after the name (`区农业农村委*`) is the other common mark: tables note `加*号为牵头部门` in their
// header and star the lead in each cell.
const LEAD_MARK = /^(.+?)(?:[(\[【〔](?:牵头|牵头单位|牵头部门|主办|主责)[)\]】〕]|为牵头(?:单位|部门)|\s*[*＊★☆])$/;
const JOIN_MARK = /^(.+?)(?:[(\[【〔](?:配合|协办|参与|参加|协同|协作|协助)(?:单位|部门)?[)\]】〕]|为(?:配合|参与|参加|协同|协办|协作|协助)(?:单位|部门))$/;
// A sign before the name (`▲区发改局,区财政局`): a filled sign marks the lead, a hollow one (`△区财政局`) a unit
// that takes part, as a 分工 matrix's ●/○ do. Only before a name's first character, never inside it.
const LEAD_SIGN = /^[▲★●◆■※*＊]\s*([\u4e00-\u9fff].*)$/;
const JOIN_SIGN = /^[△☆○◇□]\s*([\u4e00-\u9fff].*)$/;

const leadName = (name: string): string | null => LEAD_MARK.exec(name)?.[1] ?? LEAD_SIGN.exec(name)?.[1] ?? null;
const joinName = (name: string): string | null => JOIN_MARK.exec(name)?.[1] ?? JOIN_SIGN.exec(name)?.[1] ?? null;

/** A unit written with its role mark (`区教育局(牵头单位)`, `各街道(配合)`, `▲区发改局`); `lead` when the mark is 牵头. */
export const markOf = (name: string): 'lead' | 'join' | null => (leadName(name) !== null ? 'lead' : joinName(name) !== null ? 'join' : null);

const unique = (names: string[]): string[] => [...new Set(names)];

/**
 * Every name of a list signed alike (`●区教育局 ●区财政局`) is a list printed with bullets, not a lead picked
 * out: the signs come off and the list reads as it would without them.
 */
const bulletsOnly = (names: string[]): boolean => {
  if (names.length < 2) return false;
  const sign = (n: string): string | null => (LEAD_SIGN.test(n) || JOIN_SIGN.test(n) ? n.charAt(0) : null);
  const first = sign(names[0] ?? '');
  return first !== null && names.every((n) => sign(n) === first);
};

export const applyLeadMarks = (r: Responsibility): Responsibility => {
  const names = [...r.leads, ...r.participants];
  if (!names.some((n) => markOf(n) !== null)) return r;
  if (bulletsOnly(names)) {
    const bare = (n: string): string => n.slice(1).trim();
    return { ...r, leads: r.leads.map(bare), participants: r.participants.map(bare) };
  }
  const leads: string[] = [];
  const others: string[] = [];
  for (const name of names) {
    const lead = leadName(name);
    if (lead) leads.push(lead);
    else others.push(joinName(name) ?? name);
  }
  if (leads.length === 0) return { ...r, leads: r.leads.map((n) => joinName(n) ?? n), participants: r.participants.map((n) => joinName(n) ?? n) };
  const lead = unique(leads);
  return { leads: lead, participants: unique(others).filter((n) => !lead.includes(n)), isLeadInferred: false };
};

/** A unit's name with its role mark taken off (`市科技局(牵头)`, `区农业农村委*`, `▲区发改局` → the name). */
export const withoutMark = (n: string): string =>
  n.replace(/(?:[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]|\s*[*＊★☆])$/, '').replace(/^[▲★●◆■※*＊△☆○◇□]\s*(?=[\u4e00-\u9fff])/, '');

/**
 * A bracket that lists units only, the lead marked inside it: `(A、X(牵头)、B)`, `(X*、A)`. The mark decides
 * who leads; the list is no sentence, so the verb reader never sees it. `isUnit` judges each bare name
 * among all of them.
 */
export const markedUnitList = (names: string[], isUnit: (name: string, all: string[]) => boolean): Responsibility | null => {
  if (!names.some((n) => markOf(n) === 'lead')) return null;
  const bare = names.map(withoutMark);
  if (!bare.every((n) => isUnit(n, bare))) return null;
  return applyLeadMarks({ leads: names, participants: [], isLeadInferred: false });
};
