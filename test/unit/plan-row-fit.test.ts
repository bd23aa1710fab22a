// Short table rows fitted back to their header (shared/plan/row-align.ts): which column lost its cell.
import { describe, expect, it } from 'vitest';
import { titleRows as rows } from '../helpers/plan-rows.js';

describe('a row one cell shorter than its header', () => {
  it('a cell that lists only towns stays in the 配合 column, not the deadline', () => {
    const text = [
      '某县重点工作任务分解表',
      '序号 |', '工作任务 |', '牵头单位 |', '配合单位 |', '完成时限 |', '备注 |',
      '1 |', '建设城南污水处理厂。 |', '县住建局 |', '县环保局 |', '年底前完成 |', ' |',
      '2 |', '建设民俗公园。 |', '县文旅局 |', '青石镇、白沙乡 |', '年底前完成 |', ' |',
    ].join('\n');
    expect(rows(text)[1]).toEqual(['建设民俗公园', ['县文旅局'], ['青石镇', '白沙乡']]);
  });

  it('a name the full rows show in an extra column (评分部门) goes back there, not to 配合', () => {
    const text = [
      '某区重点工作任务分解表',
      '序号', '', '主要工作任务', '', '牵头单位', '', '配合单位', '', '评分部门', '', '完成时限',
      '1', '', '新建城市书房5个。', '', '区文旅局', '', '区财政局', '', '区督查室', '', '年底前完成',
      '2', '', '改造老旧小区12个。', '', '区住建局', '', '区城管局', '', '区考核办', '', '年底前完成',
      '3', '', '地区生产总值增长6%。', '', '区发改局', '', '区考核办', '', '持续推进',
      '4', '', '开展全民健身活动。', '', '区教体局', '', '区督查室', '', '年底前完成',
    ].join('\n');
    expect(rows(text).slice(2)).toEqual([
      ['地区生产总值增长6%', ['区发改局'], []],
      ['开展全民健身活动', ['区教体局'], []],
    ]);
  });
});

describe('a row one cell short under a 任务内容 column', () => {
  it('keeps the text in its column when it ends like a unit, and leaves 配合 empty', () => {
    const text = [
      '某市重点工作任务分解表',
      '序号', '任务内容', '牵头单位', '配合单位', '完成时限',
      '1', '推进企业培育计划。', '市发改局', '市金融办', '年底前完成',
      '2', '高新技术开发区要对标国家级高新区。', '高新技术开发区(城东新区)', '2024年6月',
    ].join('\n');
    expect(rows(text)[1]).toEqual(['高新技术开发区要对标国家级高新区', ['高新技术开发区(城东新区)'], []]);
  });
});

describe('a row one cell longer than its header', () => {
  it('a unit list cut after its 、 goes on in the next cell, whichever unit column it is', () => {
    const text = [
      '某市重点工作任务分解表',
      '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
      '1', '加快产业结构调整。', '市发改委', '市经信局、', '市商务局', '年底前完成',
      '2', '稳定经济增长。', '市统计局', '市财政局、各县、', '市、区政府', '长期坚持',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['加快产业结构调整', ['市发改委'], ['市经信局', '市商务局']],
      ['稳定经济增长', ['市统计局'], ['市财政局', '各县、市、区政府']],
    ]);
  });
});
