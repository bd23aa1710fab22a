// 参考性 and 倡导性 indicators (migrations 79 and 82): every 属性 the plan prints is kept, shown and exported,
// and the table rebuilds that allow them keep every indicator and every value reported against one.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { m079IndicatorReference } from '../../db/migrations/m079_indicator_reference.js';
import { m082IndicatorAdvocated } from '../../db/migrations/m082_indicator_advocated.js';
import { base64 } from '../helpers/plan-files.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

let temp: TempBackend | undefined;
afterEach(() => temp?.cleanup());

const PLAN = [
  '某区“十四五”城市建设规划',
  '表1 主要指标',
  '序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |',
  '1 | 城市绿化覆盖率 | % | 40 | 43 | 约束性 |',
  '2 | 公交出行分担率 | % | 35 | 45 | 预期性 |',
  '3 | 人均公园绿地面积 | 平方米 | 12 | 14 | 参考性 |',
  '4 | 居民绿色出行比例 | % | 60 | 70 | 倡导性 |',
  '一、重点任务',
  '1.建设口袋公园10个。(牵头单位:区园林局)',
].join('\n');

describe('参考性 and 倡导性 indicators', () => {
  it('reads, stores and reports the third and fourth attributes; an indicator is never shown as 预期性 without the plan saying so', async () => {
    temp = makeTempBackend({ withDemo: false });
    const backend = temp.backend;
    const arg = { fileName: '规划.txt', contentBase64: base64(Buffer.from(PLAN)) };
    const preview = await backend['plans.preview'](arg);
    expect((preview.plan.indicators ?? []).map((i) => i.attribute)).toEqual(['binding', 'expected', 'reference', 'advocated']);
    await backend['plans.import'](arg);
    const stored = backend.db.prepare('SELECT name, attribute FROM indicators ORDER BY seq').all();
    expect(stored).toEqual([
      { name: '城市绿化覆盖率', attribute: 'binding' },
      { name: '公交出行分担率', attribute: 'expected' },
      { name: '人均公园绿地面积', attribute: 'reference' },
      { name: '居民绿色出行比例', attribute: 'advocated' },
    ]);
    const file = await backend['reports.exportXlsx']({});
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('指标');
    const header = (sheet?.getRow(3).values as unknown[]).indexOf('属性');
    expect([4, 5, 6, 7].map((n) => sheet?.getRow(n).getCell(header).value)).toEqual(['约束性', '预期性', '参考性', '倡导性']);
  });

  it.each([
    ['79', m079IndicatorReference],
    ['82', m082IndicatorAdvocated],
  ])('migration %s rebuilds the table keeping every indicator and the values reported against them', async (_n, migration) => {
    temp = makeTempBackend({ withDemo: false });
    const { db } = temp.backend;
    await temp.backend['plans.import']({ fileName: '规划.txt', contentBase64: base64(Buffer.from(PLAN)) });
    const indicator = db.prepare('SELECT id, origin_id FROM indicators ORDER BY seq LIMIT 1').get() as { id: string; origin_id: string };
    const department = db.prepare('SELECT id FROM departments LIMIT 1').get() as { id: string };
    db.prepare("INSERT INTO indicator_values (indicator_id, department_id, period_id, value_text, value_num, origin_id) VALUES (?, ?, '2025-Q4', '41', 41, ?)").run(
      indicator.id,
      department.id,
      indicator.origin_id,
    );
    // Migration 79's CHECK predates 倡导性: run alone, it meets only the attributes it knew.
    if (migration === m079IndicatorReference) db.prepare("DELETE FROM indicators WHERE attribute = 'advocated'").run();
    const before = db.prepare('SELECT * FROM indicators ORDER BY id').all();
    db.transaction(() => db.exec(migration))();
    expect(db.prepare('SELECT * FROM indicators ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT value_text FROM indicator_values').all()).toEqual([{ value_text: '41' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
