// An unkeyed sweep (issue 15): imports every .txt in a folder with the real reader and prints, per
// document, the counts and the readings that are plainly suspicious. No answer keys: these are checks
// that hold for any document (a unit that contains a verb, a task title that is a label, a section
// read as a task …), so a wide set of unseen pages can show where the reader goes wrong.
//   npx jiti test/corpus/sweep.ts /work/notes/sweep/docs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../shared/plan/document.js';
import type { ParsedPlan, ParsedTask } from '../../shared/plan/types.js';

/** Words that belong to a sentence or a label, never inside a unit's name. */
const PHRASE_IN_UNIT = /加强|推进|完成|负责|牵头|配合|落实|以上|年底|前$|。|协同|责任|分工|做好|开展|按照|确保|^由|.由|细则|具体|考核|承办|协办/;
const DATE_OR_NUMBER = /^[\d.%年月日底前\-—~至]+$|^\d{4}年|^\d+月/;
const PERSON = /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤][\u4e00-\u9fff]{1,2}$/;
const UNIT_END = /(局|委|办|院|厅|政府|部|中心|处|会|所|队|站|公司|单位|部门|街道|镇|乡|区|县|市|馆|社|行|组|室|团|联|科|股|园|城|专班|平台|指挥部)$/;
const RESPONSIBILITY = /会同|會同|牵头|牽頭|责任单位|責任單位|责任部门|配合单位|协同|主办|协办|承办|按职责分工|负责[))]|负责[,,;;。]|配合[。;;]/;
const LABEL_START = /^(责任单位|牵头单位|配合单位|完成时限|时限要求|目标任务|工作内容|主要任务|序号|备注|进展情况)/;
// Checks the second sweep added (/work/notes/sweep2): a site's metadata bullet (`• 发文机关:…`) or one field of a
// numbered form (`(一)责任领导:…`, `(二)年度目标:…`) read as a task, and a table with a unit column that gave no task.
const SITE_META = /^(中文名|外文名|发布单位|發布單位|发文机关|發文機關|所属单位|所屬單位|文件类型|主题分类|成文日期|公开日期|公开发布日期|发布日期|索引号|文号|发文字号|发布机构|生效日期|有效性|公开方式|公开范围|组配分类|浏览次数)\s*[::]/;
const FORM_FIELD = /^(责任领导|分管领导|牵头领导|包抓领导|年度目标|完成情况|进展情况|工作进展|存在问题|下步打算|下一步打算|完成时限|时间节点|建设内容|建设地点|总投资)\s*[::]?/;
const UNIT_COLUMN = /序\s*[号號][\s\S]{0,300}?(责任|責任|牵头|牽頭)\s*(单位|單位|部门|部門)/;
const NUMBERED = /^\s*(\d{1,3}[.、.]|[((]\d{1,2}[))]|[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])/;

export type Finding = { kind: string; detail: string };

const unitFindings = (t: ParsedTask): Finding[] => {
  const out: Finding[] = [];
  for (const u of [...t.leads, ...t.participants]) {
    const where = `${t.code} ${u}`;
    if (u.length > 14) out.push({ kind: 'unit-long', detail: where });
    else if (PHRASE_IN_UNIT.test(u)) out.push({ kind: 'unit-phrase', detail: where });
    else if (DATE_OR_NUMBER.test(u)) out.push({ kind: 'unit-date', detail: where });
    else if (PERSON.test(u) && !UNIT_END.test(u)) out.push({ kind: 'unit-person', detail: where });
    else if (u.length === 1) out.push({ kind: 'unit-one-char', detail: where });
  }
  return out;
};

const taskFindings = (t: ParsedTask, plan: ParsedPlan, docHasWording: boolean): Finding[] => {
  const out: Finding[] = [...unitFindings(t)];
  const title = t.title.trim();
  if (docHasWording && t.leads.length === 0) out.push({ kind: 'no-lead', detail: `${t.code} ${title.slice(0, 30)}` });
  if (/下载|文档|版权|客服|侵权|浏览次数|无障碍|关注我们|最近搜索/.test(title)) out.push({ kind: 'title-site', detail: `${t.code} ${title.slice(0, 30)}` });
  if (title.length < 6) out.push({ kind: 'title-short', detail: `${t.code} ${title}` });
  if (SITE_META.test(title)) out.push({ kind: 'title-meta', detail: `${t.code} ${title.slice(0, 30)}` });
  if (FORM_FIELD.test(title)) out.push({ kind: 'title-field', detail: `${t.code} ${title.slice(0, 30)}` });
  if (LABEL_START.test(title) || /^由.{2,20}(负责|承办|牵头)/.test(title)) out.push({ kind: 'title-label', detail: `${t.code} ${title.slice(0, 30)}` });
  if (/(责任单位|牵头单位|配合单位)[::]/.test(title) || /[局委办]、[^,,。]{2,12}[局委办]$/.test(title)) out.push({ kind: 'title-units', detail: `${t.code} ${title.slice(-30)}` });
  const parts = title.split(/[、,,]/).map((x) => x.trim()).filter(Boolean);
  if (parts.length >= 2 && parts.every((x) => UNIT_END.test(x.replace(/[((][^))]*[))]$/, '')) && x.length <= 14)) out.push({ kind: 'title-units', detail: `${t.code} ${title.slice(0, 30)}` });
  const sectionTitles = new Set((plan.sections ?? []).map((s) => s.title));
  if (/^(总体要求|指导思想|基本原则|工作目标|主要目标|组织领导|保障措施|工作要求|重点任务|主要任务)/.test(title) && !sectionTitles.has(title)) out.push({ kind: 'title-heading', detail: `${t.code} ${title.slice(0, 30)}` });
  return out;
};

