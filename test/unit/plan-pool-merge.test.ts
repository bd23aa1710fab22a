// Shapes the layout matrix found when the held-out batches' tasks joined its pool (2026-11-30): each a made-up
// case that was misread before.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

describe('layouts written with the merged pool', () => {
  it('reads a bracket after work that names places in a list as the unit, not a place\'s short name', () => {
    const text = '1.建成智慧停车平台(市城管局)2.主动对接“一区三县”、东江新区滨湖片区(经济发展局)3.改造背街小巷(市住建局)';
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([['市城管局'], ['经济发展局'], ['市住建局']]);
  });

  it('reads masked units and a county bureau\'s 股 as an item\'s subject', () => {
    const tasks = parsePlanText('1.**体育局、县**局、****监管局继续落实校园食品安全管理制度。\n2.旅游股要完善观景平台配套设施建设。').tasks;
    expect(tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['**体育局'], ['县**局', '****监管局']],
      [['旅游股'], []],
    ]);
  });

  it('keeps a bordered table\'s cut last row in its own cells', () => {
    const text = [
      '| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |',
      '| 一、健全机制 | (一)落实责任 | 1.建成智慧停车平台。 | 市城管局 | 2026年6月 |',
      '| 二、推进工程 | (二)补齐短板 | 2.改造背街小巷20条。 | 市住建局 | 2026年12月 |',
      '| 三、夯实基础 | (三)提升能力 | 3.持续提升园区承',
    ].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual(['建成智慧停车平台', '改造背街小巷20条', '持续提升园区承']);
  });
});

describe('shapes from the measurement batch 441-444', () => {
  it('reads `X部门职责:` as the units whose duties the item lists', () => {
    const text = '(一)交通部门职责:负责客运市场日常监管。\n(二)公安部门职责:负责查处套牌车辆。\n(三)文旅局、融媒体中心职责:负责宣传报道。';
    // Two units before 职责 name no lead: a bare list, the first leading by inference (prose40; held-out 444's key).
    expect(parsePlanText(text).tasks.map((t) => [t.leads, t.participants])).toEqual([[['交通部门'], []], [['公安部门'], []], [['文旅局'], ['融媒体中心']]]);
  });

  it('cuts a run-on page at an item glued after a PDF\'s page footer', () => {
    const text = '为改善出行环境,制定本方案。(一)建成智慧停车平台,完成主城区接入。(市城管局牵头)第1页共5页(二)改造背街小巷20条。(市住建局牵头)';
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads])).toEqual([
      ['建成智慧停车平台,完成主城区接入', ['市城管局']],
      ['改造背街小巷20条', ['市住建局']],
    ]);
  });
});

describe('header words from the measurement batch 421-424', () => {
  it('reads a task column named for its kind of work and a checklist\'s 考核内容 column', () => {
    for (const word of ['省重点民生实事项目名称', '考核内容', '细化分工']) {
      const text = `序号 | ${word} | 责任单位 | 1-8月实际完成率%\n1 | 新增城镇就业8950人 | 人社局 | 82%\n2 | 新增养老服务床位71个 | 民政局 | 77%`;
      expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads]), word).toEqual([
        ['新增城镇就业8950人', ['人社局']],
        ['新增养老服务床位71个', ['民政局']],
      ]);
    }
  });
});
