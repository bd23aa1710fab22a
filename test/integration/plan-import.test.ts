// Importing plan documents into a real SQLite file: create, re-import (no change), revised import
// (a plan update that keeps progress), bad input (nothing written), .docx and .xlsx files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend.js';
import { ApiError } from '../../shared/api/errors.js';
import { base64, makeDocx, makeXlsx } from '../helpers/plan-files.js';
import { makeTempBackend, seedsDir, type TempBackend } from '../helpers/temp-backend.js';

const seedBytes = (prefix: string): Buffer => {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix)) ?? '';
  return readFileSync(join(seedsDir, file));
};

const counts = (backend: Backend): Record<string, number> => {
  const count = (sql: string): number => (backend.db.prepare(sql).get() as { n: number }).n;
  return {
    plans: count('SELECT COUNT(*) AS n FROM plans'),
    tasks: count('SELECT COUNT(*) AS n FROM tasks'),
    assignments: count('SELECT COUNT(*) AS n FROM assignments'),
    indicators: count('SELECT COUNT(*) AS n FROM indicators'),
    changes: count('SELECT COUNT(*) AS n FROM change_log'),
    departments: count('SELECT COUNT(*) AS n FROM departments'),
  };
};

let temp: TempBackend | undefined;
afterEach(() => temp?.cleanup());

const fresh = (): Backend => {
  temp = makeTempBackend({ withDemo: false });
  return temp.backend;
};

const rejection = async (promise: Promise<unknown>): Promise<ApiError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('importing and re-importing', () => {
  it('previews without writing, imports seed 004, and a second import changes nothing', async () => {
    const backend = fresh();
    const arg = { fileName: '004.txt', contentBase64: base64(seedBytes('004')) };
    const before = counts(backend);
    const preview = await backend['plans.preview'](arg);
    expect(preview.plan.tasks).toHaveLength(30);
    expect(preview.target.mode).toBe('create');
    expect(counts(backend)).toEqual(before);

    const first = await backend['plans.import'](arg);
    expect(first).toMatchObject({ mode: 'created', taskCount: 30 });
    const shangwu = await backend['departments.tasks']({ department: '市商务局' });
    expect(shangwu.lead.map((t) => t.code)).toEqual(['7', '11']);
    expect(shangwu.participant.map((t) => t.code)).toEqual(['10', '19', '26']);

    const after = counts(backend);
    const again = await backend['plans.import'](arg);
    expect(again.mode).toBe('unchanged');
    expect(counts(backend)).toEqual(after);
    expect((await backend['plans.preview'](arg)).target.mode).toBe('unchanged');
  });

  it('stores deadlines, indicators and the document metadata', async () => {
    const backend = fresh();
    await backend['plans.import']({ fileName: '000.txt', contentBase64: base64(seedBytes('000')) });
    const rows = backend.db.prepare('SELECT name, baseline_text, target_text, comparator, bound_high, attribute FROM indicators ORDER BY seq').all() as {
      name: string;
      comparator: string;
      bound_high: number;
      attribute: string;
    }[];
    expect(rows).toHaveLength(27);
    expect(rows[4]).toMatchObject({ name: '万台特种设备死亡率', comparator: '<', bound_high: 0.29, attribute: 'binding' });
    const plan = (await backend['plans.list']({}))[0];
    expect(plan).toMatchObject({ title: '咸宁市质量技术监督事业发展十三五规划', issuer: '咸宁市质量技术监督局' });
  });
});

const revisedText = (original: string): string =>
  original
    // reworded
    .replace('2.提高食品药品质量安全水平 |', '2.全面提高食品药品质量安全水平 |')
    // reassigned
    .replace('牵头部门:市生态环境局;参与部门:市工业和信息化局、市自然资源局、市住房和城乡建设局、市水务局、市农业农村局。', '牵头部门:市生态环境局;参与部门:市工业和信息化局、市水务局。')
    // removed: task 30 and its rows
    .replace(/30\.健全质量激励制度 \|\n[^\n]*\n[^\n]*\n?/, '')
    // added
    .concat('\n30.建设质量大数据平台 |\n汇集质量数据,建设平台。 |\n牵头部门:市政务服务数据管理局;参与部门:市市场监管局。 |\n');

