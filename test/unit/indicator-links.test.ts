// Indicators linked to tasks only where the document says so; table captions stay out of task text.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const DOC = [
  '某市质量提升工作方案',
  '一、主要任务',
  '(一)提升产品质量。全面开展质量提升行动,主要工业产品抽检合格率稳步提高。',
  '(二)加强标准建设。鼓励企业参与标准制定。',
  '全市主要指标',
  '指标 2020年 2025年 属性',
  '主要工业产品抽检合格率 95% 97% 预期性',
  '企业主导制定标准数量 10项 20项 预期性',
  '二、保障举措',
  '第一,强化品牌培育',
  '大力实施品牌战略,培育一批知名品牌。',
  '品牌建设目标',
  '指标 2020年 2025年 属性',
  '省级知名品牌 5个 10个 预期性',
  '第二,加强计量服务',
  '提升计量服务能力。',
].join('\n');

describe('indicator links', () => {
  const plan = parsePlanText(DOC);
  const byName = (name: string) => (plan.indicators ?? []).find((i) => i.name === name);

  it('links by name when exactly one task names the indicator', () => {
    expect(byName('主要工业产品抽检合格率')?.taskPath).toBe('1/1');
  });

  it('does not give a plan-level table to the one-paragraph item above it', () => {
    expect(byName('企业主导制定标准数量')?.taskPath).toBeNull();
  });

  it('gives a table inside a heading-task body to that task, and keeps its caption out of the task text', () => {
    const brand = plan.tasks.find((t) => t.title === '强化品牌培育');
    expect(byName('省级知名品牌')?.taskPath).toBe(brand?.path);
    expect(brand?.content).toBe('大力实施品牌战略,培育一批知名品牌。');
    expect(plan.tasks.find((t) => t.path === '1/2')?.content).not.toContain('全市主要指标');
  });

  it('links nothing by placement when tasks come from a decomposition table', () => {
    const table = [
      '序号 | 工作任务 | 牵头单位 | 配合单位 |',
      '1 | 省级知名品牌培育 | 市市场监管局 | 市商务局 |',
      '2 | 计量服务 | 市市场监管局 | |',
      '品牌建设目标',
      '指标 2020年 2025年 属性',
      '企业主导制定标准数量 5个 10个 预期性',
    ].join('\n');
    const parsed = parsePlanText(table);
    expect(parsed.taskSource).toBe('table');
    expect(parsed.indicators?.[0]?.taskPath).toBeNull();
  });
});

describe('corrections: participants and lines given to a task', () => {
  it('replaces participants and moves an unplaced line into the chosen task', async () => {
    const { applyCorrections } = await import('../../shared/plan/corrections.js');
    const plan = parsePlanText(`您当前的位置 : 首页 >>政策文件>>正文\n${DOC}`);
    const line = plan.unplaced.find((u) => u.kind === 'noise');
    expect(line).toBeDefined();
    const fixed = applyCorrections(plan, { participants: { '1/1': ['市商务局', '市财政局'] }, attachLines: { [String(line?.line)]: '1/2' } });
    expect(fixed.tasks.find((t) => t.path === '1/1')?.participants).toEqual(['市商务局', '市财政局']);
    expect(fixed.tasks.find((t) => t.path === '1/2')?.content).toContain(line?.text ?? '?');
    expect(fixed.unplaced.some((u) => u.line === line?.line)).toBe(false);
  });
});
