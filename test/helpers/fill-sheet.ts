// A clerk's hands on an exported fill-in sheet, with ExcelJS: find a row by task title, type into a
// column found by its header, move columns, sort rows, add a stray row, save.
import ExcelJS from 'exceljs';

export type ClerkSheet = {
  book: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /** Column number of a header as it is now. */
  column: (header: string) => number;
  /** Excel row number of the row whose 工作任务 is this title. */
  rowOf: (title: string) => number;
  set: (title: string, header: string, value: ExcelJS.CellValue) => ExcelJS.Cell;
  /** Swaps two whole columns (header included): the clerk dragged one past the other. */
  swapColumns: (a: string, b: string) => void;
  /** Reverses the order of the task rows, as sorting by a column would move them. */
  reverseRows: () => void;
  addRow: (values: Record<string, ExcelJS.CellValue>) => number;
  save: () => Promise<string>;
};

const HEADER_ROW = 3;

export const openClerkSheet = async (base64: string): Promise<ClerkSheet> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('进展填报');
  if (!sheet) throw new Error('no 进展填报 sheet');
  const width = (): number => sheet.getRow(HEADER_ROW).cellCount;
  const column = (header: string): number => {
    for (let c = 1; c <= width(); c += 1) if (sheet.getRow(HEADER_ROW).getCell(c).text === header) return c;
    throw new Error(`no column ${header}`);
  };
  const rowOf = (title: string): number => {
    const c = column('工作任务');
    for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(c).text === title) return r;
    throw new Error(`no row ${title}`);
  };
  return {
    book,
    sheet,
    column,
    rowOf,
    set: (title, header, value) => {
      const cell = sheet.getRow(rowOf(title)).getCell(column(header));
      cell.value = value;
      return cell;
    },
    swapColumns: (a, b) => {
      const [ca, cb] = [column(a), column(b)];
      for (let r = HEADER_ROW; r <= sheet.rowCount; r += 1) {
        const row = sheet.getRow(r);
        const va = row.getCell(ca).value;
        row.getCell(ca).value = row.getCell(cb).value;
        row.getCell(cb).value = va;
      }
    },
    reverseRows: () => {
      const first = HEADER_ROW + 1;
      // Values and formats move together, as Excel's sort moves them.
      const rows = [];
      for (let r = first; r <= sheet.rowCount; r += 1) {
        rows.push(Array.from({ length: width() }, (_, i) => ({ value: sheet.getRow(r).getCell(i + 1).value, style: { ...sheet.getRow(r).getCell(i + 1).style } })));
      }
      rows.reverse().forEach((cells, i) =>
        cells.forEach(({ value, style }, c) => {
          const cell = sheet.getRow(first + i).getCell(c + 1);
          cell.value = value;
          cell.style = style;
        }),
      );
    },
    addRow: (values) => {
      const n = sheet.rowCount + 1;
      for (const [header, value] of Object.entries(values)) sheet.getRow(n).getCell(column(header)).value = value;
      return n;
    },
    save: async () => Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
  };
};
