// Tables of heldout46/47 (1083, 1101, 1103; brief H-fix5-tables): made-up tables in each shape.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;;]/);

/** One cell per line, a blank line between cells, as a web page's table often reaches us. */
const spaced = (cells: string[]): string => cells.join('\n\n');

describe('a one-cell-per-line table whose 序号 cells are absent and whose subheads are numbered', () => {
  const text = [
    '某县人民政府办公室关于做好2033年县政府重点工作督查的通知',
    '各乡镇人民政府,县政府各部门:',
    '  请各责任单位按季度报送重点工作推进情况。',
    '  特此通知。',
    '  附件:2033年度县政府重点工作责任分工表',
    '',
    spaced([
      '序号', '重点工作内容', '责任单位', '配合单位',
      '一、关于做强实体经济',
      '(1)推动制造业提质增效。',
      '规模以上工业增加值增长8%以上。', '工信局', '统计局、发改委',
      '建成智能制造示范车间五个。', '工信局', '科技局',
      '推进东区物流园二期建设,年底前主体完工。', '开发区管委会', '交通局、住建局',
      '(2)培育壮大新兴产业。',
      '新增高新技术企业二十家。', '科技局', '税务局、财政局',
      '加快西湖文旅综合体项目建设进度。', '文旅局', '',
      '扶持农村电商发展,培育网店示范户。', '商务局', '供销社、各乡镇',
    ]),
  ].join('\n');

  it('reads each three-cell row as a task, its units lead and help; the numbered subheads are no task', () => {
    expect(rows(text)).toEqual([
      ['规模以上工业增加值增长8%以上', ['工信局'], ['统计局', '发改委']],
      ['建成智能制造示范车间五个', ['工信局'], ['科技局']],
      ['推进东区物流园二期建设', ['开发区管委会'], ['交通局', '住建局']],
      ['新增高新技术企业二十家', ['科技局'], ['税务局', '财政局']],
      ['加快西湖文旅综合体项目建设进度', ['文旅局'], []],
      ['扶持农村电商发展', ['商务局'], ['供销社', '各乡镇']],
    ]);
  });
});

describe('a handover list one cell per line: 事项名称 the task, 承接单位 the lead, 备注 `X配合` the helpers', () => {
  const text = [
    '关于某经济开发区社会事务职能移交的公告',
    '  经研究,开发区社会事务管理职能移交县有关部门、乡镇,现公告如下。',
    '  附件',
    '  某经济开发区社会事务职能移交清单',
    '',
    spaced([
      '序号', '职能名称', '事项名称', '移交单位', '承接单位', '备注',
      '1', '民政类职能', '城乡低保对象审核确认', '开发区社会事业局', '县民政局', '城东街道办事处配合',
      '2', '临时救助申请受理与发放', '开发区社会事业局', '县民政局', '城东街道办事处、县财政局配合',
      '3', '残疾人两项补贴资格初审', '开发区社会事业局', '城东街道办事处', '配合县残联',
      '4', '养老机构安全检查', '开发区社会事业局', '县民政局', '每季度一次',
    ]),
  ].join('\n');

  it('reads each row as a task of its taking-over unit; the unit handing over takes no part', () => {
    expect(rows(text)).toEqual([
      ['城乡低保对象审核确认', ['县民政局'], ['城东街道办事处']],
      ['临时救助申请受理与发放', ['县民政局'], ['城东街道办事处', '县财政局']],
      ['残疾人两项补贴资格初审', ['城东街道办事处'], []],
      ['养老机构安全检查', ['县民政局'], []],
    ]);
  });
});

describe('a 备注 column beside the units of a numbered table', () => {
  const text = [
    '某区2034年为民办实事项目责任分工',
    spaced([
      '序号', '事项名称', '承接单位', '完成时限', '备注',
      '1', '新建社区嵌入式托育点十个', '区卫健委', '2034年10月底', '各街道配合',
      '2', '改造背街小巷二十条', '区城管局', '2034年12月底', '配合区住建局',
      '3', '新增公共停车泊位一千个', '区交通局', '2034年11月底', '需区财政局配合资金',
    ]),
  ].join('\n');

  it('takes `X配合` alone for helpers, never `配合X` or a sentence that names one', () => {
    expect(rows(text)).toEqual([
      ['新建社区嵌入式托育点十个', ['区卫健委'], ['各街道']],
      ['改造背街小巷二十条', ['区城管局'], []],
      ['新增公共停车泊位一千个', ['区交通局'], []],
    ]);
  });
});

describe('a duty table with the unit column first (相关部门 / 职责分工), one cell per line', () => {
  const text = [
    '当前位置:首页 > 责任清单 > 住建局 > 与相关部门的职责边界',
    '管理事项 城市内涝防治',
    '',
    spaced([
      '相关部门', '职责分工',
      '县住建局', '负责城市排水设施的建设、维护和汛期巡查。',
      '县水利局', '负责河道堤防的监测预警;会同气象部门和应急管理部门,发布内涝风险提示;指导各乡镇做好排涝准备。',
      '县城管局', '负责下穿通道积水的现场处置,组织抢险队伍值守;会同有关部门做好交通疏导。',
      '相关依据 相关依据',
      '《城镇排水与污水处理条例》。',
    ]),
  ].join('\n');

  it('reads each unit and its duty as a task led by that unit; 会同 units take part', () => {
    expect(rows(text)).toEqual([
      ['负责城市排水设施的建设、维护和汛期巡查', ['县住建局'], []],
      ['负责河道堤防的监测预警', ['县水利局'], ['气象部门', '应急管理部门']],
      ['负责下穿通道积水的现场处置', ['县城管局'], []],
    ]);
  });
});