export const sweepDocument = (text: string): { plan: ParsedPlan; findings: Finding[]; numbered: number } => {
  const plan = parsePlanText(text);
  const lines = text.split('\n');
  const docHasWording = lines.some((l) => RESPONSIBILITY.test(l));
  const findings = plan.tasks.flatMap((t) => taskFindings(t, plan, docHasWording));
  // Lines the reader set aside on purpose (a notice's own paragraphs, a table of contents, a download site's
  // numbered disclaimers) are not missed items.
  const setAside = new Set(plan.unplaced.filter((u) => u.kind === 'skipped' || u.kind === 'noise').map((u) => u.text.trim()));
  const numbered = lines.filter((l) => NUMBERED.test(l) && l.trim().length > 8 && !setAside.has(l.trim())).length;
  if (plan.tasks.length === 0 && UNIT_COLUMN.test(text)) findings.push({ kind: 'table-missed', detail: 'a header with 序号 and a unit column, no task read' });
  const unplaced = plan.unplaced.filter((u) => u.kind === 'unplaced').length;
  if (numbered >= 4 && plan.tasks.length < numbered / 3) findings.push({ kind: 'few-tasks', detail: `${plan.tasks.length} tasks, ${numbered} numbered lines` });
  const arabic = plan.tasks.map((t) => /^(\d{1,3})$/.exec(t.code.split('/').pop() ?? '')).map((m) => (m ? Number(m[1]) : null));
  for (let i = 1; i < arabic.length; i += 1) {
    const a = arabic[i - 1];
    const b = arabic[i];
    if (a !== null && b !== null && a !== undefined && b !== undefined && b > a + 1) findings.push({ kind: 'numbering-gap', detail: `${a} → ${b}` });
  }
  if (unplaced >= 10) findings.push({ kind: 'many-unplaced', detail: `${unplaced} unplaced` });
  for (const i of plan.indicators ?? []) {
    if (!i.target.text && !i.target.isNone) findings.push({ kind: 'ind-no-target', detail: i.name });
    if (/类$|^[一二三四五六七八九十]、/.test(i.name)) findings.push({ kind: 'ind-category', detail: i.name });
  }
  return { plan, findings, numbered };
};

const dir = process.argv[2] ?? '/work/notes/sweep/docs';
const totals = new Map<string, number>();
let docs = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  docs += 1;
  const text = readFileSync(join(dir, f), 'utf8').replace(/^来源[::][^\n]*\n/, '');
  const { plan, findings, numbered } = sweepDocument(text);
  const flagged = plan.unplaced.filter((u) => /请确认/.test(u.reason)).length;
  console.log(`\n## ${f}: tasks ${plan.tasks.length} (source ${plan.taskSource}), sections ${(plan.sections ?? []).length}, indicators ${(plan.indicators ?? []).length}, numbered lines ${numbered}, unplaced ${plan.unplaced.filter((u) => u.kind === 'unplaced').length}, flagged ${flagged}, suspicious ${findings.length}`);
  for (const t of plan.tasks.slice(0, 40)) console.log(`   ${t.code.padEnd(5)} ${t.title.slice(0, 34).padEnd(34)} | ${t.leads.join('、')}${t.participants.length ? ` / ${t.participants.join('、')}` : ''}${t.isLeadInferred ? ' (推定)' : ''}`);
  for (const x of findings) {
    console.log(` ! ${x.kind}: ${x.detail}`);
    totals.set(x.kind, (totals.get(x.kind) ?? 0) + 1);
  }
}
console.log(`\n# ${docs} documents; suspicious readings by check:`);
for (const [k, n] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${n}`);
console.log(`  total: ${[...totals.values()].reduce((a, b) => a + b, 0)}`);
