// Shapes of issue 15 (brief H-fix-cells, held-out 581, 583, 586): a unit cell of a one-cell-per-line table broken
// over two lines with a blank line between the halves; a wide table's short rows; records whose values sit on the
// line after their labels. Each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

/** One cell per line, a blank line after each. */
const parted = (cells: string[]): string => cells.join('\n\n');

describe('a one-cell-per-line table whose unit cell is broken inside a name, a blank line between the halves', () => {
  const text = parted([
    '某县二〇二二年为民办实事项目推进表',
    '序号', '实事项目', '年度目标', '责任单位', '完成情况', '备注',
    '1', '新建乡镇综合文化站', '8个', '县文化广电', '和旅游局', '已完成6个', '按计划推进',
    '2', '改造农村公路危桥', '12座', '县交通运输局', '已完成12座', '已完成',
    '3', '建设社区日间照料中心', '5个', '县卫生健康', '委员会', '已完成3个', '按计划推进',
    '4', '开展职业技能培训', '3000人次', '县人力资源和', '社会保障局', '已培训3200人次', '超额完成',
  ]);

  it('joins the halves into one unit, and the later cells keep their columns', () => {
    expect(rows(text)).toEqual([
      ['新建乡镇综合文化站', ['县文化广电和旅游局'], []],
      ['改造农村公路危桥', ['县交通运输局'], []],
      ['建设社区日间照料中心', ['县卫生健康委员会'], []],
      ['开展职业技能培训', ['县人力资源和社会保障局'], []],
    ]);
  });
});

describe('a one-cell-per-line table whose unit list is broken after a 、, a blank line between the halves', () => {
  const text = parted([
    '某区重点民生工程责任清单',
    '序号', '工作任务', '牵头单位', '配合单位', '完成时限',
    // Row 1 has no 完成时限: with the tail read as a cell of its own it would be that cell.
    '1', '实施老旧管网更新改造', '区住建局', '区水务集团、区财政局、区自然资源、区统计局、', '区城管局',
    '2', '推进垃圾分类示范小区建设', '区城管局', '各街道办事处', '2023年10月',
    '3', '建设口袋公园', '区园林中心', '区规划分局、', '区国资公司', '2023年9月',
    '4', '整治背街小巷', '区城管局', '区市场监管局', '2023年12月',
  ]);

  it('joins the tail onto the list it ends', () => {
    expect(rows(text)).toEqual([
      ['实施老旧管网更新改造', ['区住建局'], ['区水务集团', '区财政局', '区自然资源', '区统计局', '区城管局']],
      ['推进垃圾分类示范小区建设', ['区城管局'], ['各街道办事处']],
      ['建设口袋公园', ['区园林中心'], ['区规划分局', '区国资公司']],
      ['整治背街小巷', ['区城管局'], ['区市场监管局']],
    ]);
  });
});

describe('a unit cell broken inside a name the reader cannot see a level in', () => {
  // Row 1: a list cut inside its last name; row 2: a name with no level cut, the row one cell over the header.
  const text = parted([
    '某县交通强县建设任务分工',
    '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
    '1', '完成农村电网改造升级', '县发改局', '县交通运输局、国网供电', '公司', '2023年底',
    '2', '建成县城物流配送中心', '物流产业', '发展中心', '县商务局、县邮政分公司', '2023年9月',
    '3', '改造县乡公路三十公里', '县交通运输局', '县财政局、各乡镇', '2023年12月',
  ]);

  it('joins the rest of the name onto its start', () => {
    expect(rows(text)).toEqual([
      ['完成农村电网改造升级', ['县发改局'], ['县交通运输局', '国网供电公司']],
      ['建成县城物流配送中心', ['物流产业发展中心'], ['县商务局', '县邮政分公司']],
      ['改造县乡公路三十公里', ['县交通运输局'], ['县财政局', '各乡镇']],
    ]);
  });
});

describe('a wide one-cell-per-line table with empty quarter columns, a merged task cell and an empty 配合 cell', () => {
  // Rows 2 and 3 lack the 重点任务 cell (merged down from row 1); row 3 has no 配合单位 either.
  const text = parted([
    '某区文明城市创建任务分解',
    '序号', '重点任务', '具体举措', '牵头单位', '配合单位', '完成时限', '一季度', '二季度', '三季度', '四季度',
    '1', '提升市容环境', '整治沿街占道经营和乱堆乱放。', '区城管局', '区市场监管局、各街道', '2022',
    '2', '清理小广告和违规户外招牌。', '区城管局', '区公安分局、区住建局', '2022',
    '3', '开展农贸市场环境卫生专项整治。', '区商务局', '2022',
    '4', '改善交通秩序', '规范非机动车停放秩序。', '区公安分局', '区交通局', '2022',
  ]);

  it('fits each short row so its units stand in the unit columns', () => {
    expect(rows(text).map(([, leads, participants]) => [leads, participants])).toEqual([
      [['区城管局'], ['区市场监管局', '各街道']],
      [['区城管局'], ['区公安分局', '区住建局']],
      [['区商务局'], []],
      [['区公安分局'], ['区交通局']],
    ]);
  });
});

describe('a one-cell-per-line table with starred row numbers (rows a footnote qualifies)', () => {
  const text = parted([
    '某市惠民项目进度表',
    '序号', '项目', '目标任务', '责任单位', '完成进度', '备注',
    '1', '新增城镇就业(人)', '5000', '市人社局', '5200', '超额完成',
    '2*', '培训新型职业农民(人)', '800', '市农业农村局', '820', '超额完成',
    '3*', '新建农村户用厕所(座)', '1200', '市农业农村局', '基本完成',
    '4*', '改造城市棚户区(户)', '600', '市住建局', '610', '超额完成',
    // Rows 3* and 5* are a cell short (no 完成进度, no 备注).
    '5*', '发放创业担保贷款(万元)', '3000', '市财政局', '3100',
    '6', '新增托育机构(个)', '20', '市卫健委', '21', '超额完成',
  ]);

  it('opens a row at each starred number', () => {
    expect(rows(text).map(([title, leads]) => [title, leads])).toEqual([
      ['新增城镇就业(人)', ['市人社局']],
      ['培训新型职业农民(人)', ['市农业农村局']],
      ['新建农村户用厕所(座)', ['市农业农村局']],
      ['改造城市棚户区(户)', ['市住建局']],
      ['发放创业担保贷款(万元)', ['市财政局']],
      ['新增托育机构(个)', ['市卫健委']],
    ]);
  });
});

describe('numbered records whose every value sits on the line after its label', () => {
  const text = [
    '某镇2023年十件民生实事进展情况',
    '01 项目名称:改善农村人居环境',
    '项目内容:',
    '完成十个行政村的污水管网铺设,建成五座公共厕所。',
    '责任单位:',
    '镇建设办、镇农业站',
    '进展情况:',
    '污水管网已完成七个村的铺设,余下三个村正在施工。',
    '公共厕所已建成四座。',
    '02',
    '项目名称:',
    '提升镇卫生院服务能力',
    '项目内容:',
    '新建镇卫生院发热门诊,添置彩超设备一台。',
    '责任单位',
    '镇社会事务办',
    '进展情况:',
    '发热门诊主体已封顶,彩超设备已招标。',
  ].join('\n');

  it('reads each record as one task named by its name field, the units from its 责任单位 field', () => {
    expect(rows(text)).toEqual([
      ['改善农村人居环境', ['镇建设办'], ['镇农业站']],
      ['提升镇卫生院服务能力', ['镇社会事务办'], []],
    ]);
  });
});
