// Shapes of issue 15 (brief H-fix2-tables28, held-out 423 and the table leftovers): each in a small made-up
// document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a checklist whose last column names the units that score the work (评分部门, 督办单位)', () => {
  const intro = ['某区2022年城乡融合重点工作考核清单', '各街道、区直各单位:现将考核清单印发给你们,请认真落实。'];

  it('keeps the scorer out of the responsible list in a bar table, whether the row fits its header or not', () => {
    const text = [
      ...intro,
      '序号 | 工作任务 | 责任单位 | 评分部门 |',
      '1 | 新建农村公路二十公里 | 区交通运输局 | 市交通运输局 |',
      '2 | 完成老旧小区改造六个 | 区住房城乡建设局 | 区自然资源局 | 市住房城乡建设局 |',
      '3 | 培育家庭农场十家 | 区农业农村局 | 市农业农村局 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建农村公路二十公里', ['区交通运输局'], []],
      ['完成老旧小区改造六个', ['区住房城乡建设局'], ['区自然资源局']],
      ['培育家庭农场十家', ['区农业农村局'], []],
    ]);
  });

  it('does the same in a table printed one cell per line, a second responsible unit on a line of its own', () => {
    const text = [
      ...intro,
      '序号', '考核内容', '目标值', '责任部门', '督办单位',
      '1', '建成区级养老服务中心', '1个', '区民政局', '市民政局',
      '2', '新增城镇就业岗位', '3000人', '区人力社保局', '区财政局', '市人力社保局',
      '3', '完成河道清淤整治', '12公里', '区水务局', '市水务局',
      '4', '新建公共停车泊位', '800个', '区城管局', '市城管局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建成区级养老服务中心', ['区民政局'], []],
      ['新增城镇就业岗位', ['区人力社保局'], ['区财政局']],
      ['完成河道清淤整治', ['区水务局'], []],
      ['新建公共停车泊位', ['区城管局'], []],
    ]);
  });

  it('still joins a unit list run over lines when the last column is a note', () => {
    const text = [
      ...intro,
      '序号 | 工作任务 | 责任单位 | 备注 |',
      '1 | 新建农村公路二十公里 | 区交通运输局 | 区财政局 |',
      '2 | 培育家庭农场十家 | 区农业农村局 | |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建农村公路二十公里', ['区交通运输局'], ['区财政局']],
      ['培育家庭农场十家', ['区农业农村局'], []],
    ]);
  });
});

describe("a table's last row cut off by the page inside its first cell", () => {
  it('keeps the cut cell of a bar table as its last task, with no unit', () => {
    const text = [
      '某县市场监管局2023年政务公开工作要点',
      '工作任务 | 具体要求 | 责任科室 |',
      '一、深化监管信息公开。 | 1.按时公开双随机抽查结果。 | 执法稽查科 |',
      '2.及时公开行政处罚决定书。 | 法规科 | |',
      '二、做好民生领域公开。 | 3.定期发布食品安全抽检信息。 | 食品安全科 |',
      '4.围绕价格监管热点开展政策解读并及时回应社会关切',
    ].join('\n');
    const got = rows(text);
    expect(got).toHaveLength(4);
    expect(got[3]?.[0]).toContain('围绕价格监管热点开展政策解读');
    expect(got[3]?.[1]).toEqual([]);
  });

  it('leaves a closing remark after the table alone', () => {
    const text = [
      '某县市场监管局2023年政务公开工作要点',
      '工作任务 | 具体要求 | 责任科室 |',
      '一、深化监管信息公开。 | 1.按时公开双随机抽查结果。 | 执法稽查科 |',
      '二、做好民生领域公开。 | 2.定期发布食品安全抽检信息。 | 食品安全科 |',
      '各科室要按照要求抓好落实。',
    ].join('\n');
    expect(rows(text)).toHaveLength(2);
  });
});

describe("a box-drawn table cut off by the page inside its last row's task cell", () => {
  const text = [
    '某区2024年河道保洁工作任务分解表',
    '┌────┬───────────────┬──────┬──────┐',
    '│序号│工作任务            │完成时限 │责任单位 │',
    '├────┼───────────────┼──────┼──────┤',
    '│1   │完成主要河道清淤8公里。     │2024.05.31│区水务局  │',
    '├────┼───────────────┼──────┤      │',
    '│2   │新建河道保洁站3处。       │2024.08.31│      │',
    '├────┼───────────────┼──────┤      │',
    '│3   │汛期前完成沿河排口排查并建立台',
  ].join('\n');

  it('reads the cut row as the last task, under the unit cell merged down beside it', () => {
    const got = rows(text);
    expect(got).toHaveLength(3);
    expect(got[2]?.[0]).toContain('汛期前完成沿河排口排查');
    expect(got[2]?.[1]).toEqual(['区水务局']);
  });
});

describe("a progress table parted by spaces, cut off by the page after a row's first sub-item", () => {
  const text = [
    '某区2019年民生实事1-6月进展情况',
    '序号 省重点民生实事项目名称 责任单位 目标任务 1-6月实际完成情况 备注',
    '1 新增城镇就业 区人社局 6000人 4200',
    '2 改造农村危房 区住建局 300户 180',
    '3 体育惠民 建设全民健身路径12条 区教体局 12 8',
    '开展全民健身赛事40场',
  ].join('\n');

  it('reads the cut line as the next sub-item of the same row', () => {
    const got = parsePlanText(text).tasks.map((t) => [t.code, t.title]);
    expect(got.slice(-2)).toEqual([
      ['3.1', '建设全民健身路径12条'],
      ['3.2', '开展全民健身赛事40场'],
    ]);
  });
});

describe('a bar table whose rows close with a bar, one row wrapped over two lines by a two-line unit cell', () => {
  const text = [
    '某市创建国家森林城市任务分解表',
    '创建标准 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
    '1、城区绿化覆盖率达到40%以上。 | 新建口袋公园12处,完成道路绿化提升。 | 市城管局 | 市住建局',
    '市自然资源局 | 2022年10月底前 |',
    '2、森林资源保护管理到位。 | 开展林地清查,严厉打击毁林行为。 | 市林业局 | 市公安局 | 2022年12月底前 |',
  ].join('\n');

  it('joins the wrapped row back, both units of the cell kept, and reads no row from its second line', () => {
    expect(rows(text)).toEqual([
      ['新建口袋公园12处', ['市城管局'], ['市住建局', '市自然资源局']],
      ['开展林地清查', ['市林业局'], ['市公安局']],
    ]);
  });
});

describe('a table printed one cell per line whose header word is split over two lines (项目 / 名称)', () => {
  const text = [
    '某区2023年民生实事项目进展表',
    '项目', '名称', '内容', '牵头单位', '完成时限',
    '托育服务项目', '新建普惠性托育机构3家,新增托位200个。', '区卫健委', '2023年12月',
    '便民停车项目', '新增公共停车泊位500个。', '区城管局', '2023年10月',
  ].join('\n');

  it('reads the two lines as one column word, so the rows keep their columns', () => {
    expect(rows(text)).toEqual([
      ['托育服务项目', ['区卫健委'], []],
      ['便民停车项目', ['区城管局'], []],
    ]);
  });
});
