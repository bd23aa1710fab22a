// A revised plan document and the office's own columns (issue 19): re-importing the plan's table with
// named columns the office already has updates their cells for the matched tasks, brings new headers in
// as new columns, refuses a value a column's kind cannot hold (kept as it was), and never wipes a cell
// the office filled that the document leaves empty; the preview says all of it before anything is written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import { base64, makeXlsx } from '../helpers/plan-files.js';
import { suiteClock } from '../helpers/suite-clock.js';
import { makeTempBackend, makeTempDir } from '../helpers/temp-backend.js';

const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];

const first = async () =>
  makeXlsx([
    ['某县质量强县工作任务分解表'],
    [...HEADER, '责任领导', '备注'],
    [1, '优化营商环境', '县发改局', '县财政局', '2023年6月', '张副县长', '每月调度'],
    [2, '质量教育', '县教育局', '', '持续推进', '李副县长', ''],
  ]);

// The revision: 责任领导 changes for task 1, 备注 is left empty, 是否重点 (the office's choice column) comes
// with a value it cannot take, 督办层级 is new, and task 3 is new.
const revised = async () =>
  makeXlsx([
    ['某县质量强县工作任务分解表'],
    [...HEADER, '责任领导', '备注', '是否重点', '督办层级'],
    [1, '优化营商环境', '县发改局', '县财政局', '2023年6月', '王副县长', '', '', '市级'],
    [2, '质量教育', '县教育局', '', '持续推进', '李副县长', '', '也许', '县级'],
    [3, '质量品牌建设', '县市场监管局', '', '2023年12月', '赵副县长', '', '是', ''],
  ]);

describe('a revised plan with the office’s own columns', () => {
  it('updates the cells it carries, adds new columns, refuses a wrong kind and keeps what the office filled', async () => {
    const site = makeTempBackend({ withDemo: false });
    try {
      const { backend } = site;
      const imported = await backend['plans.import']({ fileName: '分解表.xlsx', contentBase64: base64(await first()) });
      const planId = imported.planId;
      const key = await backend['columns.add']({ planId, name: '是否重点', kind: 'choice', choices: ['是', '否'] });
      const [leader, note] = await backend['columns.list']({ planId });
      const before = await backend['tasks.list']({ planId });
      const [one, two] = before;
      await backend['columns.setValue']({ taskId: one!.id, columnId: key.id, value: '是' });
      await backend['columns.setValue']({ taskId: two!.id, columnId: note!.id, value: '办公室补记' });

      const arg = { fileName: '分解表(修订).xlsx', contentBase64: base64(await revised()) };
      const preview = await backend['plans.preview'](arg);
      expect(preview.target.mode).toBe('update');
      const columns = preview.diff!.columns;
      expect(columns.added).toEqual(['督办层级']);
      expect(columns.changed.map((c) => [c.code, c.column, c.before, c.after, c.problem ?? null])).toEqual([
        ['1', '责任领导', '张副县长', '王副县长', null],
        ['1', '督办层级', '', '市级', null],
        ['2', '是否重点', '', '也许', '“是否重点”只能选:是、否'],
        ['2', '督办层级', '', '县级', null],
        ['3', '责任领导', '', '赵副县长', null],
        ['3', '是否重点', '', '是', null],
      ]);
      // 每月调度 and 办公室补记 (备注 left empty), 是 (是否重点 left empty on task 1).
      expect(columns.keptCount).toBe(3);
      expect(await backend['columns.list']({ planId })).toHaveLength(3);

      const result = await backend['plans.import'](arg);
      expect(result.mode).toBe('updated');
      const after = await backend['columns.list']({ planId });
      expect(after.map((c) => [c.name, c.kind])).toEqual([
        ['责任领导', 'text'],
        ['备注', 'text'],
        ['是否重点', 'choice'],
        ['督办层级', 'text'],
      ]);
      const tasks = await backend['tasks.list']({ planId });
      expect(tasks.slice(0, 2).map((t) => t.id)).toEqual([one!.id, two!.id]);
      expect(tasks.map((t) => after.map((c) => t.custom[c.id] ?? ''))).toEqual([
        ['王副县长', '每月调度', '是', '市级'],
        ['李副县长', '办公室补记', '', '县级'],
        ['赵副县长', '', '是', ''],
      ]);
      expect([leader!.name, note!.name]).toEqual(['责任领导', '备注']);

      // The same revision again changes nothing; a revision that only changes a column's cell is an update.
      expect((await backend['plans.preview'](arg)).target.mode).toBe('unchanged');
      const cellOnly = await makeXlsx([
        ['某县质量强县工作任务分解表'],
        [...HEADER, '责任领导'],
        [1, '优化营商环境', '县发改局', '县财政局', '2023年6月', '王副县长'],
        [2, '质量教育', '县教育局', '', '持续推进', '孙副县长'],
        [3, '质量品牌建设', '县市场监管局', '', '2023年12月', '赵副县长'],
      ]);
      const third = await backend['plans.preview']({ fileName: '分解表(再修订).xlsx', contentBase64: base64(cellOnly) });
      expect(third.target.mode).toBe('update');
      expect(third.diff!.columns.changed.map((c) => [c.code, c.after])).toEqual([['2', '孙副县长']]);
      expect(third.diff!.changed).toEqual([]);
    } finally {
      site.cleanup();
    }
  });

  it('says the same from the command line before --commit', async () => {
    const tmp = makeTempDir('duban-revision-cli-');
    try {
      const run = async (argv: string[]): Promise<string> => {
        let out = '';
        expect(await runCli(argv, { clock: suiteClock, out: (s) => (out += s), err: () => undefined })).toBe(0);
        return out;
      };
      const db = join(tmp.dir, 'duban.sqlite');
      const [a, b] = [join(tmp.dir, '分解表.xlsx'), join(tmp.dir, '分解表(修订).xlsx')];
      writeFileSync(a, await first());
      writeFileSync(b, await revised());
      await run(['import-plan', a, '--db', db, '--commit']);
      const out = await run(['import-plan', b, '--db', db]);
      // No office column 是否重点 here: the document brings it as a new text column, 也许 and all.
      expect(out).toContain('表格各列:新增列 是否重点、督办层级;填入或改写 6 个单元格;文件中没有内容的 1 个已填单元格保持原样。');
      expect(out).toContain('1 责任领导:张副县长 → 王副县长');
      expect(out).toContain('2 是否重点:(空) → 也许');
    } finally {
      tmp.cleanup();
    }
  });
});
