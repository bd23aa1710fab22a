// The office's figures from the command line: duban summary / export-xlsx / bulletin.
import { resolve } from 'node:path';
import { lightLabel } from '../../../shared/progress/lights.js';
import { statusKeyLabel } from '../../../shared/reports/rules.js';
import type { DashboardChase, DashboardSummary, ReportSummary } from '../../../shared/reports/types.js';
import { ApiError } from '../../../shared/api/errors.js';
import { writeFileAtomic } from '../../../db/atomic-write.js';
import type { CliCommand, CliValues } from '../command.js';
import { findRollup } from './rollups.js';

const scopeOf = (values: CliValues): { planId?: string; periodId?: string } => ({
  planId: typeof values.plan === 'string' ? values.plan : undefined,
  periodId: typeof values.period === 'string' ? values.period : undefined,
});

const requireOut = (values: CliValues, extension: string): string => {
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new ApiError('bad_input', `请用 --out 指定输出文件,如 --out 进展情况${extension}`);
  return resolve(values.out);
};

// Temporary name then rename: a full disk or read-only folder leaves the previous file as it was.
const writeOut = (path: string, bytes: Buffer): void => writeFileAtomic(path, bytes);

/** The figures in plain lines: the dashboard's (duban summary) or a roll-up's (--rollup), which has its tasks too. */
export const summaryText = (s: Omit<ReportSummary, 'tasks'> | DashboardSummary): string => {
  const r = s.reports;
  return [
    `${s.plan.title} · ${s.period.label}(统计截至 ${s.asOf})`,
    `应报 ${r.expected} 份,已报 ${r.received} 份(按时 ${r.onTime},逾期 ${r.late}),未报 ${r.missing} 份;已通过 ${r.accepted},已退回 ${r.returned},待审核 ${r.awaitingReview}`,
    `任务状态:${s.byStatus.filter((b) => b.count > 0).map((b) => `${statusKeyLabel(b.key)} ${b.count}`).join(',') || '无任务'}`,
    `亮灯:${s.byLight.filter((b) => b.count > 0).map((b) => `${lightLabel[b.key]} ${b.count}`).join(',') || '无任务'}`,
    '部门排名(按时报送率 / 牵头任务绿灯率 / 退回数):',
    ...s.ranking.map(
      (d) => `  ${String(d.rank).padStart(2)}. ${d.name}  ${d.onTimeRate}% / ${d.onTrackRate === null ? '—' : `${d.onTrackRate}%`} / ${d.returned}`,
    ),
    `未达标指标 ${s.offTarget.length} 项${s.offTarget.length ? ':' : ''}${s.offTarget.map((i) => `${i.isBinding ? '【约束性】' : ''}${i.name} ${i.latestValueText}(目标 ${i.targetText})`).join(';')}`,
  ].join('\n');
};

/** 催报催办 in plain lines: who still owes the period's report, then the tasks past or near their deadline. */
export const chaseText = (c: DashboardChase): string =>
  [
    `${c.plan.title} · ${c.period.label} 催报催办(截至 ${c.today})`,
    `未报单位 ${c.departments.length} 个${c.departments.length ? ':' : ''}`,
    ...c.departments.map((d) => `  ${d.name} 未报 ${d.missing}/${d.expected} 份${d.daysOverdue > 0 ? `,逾期 ${d.daysOverdue} 天` : ''}${d.contact ? `(${d.contact})` : ''}`),
    `临期或逾期任务 ${c.tasks.length} 项${c.tasks.length ? ':' : ''}`,
    ...c.tasks.map((t) => `  ${t.code} ${t.title} · ${t.deadlineText || t.deadline} · ${t.daysLeft < 0 ? `逾期 ${-t.daysLeft} 天` : `还剩 ${t.daysLeft} 天`} · 牵头:${t.leads.join('、') || '—'}`),
  ].join('\n');

const scopeOptions = { period: { type: 'string' }, plan: { type: 'string' } } as const;

export const summaryCommand: CliCommand = {
  name: 'summary',
  summary: '某报告期的汇总数据:报送、状态、亮灯、部门排名、未达标指标',
  usage: 'duban summary [--period 2026-Q4] [--plan 规划编号] [--chase] [--rollup 下级汇总编号或上报单位] [--json]',
  options: { ...scopeOptions, rollup: { type: 'string' }, chase: { type: 'boolean' } },
  run: async ({ call, values }) => {
    if (values.chase === true && typeof values.rollup !== 'string') {
      // The chase lists alone, as the dashboard's 催报催办 shows them, for a clerk who phones the units: the
      // dashboard's own read, so the command and the screen count with one code path (issue 18).
      const { chase } = await call('reports.dashboard', scopeOf(values));
      return { json: chase, text: chaseText(chase) };
    }
    if (typeof values.rollup === 'string') {
      // A roll-up from the level below, read-only: the same figures, of the lower office's plan.
      const rollup = await findRollup(call, values.rollup);
      const summary = await call('rollups.summary', { view: rollup.id, periodId: scopeOf(values).periodId ?? (rollup.periodId || undefined) });
      return { json: summary, text: `【只读】${rollup.senderName}上报的汇总\n${summaryText(summary)}` };
    }
    const { summary } = await call('reports.dashboard', scopeOf(values));
    // A script's --json also lists the tasks, as the dashboard lists them behind its 任务总数 card.
    const tasks = values.json === true ? await call('reports.drill', { ...scopeOf(values), periodId: summary.period.id, planId: summary.plan.id, filter: { kind: 'all' } }) : [];
    return { json: { ...summary, tasks }, text: summaryText(summary) };
  },
};

export const exportXlsxCommand: CliCommand = {
  name: 'export-xlsx',
  summary: '导出某报告期的任务进展表和指标表(Excel)',
  usage: 'duban export-xlsx [--period 2026-Q4] --out 文件.xlsx [--plan 规划编号]',
  options: { ...scopeOptions, out: { type: 'string' } },
  run: async ({ call, values }) => {
    const out = requireOut(values, '.xlsx');
    const file = await call('reports.exportXlsx', scopeOf(values));
    writeOut(out, Buffer.from(file.dataBase64, 'base64'));
    return { json: { path: out, periodId: file.periodId, byteLength: file.byteLength }, text: `已导出 ${out}(${file.byteLength} 字节)` };
  },
};

export const bulletinCommand: CliCommand = {
  name: 'bulletin',
  summary: '生成某报告期的通报(PDF,A4),用本机的 Chromium、Chrome 或 Edge 浏览器',
  usage: 'duban bulletin [--period 2026-Q4] --out 通报.pdf [--plan 规划编号] [--browser 浏览器程序]',
  options: { ...scopeOptions, out: { type: 'string' }, browser: { type: 'string' } },
  run: async ({ call, values }) => {
    const out = requireOut(values, '.pdf');
    const scope = scopeOf(values);
    const browser = typeof values.browser === 'string' ? values.browser : undefined;
    const { printBulletinPdf } = await import('../bulletin-pdf.js'); // the local host and the browser driver, only here
    // Built once, while the browser starts: this call also validates the period and plan (its refusal
    // is what the person reads), and the page is served this same bulletin (bulletin-pdf.ts).
    const { bulletin, pdf } = await printBulletinPdf(scope, () => call('reports.bulletin', scope), browser);
    writeOut(out, pdf);
    return {
      json: { path: out, periodId: bulletin.summary.period.id, byteLength: pdf.length },
      text: `已生成 ${bulletin.summary.period.label}通报 ${out}(${pdf.length} 字节)`,
    };
  },
};
