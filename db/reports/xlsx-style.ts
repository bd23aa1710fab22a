// Cell styles and the sheet frame shared by every sheet of the export: title, subtitle, header row,
// frozen panes, A4 landscape print setup and page numbers in the footer.
import type ExcelJS from 'exceljs';

export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const border = { top: thin, left: thin, bottom: thin, right: thin };
export const FONT = '宋体';

export type Column = { header: string; width: number };

export const setupSheet = (sheet: ExcelJS.Worksheet, columns: Column[], title: string, subtitle: string): void => {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  sheet.mergeCells(1, 1, 1, last);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { name: '黑体', size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, last);
  const sub = sheet.getCell(2, 1);
  sub.value = subtitle;
  sub.font = { name: FONT, size: 10 };
  sub.alignment = { horizontal: 'right', vertical: 'middle' };
  const header = sheet.getRow(3);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '黑体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = border;
  });
  header.height = 22;
  // Frozen header: rows 1–3 stay in view while scrolling, and row 3 repeats on every printed page.
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4', activeCell: 'A4' }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: '3:3',
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C第 &P 页,共 &N 页' };
};

export type CellStyle = Partial<ExcelJS.Style>;

/** Freezes a style shared by many cells, so a later `cell.font = …` on one of them fails loudly instead of restyling them all. */
export const sharedStyle = (style: CellStyle): CellStyle => {
  for (const value of Object.values(style)) if (typeof value === 'object' && value !== null) Object.freeze(value);
  return Object.freeze(style);
};

const bodyFont = { name: FONT, size: 10 };

/** The body cell's style in column i (1-based) of a sheet of `count` columns. */
const bodyStyle = (i: number, count: number): CellStyle =>
  sharedStyle({ font: bodyFont, alignment: { vertical: 'top', wrapText: true, horizontal: i === 1 || i >= count - 4 ? 'center' : 'left' }, border });

// ExcelJS renders a cell's style to XML to find its style id unless it has met that very style object
// before (a WeakMap): with one object per cell (what `cell.font = …` makes) that rendering was most of
// the export's time (issue 18). Every body cell of a column shares one frozen object instead; cells that
// differ get their own shared objects (xlsx.ts), never a change to these.
const bodyStylesByCount = new Map<number, CellStyle[]>();
export const bodyStyles = (count: number): CellStyle[] => {
  let styles = bodyStylesByCount.get(count);
  if (!styles) {
    styles = Array.from({ length: count }, (_, i) => bodyStyle(i + 1, count));
    bodyStylesByCount.set(count, styles);
  }
  return styles;
};

/** The plain body style on every cell of the row; `styles` (one per column) replaces it where a column differs. */
export const styleBodyRow = (row: ExcelJS.Row, count: number, styles: CellStyle[] = bodyStyles(count)): void => {
  for (let i = 1; i <= count; i += 1) row.getCell(i).style = styles[i - 1] as CellStyle;
};

export const addNote = (sheet: ExcelJS.Worksheet, count: number, text: string): void => {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, count);
  row.getCell(1).font = { name: FONT, size: 10, italic: true };
  row.getCell(1).alignment = { horizontal: 'center' };
};
