// A whole table run onto one line with single spaces between its cells (heldout24: 662, 664; brief H-fix-oneline):
// the header found inside the line, the rest cut at row numbers and group headings, each row read by its content.
// Made-up tables in that shape.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRowsDeadline } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads, participants and deadline text. */
const rows = clauseRowsDeadline(/[,,。]/);

describe('a numbered table with group headings, all on one line', () => {
  const text = [
    '某县人民政府办公室关于印发2031年营商环境工作任务分解表的通知',
    '各乡镇人民政府,县政府各部门: 现将任务分解表印发给你们,请认真贯彻执行。 某县人民政府办公室 2031年2月10日 2031年营商环境工作任务分解表 序号 重 点 任 务 责任单位 完成时限 ' +
      '一、提升政务服务水平 1 推行企业开办全程网上办理,压缩开办时间 县行政审批局,县市场监管局 全年 2 编制公布县级政务服务事项清单 县政务服务中心、县司法局 三月份 ' +
      '3 开展窗口服务质量专项评议 县纪委监委 二季度 二、优化要素保障 4 建立重点项目用地保障台账 县自然资源局,县发改局,各乡镇人民政府 2031年9月底前 ' +
      '5 落实小微企业融资担保降费政策 县财政局 长期坚持',
  ].join('\n');

  it('reads one task per numbered row, its units and its deadline word', () => {
    expect(rows(text)).toEqual([
      ['推行企业开办全程网上办理', ['县行政审批局'], ['县市场监管局'], '全年'],
      ['编制公布县级政务服务事项清单', ['县政务服务中心'], ['县司法局'], '三月份'],
      ['开展窗口服务质量专项评议', ['县纪委监委'], [], '二季度'],
      ['建立重点项目用地保障台账', ['县自然资源局'], ['县发改局', '各乡镇人民政府'], '2031年9月底前'],
      ['落实小微企业融资担保降费政策', ['县财政局'], [], '长期坚持'],
    ]);
  });

  it('keeps the group headings as sections, not tasks', () => {
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.section)).toEqual(['提升政务服务水平', '提升政务服务水平', '提升政务服务水平', '优化要素保障', '优化要素保障']);
  });
});

describe('an unnumbered table run onto one line with its title, a person between the task and the units', () => {
  const text = [
    '附件',
    '某镇创建省级文明镇任务分解表 项目 负责领导 责任科室 工作内容 完成时间 ' +
      '环境卫生整治 陈晓东 城建办 清理背街小巷垃圾;规范农贸市场周边秩序 全年 ' +
      '志愿服务推进 分管领导 团委,妇联 组建志愿服务队伍;开展常态化志愿活动 六月份',
  ].join('\n');

  it('cuts the rows after their deadline and reads the unit cell, not the name, as the units', () => {
    expect(rows(text)).toEqual([
      ['环境卫生整治', ['城建办'], [], '全年'],
      ['志愿服务推进', ['团委'], ['妇联'], '六月份'],
    ]);
  });
});

describe('a spaced table, one row a line, whose long rows end in a long unit list and a period word', () => {
  const text = [
    '某区2032年重点项目推进任务表',
    '序号 工作任务 责任部门 完成时限',
    '1 健全协同发展机制 区发改局,区商务局,财政局,建设局,人事局,城管局,市场监管局,综保办,科技局,税务局,各社区管委会 2032年6月底前',
    '2 完成老旧厂房改造利用 区工信局,招商局,财政局,应急局,消防大队,各园区管委会,自然资源分局,生态环境分局 全年',
  ].join('\n');

  it('takes the unit list and the date off the end of the row, the task stays its own cell', () => {
    expect(rows(text)).toEqual([
      ['健全协同发展机制', ['区发改局'], ['区商务局', '区财政局', '区建设局', '区人事局', '区城管局', '市场监管局', '区综保办', '区科技局', '区税务局', '各社区管委会'], '2032年6月底前'],
      ['完成老旧厂房改造利用', ['区工信局'], ['区招商局', '区财政局', '应急局', '区消防大队', '各园区管委会', '自然资源分局', '生态环境分局'], '全年'],
    ]);
  });
});

describe('a spaced header on its own line, the rows run together on the lines after it', () => {
  const text = [
    '某街道2033年平安建设任务清单',
    '序号 工作内容 责任部门 完成时限',
    '一、基层治理 1 完善网格员巡查制度 综治办,各社区 全年 2 调处邻里矛盾纠纷 司法所 上半年 二、安全生产 3 排查沿街商铺消防隐患 安监办、消防站 三季度',
    '4 开展防汛应急演练 应急办 六月底前 5 整治背街小巷乱停乱放 城管中队 长期坚持',
  ].join('\n');

  it('cuts the lines at their row numbers and group headings', () => {
    expect(rows(text)).toEqual([
      ['完善网格员巡查制度', ['综治办'], ['各社区'], '全年'],
      ['调处邻里矛盾纠纷', ['司法所'], [], '上半年'],
      ['排查沿街商铺消防隐患', ['安监办'], ['消防站'], '三季度'],
      ['开展防汛应急演练', ['应急办'], [], '六月底前'],
      ['整治背街小巷乱停乱放', ['城管中队'], [], '长期坚持'],
    ]);
  });
});
