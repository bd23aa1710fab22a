// .docx files as Word and WPS write them (test/helpers/realistic-docx.ts): runs split mid-word with
// proofing marks and bookmarks between them, tab stops in paragraph properties, tracked changes, fields,
// hyperlinks, content controls, hidden text, text boxes written twice, rows missing grid cells, legacy
// horizontal merges, nested tables, a 红头 laid out as a table and a header row repeated mid-table.
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument, type PlanDocument } from '../../shared/plan/document.js';
import { makeRealisticDocx, type RealBlock, type RealCell, type RealRow } from '../helpers/realistic-docx.js';

const read = async (blocks: RealBlock[]): Promise<PlanDocument> => (await readPlanFile(makeRealisticDocx(blocks), '分解表.docx')).doc;
const lines = (doc: PlanDocument): string[] => doc.blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : []));
const rows = (doc: PlanDocument): string[][] => doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells) : []));
const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const tasksOf = (doc: PlanDocument): string[][] => parsePlanDocument(doc).tasks.map((t) => [t.title, t.leads.join('、'), t.participants.join('、'), t.deadlineText]);

describe('a .docx as Word writes it', () => {
  it('reads text split into one run per character, with proofing marks, bookmarks and page-break marks between runs', async () => {
    const doc = await read(['关于印发2026年重点工作任务分解表的通知', '区住建局牵头,区财政局配合。']);
    expect(lines(doc)).toEqual(['关于印发2026年重点工作任务分解表的通知', '区住建局牵头,区财政局配合。']);
  });

  it('does not read a paragraph’s tab stops as tab characters, but does read a run’s tab', async () => {
    const doc = await read([['完成时限', { tab: true }, '2026年底前']]);
    expect(lines(doc)).toEqual(['完成时限\t2026年底前']);
  });

  it('reads hyperlinks, content controls, inserted text and field results; not deleted, moved-away or hidden text, nor field codes', async () => {
    const doc = await read([
      ['详见', { link: '区政府网站' }, ',责任单位:', { sdt: '区发改局' }, { del: '、区统计局' }, { ins: '、区财政局' }, '。'],
      ['第', { field: '2', instr: 'PAGE' }, '页 共', { fldSimple: '3', instr: 'NUMPAGES' }, '页', { hidden: '(内部备注)' }, { moveFrom: '移走的字' }],
    ]);
    expect(lines(doc)).toEqual(['详见区政府网站,责任单位:区发改局、区财政局。', '第2页 共3页']);
  });

  it('does not read the prompt of an empty content control (a template’s 单击或点击此处输入文字)', async () => {
    const doc = await read([{ table: [HEADER, ['1', '新建公园3处。', { text: '区园林局' }, '', '2026年底前']] }, ['配合单位:', { prompt: '单击或点击此处输入文字。' }]]);
    expect(lines(doc)).toEqual(['配合单位:']);
  });

  it('reads a non-breaking hyphen as a hyphen and keeps full-width spaces', async () => {
    const doc = await read([['　　实施期限:2026', { hyphen: true }, '2027年']]);
    expect(lines(doc)).toEqual(['　　实施期限:2026-2027年']);
  });

  it('reads a text box once, after the paragraph that anchors it, without cutting that paragraph', async () => {
    const doc = await read([['现将任务分解表', { textBox: ['某某区人民政府办公室', '2026年3月1日'] }, '印发给你们,请认真贯彻落实。']]);
    expect(lines(doc)).toEqual(['现将任务分解表印发给你们,请认真贯彻落实。', '某某区人民政府办公室', '2026年3月1日']);
  });

  it('keeps the cells of a row missing leading or trailing grid cells under their headers', async () => {
    const table: RealRow[] = [
      HEADER,
      ['1', '新建公园3处。', '区园林局', '区财政局', '2026年6月底前'],
      { cells: ['修建停车场2处。', '区住建局', '区公安分局', '2026年9月底前'], gridBefore: 1 },
      { cells: ['3', '修建绿道5公里。', '区交通局', '区城管局'], gridAfter: 1 },
    ];
    const doc = await read([{ table }]);
    expect(rows(doc).slice(2)).toEqual([
      ['', '修建停车场2处。', '区住建局', '区公安分局', '2026年9月底前'],
      ['3', '修建绿道5公里。', '区交通局', '区城管局', ''],
    ]);
    expect(tasksOf(doc)).toEqual([
      ['新建公园3处', '区园林局', '区财政局', '2026年6月底前'],
      ['修建停车场2处', '区住建局', '区公安分局', '2026年9月底前'],
      ['修建绿道5公里', '区交通局', '区城管局', ''],
    ]);
  });

  it('reads a legacy horizontal merge (w:hMerge) like a spanned cell', async () => {
    const doc = await read([{ table: [HEADER, ['1', '整治河道。', { text: '区水务局', hMerge: 'restart' }, { text: '', hMerge: 'continue' }, '2026年底前']] }]);
    expect(rows(doc)[1]).toEqual(['1', '整治河道。', '区水务局', '区水务局', '2026年底前']);
  });

  it('reads a table nested in a cell as one line per nested row, inside that cell only', async () => {
    const doc = await read([{ table: [HEADER, ['1', { text: '整治河道。', nested: [['子项', '单位'], ['清淤', '区水务局']] }, '区水务局', '', '2026年底前']] }]);
    expect(rows(doc)).toEqual([HEADER, ['1', '整治河道。\n子项 单位\n清淤 区水务局', '区水务局', '', '2026年底前']]);
  });

  it('reads a 红头 laid out as a table as the opening lines, so the 文号 is found', async () => {
    const doc = await read([
      { table: [[{ text: '某某区人民政府办公室文件', span: 2 }], ['某政办发〔2026〕3号', '签发人:张三']] },
      '关于印发2026年重点工作任务分解表的通知',
      { table: [HEADER, ['1', '新建公园3处。', '区园林局', '区财政局', '2026年6月底前']] },
    ]);
    expect(lines(doc).slice(0, 3)).toEqual(['某某区人民政府办公室文件', '某政办发〔2026〕3号', '签发人:张三']);
    expect(parsePlanDocument(doc).docNumber).toBe('某政办发〔2026〕3号');
  });

  it('does not read a two-level header typed again mid-table as a task', async () => {
    const down = (text: string): RealCell => ({ text, vMerge: 'restart' });
    const below: RealCell = { text: '', vMerge: 'continue' };
    const upper: RealCell[] = [down('序号'), down('工作任务'), { text: '责任单位', span: 2 }, down('完成时限')];
    const lower: RealCell[] = [below, below, '牵头单位', '配合单位', below];
    const doc = await read([
      { table: [upper, lower, ['1', '新建公园3处。', '区园林局', '区财政局', '2026年底前'], upper, lower, ['2', '改造老旧小区12个。', '区住建局', '各街道', '2026年6月']] },
    ]);
    expect(tasksOf(doc)).toEqual([
      ['新建公园3处', '区园林局', '区财政局', '2026年底前'],
      ['改造老旧小区12个', '区住建局', '各街道', '2026年6月'],
    ]);
  });

  it('does not read a header row repeated mid-table (a page break) as a task, nor a row deleted under tracked changes', async () => {
    const doc = await read([
      {
        table: [
          { cells: HEADER, isHeader: true },
          ['1', '新建公园3处。', '区园林局', '区财政局', '2026年6月底前'],
          HEADER,
          { cells: ['2', '撤销的任务。', '区旧局', '', '2026年底前'], isDeleted: true },
          ['2', '改造老旧小区12个。', '区住建局', '各街道', '2026年底前'],
        ],
      },
    ]);
    expect(tasksOf(doc)).toEqual([
      ['新建公园3处', '区园林局', '区财政局', '2026年6月底前'],
      ['改造老旧小区12个', '区住建局', '各街道', '2026年底前'],
    ]);
  });
});