describe('a revised document', () => {
  it('shows the diff and applies it as a plan update that keeps progress', async () => {
    const backend = fresh();
    const original = seedBytes('004').toString('utf8');
    const created = await backend['plans.import']({ fileName: '004.txt', contentBase64: base64(Buffer.from(original)) });
    const tasks = await backend['tasks.list']({ planId: created.planId });
    const byCode = new Map(tasks.map((t) => [t.code, t]));
    const reported = byCode.get('8');
    const removed = byCode.get('30');
    if (!reported || !removed) throw new Error('seed tasks missing');
    // Progress recorded against two tasks before the revision arrives.
    const dept = reported.leads[0]?.departmentId ?? '';
    for (const task of [reported, removed]) {
      backend.db
        .prepare(`INSERT INTO reports (task_id, department_id, period_id, status, percent, progress, submitted_at, origin_id) VALUES (?, ?, '2026-Q3', 'on_track', 50, '进展', '2026-09-30', 'x')`)
        .run(task.id, task.leads[0]?.departmentId ?? dept);
    }

    const revised = { fileName: '004-修订版.txt', contentBase64: base64(Buffer.from(revisedText(original))) };
    const preview = await backend['plans.preview'](revised);
    expect(preview.target).toMatchObject({ mode: 'update', planId: created.planId });
    const diff = preview.diff;
    expect(diff?.added.map((t) => t.title)).toEqual(['建设质量大数据平台']);
    expect(diff?.removed.map((t) => t.title)).toEqual(['健全质量激励制度']);
    const changed = new Map(diff?.changed.map((c) => [c.after.title, c.changes]));
    expect(changed.get('全面提高食品药品质量安全水平')).toEqual(['reworded']);
    expect(changed.get('持续改善环境质量')).toEqual(['reassigned']);
    expect(diff?.unchangedCount).toBe(27);

    const result = await backend['plans.import'](revised);
    expect(result.mode).toBe('updated');
    const after = await backend['tasks.list']({ planId: created.planId });
    expect(after).toHaveLength(30);
    // Same id, so the report still points at a live task.
    const env = after.find((t) => t.id === reported.id);
    expect(env?.participants.map((p) => p.name)).toEqual(['市工业和信息化局', '市水务局']);
    expect(after.find((t) => t.title === '全面提高食品药品质量安全水平')?.id).toBe(byCode.get('2')?.id);
    // The removed task is a tombstone, its report kept.
    const tomb = backend.db.prepare('SELECT deleted FROM tasks WHERE id = ?').get(removed.id) as { deleted: number };
    expect(tomb.deleted).toBe(1);
    expect((backend.db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n).toBe(2);
    const plan = backend.db.prepare('SELECT plan_version FROM plans WHERE id = ?').get(created.planId) as { plan_version: number };
    expect(plan.plan_version).toBe(2);
    // Every write is in the change log with its base version.
    const logged = backend.db.prepare("SELECT row_version, base_version FROM change_log WHERE table_name = 'tasks' AND pk = ? ORDER BY seq").all(removed.id);
    expect(logged).toEqual([{ row_version: 1, base_version: 0 }, { row_version: 2, base_version: 1 }]);

    // Importing the revision again changes nothing.
    const snapshot = counts(backend);
    expect((await backend['plans.import'](revised)).mode).toBe('unchanged');
    expect(counts(backend)).toEqual(snapshot);
  });
});

describe('bad input writes nothing', () => {
  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ['empty file', 'a.txt', () => new Uint8Array(0), /空/],
    ['binary garbage', 'a.txt', () => Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256), /不是可读的文字|没有中文/],
    ['a zip of something else named .docx', 'a.docx', () => zipSync({ 'readme.txt': strToU8('hello') }), /不是 Word/],
    ['a docx with a DOCTYPE', 'a.docx', () => makeDocx(['一、任务'], '<!DOCTYPE x [<!ENTITY a "aaaa">]>'), /DOCTYPE/],
    ['an xlsx without a recognisable header', 'a.xlsx', () => makeXlsx([['姓名', '电话'], ['张三', '123']]), /表头/],
    ['an old .doc file', 'a.doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /另存为/],
  ];
  for (const [label, fileName, make, message] of cases) {
    it(`refuses ${label} with a Chinese reason`, async () => {
      const backend = fresh();
      const before = counts(backend);
      const error = await rejection(backend['plans.import']({ fileName, contentBase64: base64(await make()) }));
      expect(error.code).toBe('bad_input');
      expect(error.message).toMatch(message);
      expect(counts(backend)).toEqual(before);
    });
  }

  it('refuses a 50 MB file at the contract, before reading it', async () => {
    const { dispatch } = await import('../../shared/api/validate.js');
    const backend = fresh();
    const huge = 'A'.repeat(Math.ceil((50 * 1024 * 1024) / 3) * 4);
    const error = await rejection(dispatch(backend, 'plans.import', { fileName: 'big.txt', contentBase64: huge }));
    expect(error.code).toBe('bad_input');
    expect(error.message).toContain('20 MB');
  });

  it('reads GBK text as well as UTF-8', async () => {
    const iconv = (await import('iconv-lite')).default;
    const backend = fresh();
    const text = seedBytes('001').toString('utf8');
    const preview = await backend['plans.preview']({ fileName: 'gbk.txt', contentBase64: base64(iconv.encode(text, 'gbk')) });
    expect(preview.source.encoding).toBe('gbk');
    expect(preview.plan.tasks).toHaveLength(16);
  });
});

