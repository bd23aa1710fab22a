// The .docx (and a few .xlsx) rebuilds of corpus pages, written as Word and Excel write them
// (makeRealisticDocx: every character its own run, proofing marks and bookmarks between runs, tab stops;
// merged cells as the page shows them; the document's own paragraphs before the table and its notes
// after). Cells come from the stored text (table-sources.ts), so a rebuild says what the page says.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeRealisticDocx, type RealBlock, type RealCell, type RealRow } from '../helpers/realistic-docx.js';
import { corpusDir } from './score.js';
import { cellPerLineRows, lineIndex, pipeCells, storedLines } from './table-sources.js';

const write = (name: string, bytes: Uint8Array): void => writeFileSync(join(corpusDir, name), bytes);
const down = (text: string): RealCell => ({ text, vMerge: 'restart' });
const below: RealCell = { text: '', vMerge: 'continue' };

/** The table's rows with the given columns merged down over the continuation rows that leave them out. */
const mergeDown = (rows: string[][], width: number, merged: number[]): RealRow[] =>
  rows.map((cells, i) => {
    const next = rows[i + 1];
    if (cells.length === width) {
      const continues = next !== undefined && next.length < width;
      return cells.map((c, col) => (continues && merged.includes(col) ? down(c) : c));
    }
    // A continuation row holds only the columns that are not merged.
    const out: RealCell[] = [];
    let at = 0;
    for (let col = 0; col < width; col += 1) out.push(merged.includes(col) ? below : (cells[at++] ?? ''));
    return out;
  });

// 39-linan-2022: 临安区 2022年民生实事进展情况表; 序号 and 责任单位 merged down over each item's sub-rows.
const linan = (): { title: string; header: string[]; rows: string[][] } => {
  const lines = storedLines('39-linan-2022');
  const at = lineIndex(lines, '序号 |');
  return {
    title: lines[at - 1] ?? '',
    header: pipeCells(lines[at] ?? ''),
    rows: lines.slice(at + 1).filter((l) => l.includes('|')).map(pipeCells),
  };
};

const linanDocx = (): Uint8Array => {
  const t = linan();
  return makeRealisticDocx([t.title, { table: [{ cells: t.header, isHeader: true }, ...mergeDown(t.rows, 4, [0, 3])] }]);
};

