// Clause phrasings the session of 2026-11-30 found misread in made-up cases (test/unit/plan-clause-phrasings
// .test.ts), written with the whole pool of corpus tasks so a rule that held only for the made-up units shows.
import type { Rng } from '../../../bench/rng.js';
import { bare, bodyDocument, join, leadOnly, stated, type ItemWriter, type Units } from './body.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]$/, '');
const unitsOf = (t: PoolTask): Units => (t.participants.length > 0 ? stated(t) : leadOnly(t));
const withHelpers = (tasks: PoolTask[]): PoolTask[] => tasks.filter((t) => t.participants.length > 0);

const bracket =
  (say: (rng: Rng, t: PoolTask) => string): ItemWriter =>
  (rng, task, title) => ({ lines: [`${drop(title)}(${say(rng, task)})。`], units: unitsOf(task) });

const ownLine =
  (say: (rng: Rng, t: PoolTask) => string): ItemWriter =>
  (rng, task, title) => ({ lines: [title, say(rng, task)], units: unitsOf(task) });

const helpers = (t: PoolTask, say: (units: string) => string): string => (t.participants.length > 0 ? say(join(t.participants)) : '');

export const phrasingLayouts: Layout[] = [
  {
    id: 'phrasing-由X牵头,会同A推进',
    what: '由X牵头,会同A、B推进 on the line under the item',
    make: (rng, t) => bodyDocument(rng, withHelpers(t), ownLine((r, x) => `由${join(x.leads)}牵头,会同${join(x.participants)}${r.pick(['推进', '落实', '共同推进', '组织实施'])}。`)),
  },
  {
    id: 'phrasing-X为责任单位',
    what: '(X为责任单位,Y为配合单位); alone, `A、B为责任单位` is a bare list (A leads, inferred)',
    make: (rng, t) =>
      bodyDocument(rng, t, (r, x, title, at) => ({ ...bracket((_r, y) => `${join(y.leads)}为责任单位${helpers(y, (p) => `,${p}为配合单位`)}`)(r, x, title, at), units: x.participants.length > 0 ? stated(x) : bare(x) })),
  },
  { id: 'phrasing-(X,Y配合)', what: '(X,A、B配合): the list before the helpers leads', make: (rng, t) => bodyDocument(rng, withHelpers(t), bracket((_r, x) => `${join(x.leads)},${join(x.participants)}配合`)) },
  {
    id: 'phrasing-责任单位:A、B,A牵头',
    what: '(责任单位:A、B,A牵头): a bare list that names its lead after it',
    make: (rng, t) => bodyDocument(rng, withHelpers(t), bracket((_r, x) => `责任单位:${join([...x.participants, ...x.leads])},${join(x.leads)}牵头`)),
  },
  { id: 'phrasing-X牵头;配合单位:Y', what: '(X牵头;配合单位:Y): a verb, then a label', make: (rng, t) => bodyDocument(rng, withHelpers(t), bracket((_r, x) => `${join(x.leads)}牵头;配合单位:${join(x.participants)}`)) },
  { id: 'phrasing-——X牵头', what: '——X牵头,Y配合 on the line under the item', make: (rng, t) => bodyDocument(rng, t, ownLine((_r, x) => `——${join(x.leads)}牵头${helpers(x, (p) => `,${p}配合`)}。`)) },
];
