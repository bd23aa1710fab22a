// FROZEN copy of db/reports/xlsx-chase.ts as it was before issue 18 (main at bba7a5b): the reference the
// new reads are compared with in test/integration/reports-equivalence.test.ts. Do not edit or "fix".
// The chase lists as a sheet of the export: 催报 (units that owe the period's reports, with contacts)
// then 催办 (tasks near or past their deadline), so the office can send or print them from Excel/WPS.
import type ExcelJS from 'exceljs';
import { reportStatusLabel } from '../../../shared/progress/report-status.js';
import { deadlineClassLabel } from '../../../shared/reports/rules.js';
import type { ChaseList } from '../../../shared/reports/types.js';
import { addNote, setupSheet, styleBodyRow, type Column } from './xlsx-style.js';

const COLUMNS: Column[] = [
  { header: '类别', width: 10 },
  { header: '单位 / 序号', width: 12 },
  { header: '工作任务 / 未报任务数', width: 36 },
  { header: '完成时限 / 应报', width: 16 },
  { header: '剩余 / 逾期', width: 14 },
  { header: '牵头部门', width: 18 },
  { header: '最新状态', width: 14 },
  { header: '联系人', width: 26 },
];

const overdue = (days: number): string => (days > 0 ? `已逾期 ${days} 天` : days === 0 ? '今天截止' : `距截止 ${-days} 天`);

export const addChaseSheet = (book: ExcelJS.Workbook, chase: ChaseList, title: string, subtitle: string): void => {
  const sheet = book.addWorksheet('催报催办');
  setupSheet(sheet, COLUMNS, title, subtitle);
  for (const d of chase.departments) {
    styleBodyRow(sheet.addRow(['催报', d.name, `未报 ${d.missing} 项`, `应报 ${d.expected} 项`, overdue(d.daysOverdue), d.name, '', d.contact]), COLUMNS.length);
  }
  for (const t of chase.tasks) {
    const status = t.latestStatus ? `${reportStatusLabel[t.latestStatus]}${t.latestPercent !== null ? ` ${t.latestPercent}%` : ''}` : '未报送';
    const left = t.daysLeft >= 0 ? `剩 ${t.daysLeft} 天` : `逾期 ${-t.daysLeft} 天`;
    styleBodyRow(
      sheet.addRow([deadlineClassLabel[t.deadlineClass], t.code, t.title, t.deadlineText || t.deadline, left, t.leads.join('、'), status, t.contacts.join(';')]),
      COLUMNS.length,
    );
  }
  if (chase.departments.length === 0 && chase.tasks.length === 0) addNote(sheet, COLUMNS.length, '本期无需催报催办');
};