const linanXlsx = async (): Promise<Uint8Array> => {
  const t = linan();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('进展情况');
  sheet.addRow([t.title]);
  sheet.mergeCells('A1:D1');
  sheet.addRow(t.header);
  let start = 0;
  t.rows.forEach((cells, i) => {
    const rowNumber = i + 3;
    if (cells.length === 4) {
      sheet.addRow([Number(cells[0]), cells[1], cells[2], cells[3]]);
      start = rowNumber;
    } else {
      sheet.addRow(['', cells[0], cells[1], '']);
      const isLast = t.rows[i + 1] === undefined || t.rows[i + 1]?.length === 4;
      if (isLast) {
        sheet.mergeCells(start, 1, rowNumber, 1);
        sheet.mergeCells(start, 4, rowNumber, 4);
      }
    }
  });
  sheet.getColumn(3).alignment = { wrapText: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

// 43-huoshan-2025: 霍山 开发区 2025年重点工作及责任清单, stored one cell per line.
const huoshanDocx = (): Uint8Array => {
  const lines = storedLines('43-huoshan-2025');
  const [header = [], ...rows] = cellPerLineRows(lines, '序号', 5, 4);
  return makeRealisticDocx([lines[0] ?? '', { table: [{ cells: header, isHeader: true }, ...rows] }]);
};

// 44-shangcheng-2019: the notice, its 附件 list and signature, then 附件1's note and table (cut in row 2).
const shangchengDocx = (): Uint8Array => {
  const lines = storedLines('44-shangcheng-2019');
  const at = lineIndex(lines, '序号 |');
  const before: RealBlock[] = lines.slice(0, at).map((l) => pipeCells(l).join(' '));
  const rows = lines.slice(at).filter((l) => l.includes('|')).map(pipeCells);
  const [header = [], ...data] = rows;
  return makeRealisticDocx([...before, { table: [{ cells: header, isHeader: true }, ...data] }]);
};

// 50-linan-2022-plan: 临安区 2022年民生实事 plan; the 工作举措 cell holds one paragraph per numbered step.
const linanPlanDocx = (): Uint8Array => {
  const lines = storedLines('50-linan-2022-plan');
  const rows = lines.slice(lineIndex(lines, '序号 |')).map(pipeCells);
  const [header = [], ...data] = rows;
  const steps = (cell: string): string => cell.replace(/\s+(?=\d\.)/g, '\n');
  return makeRealisticDocx([{ table: [{ cells: header, isHeader: true }, ...data.map((r) => r.map((c, i) => (i === 2 ? steps(c) : c)))] }]);
};

// 60-tcm12-2012: 专栏2 of the 中医药 “十二五” plan, an indicator table stored one cell per line.
const tcm = (): { caption: string; rows: string[][] } => {
  const lines = storedLines('60-tcm12-2012');
  return { caption: pipeCells(lines[0] ?? '').join(''), rows: cellPerLineRows(lines, '具体指标', 5, 12) };
};

const tcmDocx = (): Uint8Array => {
  const t = tcm();
  return makeRealisticDocx([t.caption, { table: t.rows }]);
};

/** Figures as numbers with the format that shows them as printed (15.0 stays 15.0); — stays text. */
const tcmXlsx = async (): Promise<Uint8Array> => {
  const t = tcm();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专栏2');
  sheet.addRow([t.caption]);
  sheet.mergeCells('A1:E1');
  t.rows.forEach((cells, i) => {
    const row = sheet.addRow(cells.map((c, col) => (i > 0 && col >= 1 && col <= 3 && /^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
    cells.forEach((c, col) => {
      const decimals = /\.(\d+)$/.exec(c)?.[1]?.length ?? 0;
      if (i > 0 && col >= 1 && col <= 3 && decimals > 0) row.getCell(col + 1).numFmt = `0.${'0'.repeat(decimals)}`;
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

export type DazhuRows = (string | number)[][];

// 21-dazhu-2016: the notice as published (title, 文号, addressees, 附件 line, signature), then the table;
// item 5's two rows share merged 序号 and 责任单位 cells, a cell's units are one paragraph each.
const dazhuDocx = (table: DazhuRows): Uint8Array => {
  const lines = storedLines('21-dazhu-2016').map((l) => l.trim());
  const keep = (text: string): string => lines[lineIndex(lines, text)] ?? text;
  const [, header = [], ...rows] = table.map((r) => r.map(String));
  const realRows: RealRow[] = rows.map((r, i) => {
    if (r[0] === '5') return [down(r[0]), r[1] ?? '', down(r[2] ?? ''), r[3] ?? ''];
    if (r[0] === '' && rows[i - 1]?.[0] === '5') return [below, r[1] ?? '', below, r[3] ?? ''];
    return r;
  });
  return makeRealisticDocx([
    keep('大竹县人民政府办公室关于'),
    keep('竹府办〔2016〕'),
    keep('各乡镇人民政府'),
    keep('为让人民群众'),
    keep('附件:'),
    keep('大竹县人民政府办公室'),
    keep('2016年2月26日'),
    '附件',
    keep('2016年民生实事目标任务分解表'),
    { table: [{ cells: header, isHeader: true }, ...realRows] },
  ]);
};

// 82-miit-kpi-2018: the 工业和信息化部 关键业绩指标 table with its lead-in paragraph and closing 注.
const miitDocx = (table: DazhuRows): Uint8Array => {
  const lines = storedLines('82-miit-kpi-2018');
  const [header = [], ...rows] = table.map((r) => r.map(String));
  const realRows: RealRow[] = rows.map((r) => {
    if (r[0] === '8') return r.map((c, i) => (i === 5 ? down(c) : c));
    if (r[0] === '9') return r.map((c, i) => (i === 5 ? below : c));
    return r;
  });
  return makeRealisticDocx([lines[0] ?? '', { table: [{ cells: header, isHeader: true }, ...realRows] }, lines[lineIndex(lines, '注:')] ?? '']);
};

export const makeDocxTables = async (dazhu: DazhuRows, miit: DazhuRows): Promise<void> => {
  write('21-dazhu-2016.docx', dazhuDocx(dazhu));
  write('39-linan-2022.docx', linanDocx());
  write('39-linan-2022.xlsx', await linanXlsx());
  write('43-huoshan-2025.docx', huoshanDocx());
  write('44-shangcheng-2019.docx', shangchengDocx());
  write('50-linan-2022-plan.docx', linanPlanDocx());
  write('60-tcm12-2012.docx', tcmDocx());
  write('60-tcm12-2012.xlsx', await tcmXlsx());
  write('82-miit-kpi-2018.docx', miitDocx(miit));
};
