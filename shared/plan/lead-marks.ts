// A unit marked inside a list as the lead or a participant, instead of by a label: `区园林局(牵头)、
// 区财政局`, `责任单位:A、B,A为牵头单位`, `区财政局为配合单位`. The mark decides; the unmarked units of the
// same list take part, and the lead is no longer a guess.
import type { Responsibility } from './responsibility.js';

// The mark may sit in any bracket a document uses: (牵头), [牵头], 【牵头】, 〔牵头〕.
// A star after the name (`区农业农村委*`) is the other common mark: tables note `加*号为牵头部门` in their
// header and star the lead in each cell.
const LEAD_MARK = /^(.+?)(?:[(\[【〔](?:牵头|牵头单位|牵头部门|主办|主责)[)\]】〕]|为牵头(?:单位|部门)|\s*[*＊★☆])$/;
const JOIN_MARK = /^(.+?)(?:[(\[【〔](?:配合|协办|参与|参加|协同|协作|协助)(?:单位|部门)?[)\]】〕]|为(?:配合|参与|参加|协同|协办|协作|协助)(?:单位|部门))$/;

/** A unit written with its role mark (`区教育局(牵头单位)`, `各街道(配合)`); `lead` when the mark is 牵头. */
export const markOf = (name: string): 'lead' | 'join' | null => (LEAD_MARK.test(name) ? 'lead' : JOIN_MARK.test(name) ? 'join' : null);

const unique = (names: string[]): string[] => [...new Set(names)];

export const applyLeadMarks = (r: Responsibility): Responsibility => {
  const names = [...r.leads, ...r.participants];
  if (!names.some((n) => LEAD_MARK.test(n) || JOIN_MARK.test(n))) return r;
  const leads: string[] = [];
  const others: string[] = [];
  for (const name of names) {
    const lead = LEAD_MARK.exec(name);
    if (lead?.[1]) leads.push(lead[1]);
    else others.push(JOIN_MARK.exec(name)?.[1] ?? name);
  }
  if (leads.length === 0) return { ...r, leads: r.leads.map((n) => JOIN_MARK.exec(n)?.[1] ?? n), participants: r.participants.map((n) => JOIN_MARK.exec(n)?.[1] ?? n) };
  const lead = unique(leads);
  return { leads: lead, participants: unique(others).filter((n) => !lead.includes(n)), isLeadInferred: false };
};

/** A unit's name with its role mark taken off (`市科技局(牵头)`, `区农业农村委*` → the name). */
export const withoutMark = (n: string): string => n.replace(/(?:[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]|\s*[*＊★☆])$/, '');

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
