// Shapes of issue 15 (brief H-fix2-tables, held-out 762, 703, 721, 724): tables the reader did not take for
// task tables. Each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a bar table of short work names under an unknown header word, beside a 责任单位 column', () => {
  const text = [
    '某乡2023年度消防安全集中检查工作计划',
    '为做好全年消防安全工作,特制定本计划。',
    '一、集中检查月历',
    '重点检查场所类别 | 检查时间 | 责任单位 |',
    '农贸市场 | 1月份 | 市场监管所 派出所 |',
    '小型加工作坊 | 3月份 | 经发办 |',
    '出租房屋 | 5月份 | 派出所 综治办 |',
    '养老机构 | 7月份 | 社事办 |',
    '乡村旅游点 | 9月份 | 文旅站 经发办 |',
    '二、有关要求',
    '各责任单位要按照时间安排抓好落实。',
  ].join('\n');

  it('reads each name as a task and the spaced names as its units, the first leading', () => {
    expect(rows(text)).toEqual([
      ['农贸市场', ['市场监管所'], ['派出所']],
      ['小型加工作坊', ['经发办'], []],
      ['出租房屋', ['派出所'], ['综治办']],
      ['养老机构', ['社事办'], []],
      ['乡村旅游点', ['文旅站'], ['经发办']],
    ]);
  });

  it('takes no column of persons for the work', () => {
    const duty = ['某镇值班安排', '值班人员 | 值班时间 | 责任单位 |', '王建国 | 1月份 | 党政办 |', '李明 | 2月份 | 综治办 |', '张华 | 3月份 | 经发办 |', '刘强 | 4月份 | 安监站 |'];
    expect(rows(duty.join('\n'))).toEqual([]);
  });
});

describe('a 三张清单 table (任务清单 | 责任清单 | 时限清单) opening the page, group cells printed on a group\'s first row only', () => {
  const text = [
    '重点领域 | 工作环节 | 工作要求 | 任务清单 | 责任清单 | 时限清单 |',
    '一、隐患排查 |',
    '(一)排查机制建设 | 1.排查网络 | (1)镇(街道)建立网格化隐患排查体系,明确网格员排查职责。 | 1.建立镇村两级隐患排查台账,明确网格员和联络员; | 安监办 综治办 | 3月 |',
    '(2)村(社区)落实日常巡查制度,发现隐患及时上报。 | 1.组织村级巡查员每周开展一次巡查; | 村(社区) | 3月 |',
    '(3)重点企业落实主体责任,开展自查自改。 | 1.督促重点企业每月报送自查情况; | 经发办 安监办 | 5月 |',
    '2.对自查发现的问题建立整改清单,逐项销号; | 经发办 市场所 村(社区) |',
  ].join('\n');

  it('reads each 任务清单 cell as a task and the 责任清单 cell as its units, the first leading', () => {
    expect(rows(text).map(([title, leads, parts]) => [title.replace(/^\d+\./, '').slice(0, 12), leads, parts])).toEqual([
      ['建立镇村两级隐患排查台账', ['安监办'], ['综治办']],
      ['组织村级巡查员每周开展一', ['村(社区)'], []],
      ['督促重点企业每月报送自查', ['经发办'], ['安监办']],
      ['对自查发现的问题建立整改', ['经发办'], ['市场所', '村(社区)']],
    ]);
  });
});

describe('a bar table with no unit column, each task cell closing with its units in a bracket, the last row cut', () => {
  const text = [
    '某区2022年重点工作推进情况(1-9月)',
    '序号 | 重点任务 | 进展情况 |',
    '1 | 推进老旧小区改造,完成改造小区40个。(责任单位:区住建局) | 已开工38个,完工21个。 |',
    '2 | 实施城乡供水一体化工程,提升农村供水保障水平。(责任单位:区水利局、区财政局、区自来水公司) | 1.完成管网铺设120公里。 2.新建加压泵站3座。 |',
    '3 | 深化垃圾分类,建设分类示范街道5个。(责任单位:区城管局、各街道办事处) | 1.已建成示范街道3个。 2.新增分类投放点',
  ].join('\n');

  it('reads each bracket as its row\'s units, the first leading, and no progress point as a task', () => {
    expect(rows(text)).toEqual([
      ['推进老旧小区改造', ['区住建局'], []],
      ['实施城乡供水一体化工程', ['区水利局'], ['区财政局', '区自来水公司']],
      ['深化垃圾分类', ['区城管局'], ['各街道办事处']],
    ]);
  });
});

describe('numbered measures each followed by a bare unit line, no label, verb or bracket', () => {
  const text = [
    '某县稳就业若干措施责任分工',
    '一、强化企业帮扶',
    '1.对吸纳高校毕业生就业的小微企业给予一次性吸纳就业补贴。',
    '县人社局、县财政局等,各乡镇人民政府,县经济开发区管委会',
    '2.阶段性降低失业保险费率,政策执行至年底。',
    '县人社局',
    '二、拓宽就业渠道',
    '3.开发一批乡村公益性岗位,优先安置脱贫劳动力。',
    '县乡村振兴局、县民政局',
  ].join('\n');

  it('reads each unit line as its measure\'s units, the first leading', () => {
    expect(rows(text)).toEqual([
      ['对吸纳高校毕业生就业的小微企业给予一次性吸纳就业补贴', ['县人社局'], ['县财政局', '各乡镇人民政府', '县经济开发区管委会']],
      ['阶段性降低失业保险费率', ['县人社局'], []],
      ['开发一批乡村公益性岗位', ['县乡村振兴局'], ['县民政局']],
    ]);
  });
});

describe('a bar table whose unit cell is merged down over short rows, the last of them cut inside its last cell', () => {
  const text = [
    '某县2023年度民生项目目标任务分解表',
    '项目 | 工作内容 | 目标数 | 分解情况 | 责任单位 | 备注 |',
    '农村饮水保障 | 新建集中供水工程(处) | 12 | 东关镇3 西岭乡2 南河镇4 北坡乡3 | 县水利局 | 年底前完成 |',
    '改造老旧供水管网(公里) | 40 | 东关镇10 西岭乡8 南河镇12 北坡乡10 |',
    '新增受益人口(人) | 8000 | 东关镇2000 西岭乡1500 南河',
  ].join('\n');

  it('gives the cut last row the merged unit too', () => {
    expect(rows(text).map(([, leads, parts]) => [leads, parts])).toEqual([
      [['县水利局'], []],
      [['县水利局'], []],
      [['县水利局'], []],
    ]);
  });
});
