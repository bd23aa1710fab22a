// Shapes of the held-out shelf's batch heldout45 (branch prose46: 1063, 1064), each written with made-up content
// in the shape the page had.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a level written once at the head of a 、 list reaches every bare name in it', () => {
  it('passes over a longer name and a well-known short form to the short names after them', () => {
    const text = [
      '一、重点任务',
      '(一)完善督查机制。建立月调度制度。(各县区人民政府牵头;市教育局、人力资源社会保障局、体育局、编办,市中院配合)',
      '(二)强化考核。年度考核结果向社会公开。(市考核办牵头)',
    ].join('\n');
    expect(read(text)[0]).toEqual(['完善督查机制', ['各县区人民政府'], ['市教育局', '人力资源社会保障局', '市体育局', '市编办', '市中院']]);
  });

});

describe('numbered schedule items (a time or place label, a colon, a date)', () => {
  const text = [
    '四、时间安排',
    '(1)动员部署时间:2019年5月6日。',
    '(2)集中督查的时限:2019年5月20日至31日',
    '五、工作措施',
    '(1)开展排查。对辖区内餐饮门店逐户排查。(区市场监管局牵头,各街道配合)',
    '(2)完成时间:6月底前完成全部整改。(区市场监管局负责)',
  ].join('\n');

  it('are no tasks; an item whose value is work, or that names its unit, stays', () => {
    expect(read(text).map((t) => t[0])).toEqual(['开展排查', '完成时间:6月底前完成全部整改']);
  });
});

describe('an attachment of areas, each `N、area:` over a line `X负责组织:A、B参加。`', () => {
  const text = [
    '附件',
    '城区卫生责任片区划分',
    '1、北环路—火车站—物流园:',
    '县财政局负责组织:县财政局、二小教师和学生参加。',
    '2、人民路全段:东关桥—老街—体育场。',
    '县司法局负责组织:机关大院(指主楼以外的单位)、妇幼保健院、检察院、供电所。',
  ].join('\n');

  it('reads the organiser as the lead and the listed units as participants, the area line as the title', () => {
    expect(read(text)).toEqual([
      ['北环路—火车站—物流园:', ['县财政局'], ['二小']],
      ['人民路全段:东关桥—老街—体育场', ['县司法局'], ['机关大院', '妇幼保健院', '检察院', '供电所']],
    ]);
  });
});

describe('an item whose prose says who leads, in a clause of its own, and who takes part', () => {
  const text = [
    '三、保障措施',
    '1、强化统筹调度。此次行动,由区城管局牵头,每周通报进展情况。月底前,区城管局牵头,区交通局、区水务局配合对各街道的整治成效开展验收。',
    '2、加强宣传引导。各街道要广泛宣传,营造良好氛围。',
    '3、健全工作机制。建立由区政府牵头、各部门参与的联席会议制度。',
    '4、压实工作责任。王副区长牵头,定期听取汇报。',
  ].join('\n');

  it('reads the 牵头 clause as the lead and the 配合 clause as participants; a 由X牵头的 phrase or a person is not read', () => {
    expect(read(text)).toEqual([
      ['强化统筹调度', ['区城管局'], ['区交通局', '区水务局']],
      // `各街道要…`: a named group as the sentence's subject leads (fallback57's last step).
      ['加强宣传引导', ['各街道'], []],
      ['健全工作机制', [], []],
      ['压实工作责任', [], []],
    ]);
  });
});

describe('a titled item whose 一是/二是 parts name their units only as subjects', () => {
  it('is one task, the parts’ units leading together', () => {
    const text = [
      '四、工作措施',
      '(一)抓好源头治理。治理范围覆盖全部建成区。一是摸清底数,建立台账。二是区城管局要加强渣土运输管理,严查抛洒滴漏。三是区生态环境分局要强化执法巡查。',
      '(二)强化考核问效。考核结果纳入年度目标考核。(区委督查室负责)',
    ].join('\n');
    expect(read(text)).toEqual([
      ['抓好源头治理', ['区城管局', '区生态环境分局'], []],
      ['强化考核问效', ['区委督查室'], []],
    ]);
  });

  it('is still cut when its parts carry their own assignment', () => {
    const text = [
      '四、工作措施',
      '(一)抓好源头治理。治理范围覆盖全部建成区。一是加强渣土运输管理(区城管局牵头,区交通局配合);二是强化执法巡查(区生态环境分局负责)。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['加强渣土运输管理', ['区城管局'], ['区交通局']],
      ['强化执法巡查', ['区生态环境分局'], []],
    ]);
  });
});
