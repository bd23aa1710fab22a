// An item whose second line says who organises it and who turns out (an attachment's list of road sections or
// areas, `1、城北路全段:` then `县财政局负责组织:县财政局、二小教师和学生参加。`): the unit before 负责组织 leads, the
// units after the colon take part. The item's first line (`…:` a route, an area) is its title, never a unit.
import type { Responsibility } from './responsibility.js';
import type { Clause } from './clause.js';
import { isDepartmentLike, isUnitInList, splitUnitList } from './unit-names.js';

/** `X负责组织:A、B参加。`, `X牵头组织:A、B、C。` on a line of its own. */
const ORGANISED = /^([^,,;;。::]{2,20}?)(?:负责组织|牵头组织|组织实施|负责牵头)[::]([^。;;]{2,200}?)(?:参加|参与|配合)?[。;;]?$/;

/** The people of a body stand for it (`二小教师和学生`, `县医院全体职工`): the body is the unit. */
const PEOPLE = /(?:的)?(?:全体)?(?:教师|老师|师生|教职工|干部职工|干部|职工|学生|员工|党员|志愿者)(?:[和及与、](?:教师|老师|学生|职工|干部|家长|员工))*$/;

/** A note on who a name covers (`机关(指一楼外所有单位)`, `(含下属单位)`): the name is the unit. */
const COVER_NOTE = /[((](?:指|含|包括|即|不含)[^()()]*[))]$/;

const unitOf = (raw: string): { name: string; isPeople: boolean } => {
  const name = raw.replace(COVER_NOTE, '').trim();
  const body = name.replace(PEOPLE, '');
  return body !== name && /^[\u4e00-\u9fff]{2,12}$/.test(body) ? { name: body, isPeople: true } : { name, isPeople: false };
};

export type Organised = { responsibility: Responsibility; raw: string };

/** The organiser's line of an item (not its first line): the organiser leads, the listed units take part. */
export const organisedByLine = (text: string): Organised | null => {
  const lines = text.split('\n');
  for (const raw of lines.slice(1)) {
    const m = ORGANISED.exec(raw.trim().replace(/\s+/g, ''));
    if (!m?.[1] || !m[2]) continue;
    const lead = m[1].replace(/^由/, '');
    const listed = splitUnitList(m[2]).map(unitOf);
    const names = listed.map((u) => u.name);
    if (!isDepartmentLike(lead) || listed.length === 0) continue;
    if (!listed.every((u) => u.isPeople || isUnitInList(u.name, [lead, ...names]))) continue;
    return { responsibility: { leads: [lead], participants: names.filter((n) => n !== lead), isLeadInferred: false }, raw };
  }
  return null;
};

/** The line as the clause reader takes it (clause.ts): the units out, the rest the item's text. */
export const organisedByClause = (text: string, carried: string[]): Clause | null => {
  const found = organisedByLine(text);
  return found ? { responsibility: found.responsibility, rest: text.replace(found.raw, '').trim(), raw: found.raw, raws: [found.raw], carried } : null;
};
