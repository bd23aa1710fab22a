// The 考核 table for Excel/WPS: the ranked scores on the first sheet, every task and report behind them
// on the second, and the rules used in a note, in the export's usual frame (xlsx-style.ts).
import { newWorkbook } from '../exceljs.js';
import { componentLabel, ruleLabel, type Assessment, type AssessmentComponent, type AssessmentRules } from '../../shared/assessment/types.js';
import { formatDay } from '../../shared/progress/deadline.js';
import { periodLabel } from '../../shared/progress/periods.js';
import { addNote, setupSheet, styleBodyRow, type Column } from '../reports/xlsx-style.js';

const SCORE_COLUMNS: Column[] = [
  { header: '名次', width: 6 },
  { header: '单位', width: 22 },
  { header: '总分', width: 8 },
  ...(['onTime', 'completion', 'returns', 'overdue', 'approvedDelays', 'unapprovedDelays'] as const).map((k) => ({ header: componentLabel[k], width: 14 })),
];

const DETAIL_COLUMNS: Column[] = [
  { header: '单位', width: 20 },
  { header: '考核项目', width: 14 },
  { header: '序号', width: 6 },
  { header: '工作任务', width: 34 },
  { header: '报告期', width: 16 },
  { header: '情况', width: 44 },
  { header: '计入', width: 6 },
];

export const componentCell = (c: AssessmentComponent): string =>
  c.of !== null ? `${c.points} 分(${c.count}/${c.of})` : c.count === 0 ? '0' : `${c.points} 分(${c.count} 项)`;

export const rulesText = (rules: AssessmentRules): string =>
  (Object.keys(ruleLabel) as (keyof AssessmentRules)[]).map((k) => `${ruleLabel[k]} ${rules[k]}`).join(';');

export const writeAssessmentXlsx = async (a: Assessment): Promise<Buffer> => {
  const book = await newWorkbook();
  book.creator = a.officeName;
  book.created = new Date(`${a.asOf}T00:00:00+08:00`);
  const scores = book.addWorksheet('年度考核');
  setupSheet(scores, SCORE_COLUMNS, `${a.plan.title} ${a.year}年度考核`, `${a.officeName} · 统计截至 ${formatDay(a.asOf)}`);
  for (const r of a.rows) {
    styleBodyRow(scores.addRow([r.rank, r.name, r.score, ...r.components.map(componentCell)]), SCORE_COLUMNS.length);
  }
  addNote(scores, SCORE_COLUMNS.length, `考核规则:${rulesText(a.rules)}。计入报告期:${a.periods.map((p) => p.label).join('、') || '无'}。`);

  const detail = book.addWorksheet('考核明细');
  setupSheet(detail, DETAIL_COLUMNS, `${a.year}年度考核明细`, '每项得分、扣分背后的任务和报告');
  for (const r of a.rows) {
    for (const c of r.components) {
      for (const i of c.items) {
        const row = detail.addRow([r.name, componentLabel[c.key], i.code, i.title, i.periodId ? periodLabel(i.periodId) : '', i.note, i.counts ? '是' : '否']);
        styleBodyRow(row, DETAIL_COLUMNS.length);
      }
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
};
