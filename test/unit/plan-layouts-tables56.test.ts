// Shapes of issue 15 (brief H-fix9-tables56, held-out batch heldout55), each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;]/);

describe('a unit’s duty opening with 协同/会同 other units (`X局:负责会同A、B部门查处…`)', () => {
  it('reads the units named after 协同/会同 as taking part', () => {
    const text = [
      '某区市容环境整治工作方案',
      '三、职责分工',
      '1.区交通局:负责会同交警、路政部门清理占道停车,并做好公交站点整治。',
      '2.区卫健委:负责协同区市场监管局检查小餐饮卫生状况。',
      '3.区教育局:负责校园周边环境整治的协调工作。',
      '4.区住建局:负责会同有关部门整治建筑工地扬尘。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责会同交警、路政部门清理占道停车', ['区交通局'], ['交警部门', '路政部门']],
      ['负责协同区市场监管局检查小餐饮卫生状况', ['区卫健委'], ['区市场监管局']],
      ['负责校园周边环境整治的协调工作', ['区教育局'], []],
      ['负责会同有关部门整治建筑工地扬尘', ['区住建局'], []],
    ]);
  });
});

describe('a 序号/项目/责任单位 table flattened one glued row a line (`1新建……。县教育局`, further units on lines of their own)', () => {
  it('reads each row with its units, the first leading and the others taking part', () => {
    const text = [
      '某县年鉴 民生实事',
      '2021年某县十件民生实事项目',
      '序号项目内容责任单位',
      '1新建改扩建中小学校舍3所,新增学位2400个。县教育局',
      '2实施城区道路积水点改造,完成排水管网改造12公里。县住建局',
      '县水务局',
      '城关镇政府',
      '3推进乡镇卫生院标准化建设,完成6所卫生院改造。县卫健委',
      '4开展农村饮水安全巩固提升,新建供水站4座。县水务局',
      '县财政局',
      '5新增城市停车泊位1500个',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建改扩建中小学校舍3所', ['县教育局'], []],
      ['实施城区道路积水点改造', ['县住建局'], ['县水务局', '城关镇政府']],
      ['推进乡镇卫生院标准化建设', ['县卫健委'], []],
      ['开展农村饮水安全巩固提升', ['县水务局'], ['县财政局']],
      ['新增城市停车泊位1500个', [], []],
    ]);
  });
});

describe('items run into one paragraph, then a lone `二、工作要求` heading whose own `(一)(二)` restart', () => {
  it('reads the heading as a part of its own, so its requirements are no tasks', () => {
    const text = [
      '某县城乡环境卫生整治任务分解',
      '[续前页] (五)农贸市场环境整治 牵头单位:县市场监管局 配合单位:城关镇、县城管局 主要任务:规范摊位设置,清理市场周边占道经营。 (六)背街小巷卫生整治 牵头单位:城关镇 配合单位:县住建局、县城管局 主要任务:硬化破损路面,清运积存垃圾。 (七)河道沟渠清理 牵头单位:县水务局 配合单位:各乡镇 主要任务:清理河道漂浮物和沟渠淤泥。 二、工作要求 (一)各乡镇、各有关部门要高度重视,明确专人负责,确保按期完成整治任务。 (二)对工作不力、进度滞后的,将予以通报批评。',
    ].join('\n');
    expect(rows(text).map(([title, leads]) => [title.split(' ')[0], leads])).toEqual([
      ['农贸市场环境整治', ['县市场监管局']],
      ['背街小巷卫生整治', ['城关镇']],
      ['河道沟渠清理', ['县水务局']],
    ]);
  });
});
