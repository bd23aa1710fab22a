// ExcelJS is loaded when a workbook is first written or read, not when the backend opens (issue 18): it is
// the largest package the backend uses (0.3–3 s to load, with its CSV and zip dependencies), and most
// commands, the CLI's bulletin among them, and the first screen never touch a workbook.
import type ExcelJS from 'exceljs';

export const newWorkbook = async (): Promise<ExcelJS.Workbook> => {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
};
