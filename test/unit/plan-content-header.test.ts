// A real table whose header words the reader does not know (shared/plan/content-header.ts): the columns are
// told by their cells. Made-up tables; before, the Excel file was refused and the Word table read as lines.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument, parsePlanText, type PlanDocument } from '../../shared/plan/document.js';

const ROWS = [
  ['编码', '考评事项', '承接处室', '评分口径', '办结期'],
  ['1', '建成全市智慧停车信息平台并接入主城区全部公共停车场', '市城管局、市公安局', '按月通报', '2026年6月'],
  ['2', '完成老旧小区改造项目60个,同步实施管网改造', '市住建局', '按季通报', '2026年12月'],
  ['3', '新增城市书房20处,推动公共文化设施延时开放', '市文广旅局、各区政府', '按季通报', '2026年10月'],
];

const read = (doc: PlanDocument): [string, string[], string[]][] => parsePlanDocument(doc).tasks.map((t) => [t.title, t.leads, t.participants]);

const EXPECTED = [
  ['建成全市智慧停车信息平台并接入主城区全部公共停车场', ['市城管局'], ['市公安局']],
  ['完成老旧小区改造项目60个,同步实施管网改造', ['市住建局'], []],
  ['新增城市书房20处,推动公共文化设施延时开放', ['市文广旅局'], ['各区政府']],
];

describe('a table whose header words are unknown', () => {
  it('reads a Word table by what its columns hold', () => {
    const doc: PlanDocument = { format: 'docx', blocks: [{ kind: 'table', line: 1, rows: ROWS.map((cells, i) => ({ line: i + 1, cells })) }] };
    expect(read(doc)).toEqual(EXPECTED);
  });

  it('imports an Excel sheet by what its columns hold instead of refusing it', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('考评清单');
    for (const r of ROWS) sheet.addRow(r);
    const { doc } = await readPlanFile(new Uint8Array(await wb.xlsx.writeBuffer()), '考评清单.xlsx');
    expect(read(doc)).toEqual(EXPECTED);
  });

  it('leaves a layout table alone: no column of units, or no column of work', () => {
    const layout: PlanDocument = {
      format: 'docx',
      blocks: [{ kind: 'table', line: 1, rows: [['签发人', '张三'], ['文号', '某府办发〔2026〕3号'], ['日期', '2026年1月5日'], ['密级', '公开']].map((cells, i) => ({ line: i + 1, cells })) }],
    };
    expect(parsePlanDocument(layout).tasks).toEqual([]);
  });

  it('reads a text table of `|` rows by what its columns hold', () => {
    const text = ['某市2026年重点工作考评清单', ...ROWS.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants])).toEqual(EXPECTED);
  });
});

