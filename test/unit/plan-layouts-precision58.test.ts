// Shapes of issue 15 (brief H-fix11-precision58): numbered lines that are no tasks, and lines glued to the
// wrong item, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;;]/);

describe('the points an inspection checks', () => {
  const plan = [
    '某市2026年消防安全大排查工作方案',
    '一、排查范围',
    '全市各街道、各行业。',
    '二、督查内容',
    '1、消防安全责任制度建立和执行情况;',
    '2、疏散通道和安全出口畅通情况;',
    '3、微型消防站建设和值守情况。',
    '三、分工',
    '1.商场市场排查组由市商务局组织实施;',
    '2.学校排查组由市教育局组织实施。',
  ].join('\n');

  it('are no tasks when the page\'s tasks name units and they name none', () => {
    expect(rows(plan)).toEqual([
      ['商场市场排查组', ['市商务局'], []],
      ['学校排查组', ['市教育局'], []],
    ]);
    const skipped = parsePlanText(plan).unplaced.filter((u) => u.reason.includes('检查的事项'));
    expect(skipped.map((u) => u.line)).toEqual([5, 6, 7]);
  });

  it('stay tasks in a plan that names no unit at all, or when one of them names a unit', () => {
    const noUnits = ['某镇2026年安全检查工作方案', '一、检查内容', '1、用电安全隐患整改情况;', '2、燃气管道巡检情况。'].join('\n');
    expect(rows(noUnits).map((r) => r[0])).toEqual(['用电安全隐患整改情况', '燃气管道巡检情况']);
    const oneNamed = [
      '某镇2026年安全检查工作方案',
      '一、检查内容',
      '1、用电安全隐患整改情况(镇供电所);',
      '2、燃气管道巡检情况。',
      '二、分工',
      '1.食品排查组由镇市场监管所组织实施。',
    ].join('\n');
    expect(rows(oneNamed).map((r) => r[0])).toEqual(['用电安全隐患整改情况', '燃气管道巡检情况', '食品排查组']);
  });
});

describe('a notice\'s roster of praised and blamed units', () => {
  it('is no task; the problems around it stay', () => {
    const text = [
      '【环境卫生整治通报】第12期',
      '近日,县爱卫办对城区进行了暗访,发现如下问题:',
      '一、北门菜场周边垃圾堆放。(城管局)',
      '二、滨江路绿化带破损。(住建局、园林所)',
      '三、本月门前三包考评优秀的单位:县税务局、县档案馆,较差的单位:县水利局、县气象局。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['北门菜场周边垃圾堆放', ['城管局'], []],
      ['滨江路绿化带破损', ['住建局'], ['园林所']],
    ]);
  });
});

describe('a heading that names a way of working', () => {
  it('is no task when its paragraph names no unit; a heading with a verb stays', () => {
    const text = [
      '某区防汛应急预案',
      '(一)职责',
      '区水务局负责河道水情监测和预警发布。',
      '(二)指挥部成员会商机制',
      '指挥部每月召开会商会,研判汛情,协调解决防汛工作中的问题。',
      '(三)健全巡堤工作机制',
      '区应急局牵头建立巡堤查险制度,落实巡查人员。',
    ].join('\n');
    const titles = rows(text).map((r) => r[0]);
    expect(titles).not.toContain('指挥部成员会商机制');
    expect(titles).toContain('健全巡堤工作机制');
  });
});

describe('unnumbered lines of the numbered items\' shape after them', () => {
  it('are the list\'s next items, not the last item\'s continuation', () => {
    const text = [
      '关于2026年上半年民生项目进展情况的通报',
      '以下项目进展偏慢:',
      '1.建成社区食堂12家(责任单位:区民政局);',
      '2.改造背街小巷30条(责任单位:区城管局);',
      '新增公共停车位800个(责任单位:区交通局);',
      '完成河道清淤15公里(责任单位:区水利局)。',
      '请各责任单位加快推进。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建成社区食堂12家', ['区民政局'], []],
      ['改造背街小巷30条', ['区城管局'], []],
      ['新增公共停车位800个', ['区交通局'], []],
      ['完成河道清淤15公里', ['区水利局'], []],
    ]);
  });
});

describe('a unit label with an unfamiliar word among known label lines', () => {
  it('names the item\'s units, a bare list; an item enumerating 一是…二是 with its own labels is a task', () => {
    const text = [
      '某局巡察整改落实方案',
      '一、整改任务',
      '1、加快完善养老服务网络。统筹推进社区养老服务中心建设。',
      '分管领导:李某',
      '关联科室:养老科、规划科、财务科',
      '完成时限:2026年底',
      '2、抢抓机遇,推进智慧民政建设。一是建设救助信息平台。二是推进婚姻登记网上预约。',
      '分管领导:王某',
      '关联科室:信息中心、救助科',
      '完成时限:2026年6月',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['加快完善养老服务网络', ['养老科'], ['规划科', '财务科']],
      ['抢抓机遇', ['信息中心'], ['救助科']],
    ]);
  });
});
