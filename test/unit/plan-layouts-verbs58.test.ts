// Shapes of issue 15 (brief H-fix11-verbs58): units named mid-sentence after a verb, and generic tails after the last
// named unit, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads, participants. */
const rows = clauseRows(/[,,。]/);

describe('a unit named after a request verb', () => {
  it('reads 请X in a meeting topic, a list with 各 all leading, a bare list (first leads), and never 提请', () => {
    const text = [
      '某市政府第8次常务会议纪要',
      '一、关于2021年市级国有资本经营预算',
      '会议原则同意该预算草案,请市国资委按会议意见进一步修改完善,提请市人大常委会审议。',
      '二、关于城区停车场建设方案',
      '议定:同意该方案,请市城管局、市交警支队各牵头一个片区;请市审计局对资金使用全程跟踪。',
      '三、关于校园周边交通整治',
      '议定:请市教育局、市公安局抓紧制定整治办法,报市政府审定。',
      '四、关于年度工作总结',
      '会议听取了汇报,提请市委常委会研究。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['关于2021年市级国有资本经营预算', ['市国资委'], []],
      ['关于城区停车场建设方案', ['市城管局', '市交警支队', '市审计局'], []],
      ['关于校园周边交通整治', ['市教育局'], ['市公安局']],
      ['关于年度工作总结', [], []],
    ]);
  });
});

describe('a hand-over verb, a 由X clause after a leading clause, a subject after a circumstance', () => {
  it('reads the unit that takes the work on', () => {
    const text = [
      '某市住建局职责调整事项',
      '1、将城市燃气经营许可职责移交市城市管理局承担。',
      '2、将老旧小区物业指导职责移交市住房保障中心承担。',
      '3、街巷保洁、绿化养护等职责下放辖区承担;相关经费同时下放。',
      '4、除省级重点工程外的园林工程质量监督工作,由市住建局委托区园林绿化管理所负责监督。',
      '5、消防通道专项整治除纳入日常巡查一并检查外,其总体工作由市消防救援支队组织推进。',
      '6、应急处置',
      '依照《某省突发事件应对条例》的规定,市应急管理局负责统一调度处置工作。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['将城市燃气经营许可职责移交市城市管理局承担', ['市城市管理局'], []],
      ['将老旧小区物业指导职责移交市住房保障中心承担', ['市住房保障中心'], []],
      ['街巷保洁、绿化养护等职责下放辖区承担', ['辖区'], []],
      ['除省级重点工程外的园林工程质量监督工作', ['区园林绿化管理所'], []],
      ['消防通道专项整治除纳入日常巡查一并检查外', ['市消防救援支队'], []],
      ['应急处置', ['市应急管理局'], []],
    ]);
  });
});

describe('a generic tail after the last named unit', () => {
  it('cuts `等部门、单位` and `等区级有关部门` off a table cell', () => {
    const text = ['序号', '', '重点任务', '', '牵头单位', '', '配合单位', '', '1', '', '推进甲项工作。', '', '区财政局', '', '区审计局、区统计局等部门、单位', '', '2', '', '推进乙项工作。', '', '区民政局', '', '区审计局等区级有关部门,各镇(街道)', ''].join('\n');
    expect(rows(text)).toEqual([
      ['推进甲项工作', ['区财政局'], ['区审计局', '区统计局']],
      ['推进乙项工作', ['区民政局'], ['区审计局', '各镇(街道)']],
    ]);
  });
});

describe('a label glued to the next label', () => {
  it('ends the unit list at the next label word', () => {
    const text = [
      '某县2025年民生实事项目',
      '一、城区排水管网改造项目',
      '',
      '牵头单位:县水务局',
      '',
      '责任单位:城关镇',
      '',
      '任务目标:完成排水管网改造20公里。',
      '',
      '二、农贸市场提升改造项目',
      '',
      '牵头单位:县市场监管局',
      '',
      '责任单位:河口乡工作目标:2025年完成3个农贸市场改造。',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['城区排水管网改造项目', ['县水务局'], ['城关镇']],
      ['农贸市场提升改造项目', ['县市场监管局'], ['河口乡']],
    ]);
  });
});

describe('a closing bracket with one unit and a carry-forward sentence', () => {
  it('reads the unit before the comma as the lead, the carried units still take part', () => {
    const text = [
      '某市促进文旅消费若干措施',
      '一、丰富消费场景',
      '1.打造夜间街区。支持各地建设夜间消费集聚区,全年新增省级夜间消费集聚区2个。〔市文旅局,此项及以下任务均需各区县落实,不再列出〕',
      '2.发展研学旅游。推出精品研学线路10条。(市文旅局)',
      '3.促进汽车消费。开展汽车促消费活动不少于6场。(市商务局)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['打造夜间街区', ['市文旅局'], ['各区县']],
      ['发展研学旅游', ['市文旅局'], ['各区县']],
      ['促进汽车消费', ['市商务局'], ['各区县']],
    ]);
  });
});