describe('.docx and .xlsx', () => {
  it('reads a .docx: paragraphs, a table with a vertically merged task cell and a spanned section row', async () => {
    const backend = fresh();
    const docx = makeDocx([
      '某市人民政府办公室关于印发某市质量提升行动任务分解的通知',
      '某政办〔2021〕12号',
      [
        ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
        [{ text: '一、质量基础', span: 6 }],
        [{ text: '1', vMerge: 'restart' }, { text: '强化计量', vMerge: 'restart' }, '建设计量中心', '市市场监管局', '市科技局', '2022年底前'],
        [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, '开展计量惠民', '市市场监管局', '各县(市、区)人民政府', '长期坚持'],
        ['2', '推进标准化', '制定地方标准', '市市场监管局,市农业农村局', '', '每年12月底'],
      ],
    ]);
    const preview = await backend['plans.preview']({ fileName: '分解.docx', contentBase64: base64(docx) });
    const { plan } = preview;
    expect(preview.source.format).toBe('docx');
    expect(plan.docNumber).toBe('某政办〔2021〕12号');
    expect(plan.tasks.map((t) => [t.path, t.title, t.leads, t.participants, t.deadlineText])).toEqual([
      ['1/1', '建设计量中心', ['市市场监管局'], ['市科技局'], '2022年底前'],
      ['1/2', '开展计量惠民', ['市市场监管局'], ['各县(市、区)人民政府'], '长期坚持'],
      ['2', '推进标准化', ['市市场监管局', '市农业农村局'], [], '每年12月底'],
    ]);
    expect(plan.tasks[0]?.section).toBe('质量基础 / 强化计量');
    const imported = await backend['plans.import']({ fileName: '分解.docx', contentBase64: base64(docx) });
    expect(imported).toMatchObject({ mode: 'created', taskCount: 3 });
  });

  it('reads an .xlsx with the header in any order, a title row and merged cells', async () => {
    const backend = fresh();
    const xlsx = await makeXlsx(
      [
        ['某县质量强县工作任务分解表'],
        ['完成时限', '责任单位', '工作任务', '序号', '主要内容'],
        ['2023年6月', '县发改局、县财政局', '优化营商环境', 1, '推进一网通办'],
        ['2023年12月', '县发改局、县财政局', '优化营商环境', 1, '推进证照分离'],
        ['持续推进', '县教育局', '质量教育', 2, '开展质量进校园'],
      ],
      ['A1:E1', 'B3:B4', 'C3:C4', 'D3:D4'],
    );
    const preview = await backend['plans.preview']({ fileName: '分解表.xlsx', contentBase64: base64(xlsx) });
    const { plan } = preview;
    expect(plan.title).toBe('某县质量强县工作任务分解表');
    expect(plan.tasks.map((t) => [t.path, t.title, t.leads, t.participants, t.isLeadInferred, t.deadline?.date ?? null])).toEqual([
      ['1/1', '推进一网通办', ['县发改局'], ['县财政局'], true, '2023-06-30'],
      ['1/2', '推进证照分离', ['县发改局'], ['县财政局'], true, '2023-12-31'],
      ['2', '质量教育', ['县教育局'], [], true, null],
    ]);
    expect(plan.unplaced.filter((u) => u.kind === 'unplaced')).toEqual([]);
  });

  it('reads an indicator table from an .xlsx', async () => {
    const backend = fresh();
    const xlsx = await makeXlsx(
      [
        ['类别', '指标名称', '单位', '2020年', '2025年', '属性'],
        ['产品质量', '制造业产品质量合格率', '%', '93', '≥95', '预期性'],
        ['', '食品抽检合格率', '%', '/', '98以上', '约束性'],
      ],
      ['A2:A3'],
    );
    const preview = await backend['plans.preview']({ fileName: '指标.xlsx', contentBase64: base64(xlsx) });
    expect(preview.plan.indicators?.map((i) => [i.category, i.name, i.baseline.text, i.target.comparator, i.target.low, i.attribute])).toEqual([
      ['产品质量', '制造业产品质量合格率', '93', '>=', 95, 'expected'],
      ['产品质量', '食品抽检合格率', '/', '>=', 98, 'binding'],
    ]);
  });
});

describe('indicators linked to tasks', () => {
  it('stores the task the document places an indicator under (seed 000: the 第五 table)', async () => {
    const backend = fresh();
    const result = await backend['plans.import']({ fileName: '000.txt', contentBase64: base64(seedBytes('000')) });
    const rows = backend.db
      .prepare('SELECT t.path, COUNT(*) AS n FROM indicators i JOIN tasks t ON t.id = i.task_id WHERE i.plan_id = ? GROUP BY t.path')
      .all(result.planId) as { path: string; n: number }[];
    expect(rows).toEqual([{ path: '5/5', n: 15 }]);
  });
});
