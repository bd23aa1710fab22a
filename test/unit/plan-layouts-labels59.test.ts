// Shapes of issue 15 (brief H-fix12-labels59): unfamiliar labels, unit-headed items, a duty split glued to its
// heading, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads, participants. */
const rows = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('labels that name the acting and the supervising party', () => {
  it('reads 主体责任 / 整改主体 / 责任主体 as leading and 监督责任 / 监管责任 as taking part', () => {
    const text = [
      '某县创文督查情况通报',
      '● 东城农贸市场门口占道经营,垃圾清运不及时。',
      '(主体责任:东城社区居委会,监督责任:县市场监管局)',
      '● 城北客运站候车厅无公益广告。',
      '【整改主体:县客运公司;监管责任:县交通运输局】',
      '● 各加油站电子屏无创建宣传内容。',
      '(责任主体:各加油站,监管责任:石油、石化公司)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['东城农贸市场门口占道经营', ['东城社区居委会'], ['县市场监管局']],
      ['城北客运站候车厅无公益广告', ['县客运公司'], ['县交通运输局']],
      ['各加油站电子屏无创建宣传内容', ['各加油站'], ['石油公司', '石化公司']],
    ]);
  });

  it('reads 主体责任单位 beside a lead label as taking part', () => {
    const text = ['某乡环境整治安排', '1.清理沟渠垃圾。牵头部门:乡环卫所 协作部门:乡农办 主体责任单位:各行政村', '2.整治乱堆乱放。牵头部门:乡城建办 主体责任单位:各行政村'].join('\n');
    expect(rows(text)).toEqual([
      ['清理沟渠垃圾', ['乡环卫所'], ['乡农办', '各行政村']],
      ['整治乱堆乱放', ['乡城建办'], ['各行政村']],
    ]);
  });

  it('leaves a phrase that ends in the word alone (落实企业主体责任:)', () => {
    const text = ['某镇安全生产工作要点', '一、压实责任', '1.落实企业主体责任:各企业要建立隐患排查台账。', '2.强化部门监管责任:镇安监站每月检查一次。'].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => t.leads)).not.toContainEqual(['各企业要建立隐患排查台账']);
    expect(tasks.flatMap((t) => t.leads)).not.toContain('各企业');
  });
});

describe('an item whose first sentence is only a unit', () => {
  it('leads its duties with that unit, whatever the numbering or script', () => {
    const text = [
      '三、职责分工',
      '(一)县文化广电旅游局。对违规经营的场所依法查处,建立经营单位信用档案。',
      '(二)縣衛生健康局。對從業人員開展健康檢查,督促落實消毒制度。',
      '(三)县河道及水库管理工作领导小组办公室。定期召开联席会议,通报巡查情况。',
      '(四)加强宣传引导。通过多种形式宣传相关法规。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['对违规经营的场所依法查处', ['县文化广电旅游局'], []],
      ['对从业人员开展健康检查', ['县卫生健康局'], []],
      ['定期召开联席会议', ['县河道及水库管理工作领导小组办公室'], []],
      ['加强宣传引导', [], []],
    ]);
  });

  it('reads `N.X局。` items numbered with digits the same way', () => {
    const text = ['各单位职责', '1.区市场监管分局。对辖区食品经营户开展抽检。', '2.区城管执法局。清理占道经营摊点。'].join('\n');
    expect(rows(text)).toEqual([
      ['对辖区食品经营户开展抽检', ['区市场监管分局'], []],
      ['清理占道经营摊点', ['区城管执法局'], []],
    ]);
  });
});
