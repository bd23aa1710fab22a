// Shapes the eleventh held-out batch taught (docs/import-plan.md, "Since held-out batch 11"), written with the
// whole pool of corpus tasks: a 分工清单 run into one paragraph that a newspaper continued from an earlier
// page, its units a sentence of role verbs; 牵头 and 按职责分工 with verbs the reader did not list; units as
// the subject of an item's sentence.
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, bodyDocument, coLeads, join, keyTask, stated, type Units } from './body.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]$/, '');

/** A title as one cell of a run-on row: its own full stops as commas, digits left out so no row number is faked. */
const cell = (title: string): string => drop(title).replace(/[。;;]/g, ',').replace(/\d+/g, '若干');

/**
 * `(上接第三版)` / `序号工作任务责任单位21任务。A、B牵头;C配合;各县(市、区)人民政府落实22…`: the rows run
 * together, the first row's number wherever the earlier page stopped (heldout11's 405).
 */
const gluedContinued = (rng: Rng, tasks: PoolTask[]): { text: string; key: KeyTask[] } => {
  const f = frame(rng);
  const first = 2 + Math.floor(rng.next() * 30);
  const local = rng.next() < 0.5;
  const key: KeyTask[] = [];
  const rows = tasks.map((t, n) => {
    const units: Units = { leads: t.leads, participants: [...t.participants, ...(local ? ['各县(市、区)人民政府'] : [])] };
    key.push(keyTask(cell(t.title), units));
    const helpers = t.participants.length > 0 ? `;${join(t.participants)}配合` : '';
    return `${first + n}${cell(t.title)}。${join(t.leads)}牵头${helpers}${local ? ';各县(市、区)人民政府落实' : ''}`;
  });
  const text = [...f.head, `${f.issuer}重点任务分工清单`, `(上接第${rng.pick(['二', '三', '四'])}版)`, `序号工作任务责任单位${rows.join('')}`, ...f.foot].join('\n');
  return { text, key };
};

const leadVerbs = ['牵头办理', '牵头开展', '牵头谋划', '牵头制定'];
const sharedVerbs = ['按职责分工推进', '按职责分工实施', '按照职责分工办理'];

export const learnedLayouts4: Layout[] = [
  { id: 'learned-glued-continued', what: 'a 分工清单 run into one paragraph from row N on (上接第三版), units as A牵头;B配合;C落实 (heldout11)', make: (rng, t) => gluedContinued(rng, t) },
  {
    id: 'learned-牵头+verb',
    what: '(X牵头办理,A、B配合) and (A、B按职责分工推进): 牵头 and 按职责分工 with a verb the reader did not list (heldout11)',
    make: (rng, t) =>
      bodyDocument(rng, t, (r, x, title) => {
        const shared = x.participants.length > 0 && r.next() < 0.4;
        if (shared) return { lines: [`${drop(title)}(${join([...x.leads, ...x.participants])}${r.pick(sharedVerbs)})。`], units: coLeads(x) };
        const helpers = x.participants.length > 0 ? `,${join(x.participants)}配合` : '';
        return { lines: [`${drop(title)}(${join(x.leads)}${r.pick(leadVerbs)}${helpers})。`], units: stated(x) };
      }),
  },
  {
    id: 'learned-subject-负责',
    what: '1、X、Y负责<work>。 / X要<work>。: the units an item opens with, a bare list (X leads, inferred), no label or bracket (heldout11)',
    make: (rng, t) =>
      bodyDocument(
        rng,
        t.filter((x) => x.participants.length === 0 && x.leads.every((u) => u.length >= 3 && !/^[各全]/.test(u))),
        (r, x, title) => {
          // The item's number first, then its units and their work (the title comes numbered).
          const m = /^(\d+[.、.]|[((]\d+[))])(.*)$/s.exec(title);
          return { lines: [`${m?.[1] ?? ''}${join(x.leads)}${r.pick(['负责', '要', '继续'])}${drop(m?.[2] ?? title)}。`], units: bare({ ...x, participants: [] }) };
        },
        { styles: ['1.', '(1)'] },
      ),
  },
];
