// Three shapes of heldout45 (brief H-fix5-prose, branch prose46, shelf 1064): an item whose prose says who leads in
// a clause of its own (`由X牵头,…。…,X牵头,A、B参与对…进行督查`), an attachment of areas, each `N、area:` over a
// line `X负责组织:A、B参加。`, and a titled item whose `一是…。二是X要…。三是Y要…。` parts name its units as subjects.
import type { Rng } from '../../../bench/rng.js';
import { bodyDocument, coLeads, join, keyTask, stated, type Generated, type Item } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]$/, '');

/** `title。本次工作,由X牵头,督促…。月底前,X牵头,A、B参与对…进行督查。` */
const proseRoles = (rng: Rng, t: PoolTask, title: string): Item => {
  const opener = rng.pick(['本次工作,', '此项工作,', '活动期间,', '']);
  const lead = `${rng.pick(['由', ''])}${join(t.leads)}牵头`;
  const first = `${opener}${lead},${rng.pick(['督促各单位落实工作任务', '统筹推进各项工作', '定期调度工作进展'])}。`;
  const second =
    t.participants.length > 0
      ? `${rng.pick(['每季度末', '年底前', '活动结束后'])},${join(t.leads)}牵头,${join(t.participants)}${rng.pick(['参与', '配合', '参加'])}对${rng.pick(['落实情况', '工作成效', '整改情况'])}进行督查。`
      : '';
  return { lines: [`${drop(title)}。${first}${second}`], units: stated(t) };
};

/** `附件` / `…责任片区划分` / `N、area:` / `X负责组织:A、B参加。` */
const organisedBy = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [...f.head, '附件', `${f.issuer}${rng.pick(['城区环境卫生责任路段划分', '责任片区划分', '清理整治责任区域'])}`];
  const key = tasks.map((t, k) => {
    const [lead = '', ...others] = t.leads;
    const rest = [...others, ...t.participants];
    const list = rest.length === 0 || rng.next() < 0.4 ? [lead, ...rest] : rest;
    lines.push(`${k + 1}、${drop(t.title)}:`, `${lead}${rng.pick(['负责组织', '牵头组织'])}:${join(list)}${rng.pick(['参加', '参与', ''])}。`);
    return keyTask(t.title, { leads: [lead], participants: rest });
  });
  return { text: [...lines, ...f.foot].join('\n'), key };
};

const WORKS = ['加强日常巡查,及时发现问题', '落实整改措施,确保按期完成', '做好宣传引导,营造良好氛围', '强化督促检查,严格责任追究', '加大投入力度,保障工作经费'];

/** `title。opening sentence。一是…。二是X要…。三是Y要…。`: every unit answers for its part (co-leads). */
const titledShi = (rng: Rng, t: PoolTask, title: string): Item => {
  const units = [...t.leads, ...t.participants];
  // Nine units at most have a part each (the count stops at 十是); the rest share the last part.
  const own = units.length > 9 ? [...units.slice(0, 8).map((u) => [u]), units.slice(8)] : units.map((u) => [u]);
  const parts = [rng.pick(['摸清底数,建立工作台账', '明确标准,细化工作方案', '全面排查,逐项登记造册']), ...own.map((u) => `${join(u)}要${rng.pick(WORKS)}`)];
  const opening = rng.pick(['此项工作覆盖全部责任区域。', '各项任务同步部署、同步推进。', '']);
  return { lines: [`${drop(title)}。${opening}${parts.map((p, i) => `${cn(i + 1)}是${p}。`).join('')}`], units: coLeads(t) };
};

export const prose46Layouts: Layout[] = [
  { id: 'prose-X牵头-A参与', what: 'an item whose prose says 由X牵头,… and X牵头,A、B参与对…进行督查 in clauses of their own (heldout45 1064)', make: (rng, t) => bodyDocument(rng, t, proseRoles) },
  {
    id: 'titled-一是-subjects',
    what: 'a titled item whose 一是…。二是X要…。三是Y要…。 parts name its units as subjects: one task, co-leads (heldout45 1064)',
    make: (rng, t) => bodyDocument(rng, t.filter((x) => x.leads.length + x.participants.length >= 2), titledShi),
  },
  { id: 'area-X负责组织', what: 'an attachment of areas, `N、area:` over `X负责组织:A、B参加。` (heldout45 1064)', make: (rng, t) => organisedBy(rng, t) },
];
