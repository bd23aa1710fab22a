// Shapes pages nobody had read showed the importer misreading (heldout148–151): an activity plan that numbers
// each activity's fields as if they were items, `由X牵头,A、B配合,确保…` whose helpers were lost, a bracket
// `(X牵头,Y分别落实)`, the people's organisations (`工会、共青团、妇联等人民团体要…`), a regulation's duty lines
// (`X部门负责…` / `Y应当…`, a bracket inside a unit's name), a page run into one line whose first group heading
// follows a comma, and a portal's name at the head of its site bar. Made-up pages in those shapes; none is one of
// the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

const rows = clauseRows(/[,,。;;]/);

describe('an activity whose fields are numbered as items', () => {
  it('reads each activity as one task led by its 承办单位, its numbered fields as its own lines, however often a field repeats', () => {
    const text = [
      '某县第三届油菜花节活动方案',
      '三、主要活动',
      '(一)油菜花节开幕式',
      '1、时 间:2024年3月16日',
      '2、地 点:县文化广场',
      '3、承办单位:县委宣传部,县文广旅局',
      '4、活动内容:领导致辞,文艺演出',
      '(二)乡村摄影大赛',
      '1、时 间:2024年3月16日',
      '2、地 点:县文化广场',
      '3、承办单位:县摄影家协会 县文广旅局',
      '4、活动内容:组织摄影采风。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['油菜花节开幕式', ['县委宣传部'], ['县文广旅局']],
      ['乡村摄影大赛', ['县摄影家协会'], ['县文广旅局']],
    ]);
  });

  it('keeps numbered items that are work, not fields, as tasks of their own', () => {
    const text = ['某县工作方案', '三、主要任务', '(一)改善人居环境', '1、整治村庄垃圾。(责任单位:县城管局)', '2、改造农村厕所。(责任单位:县农业农村局)'].join('\n');
    expect(rows(text)).toEqual([
      ['整治村庄垃圾', ['县城管局'], []],
      ['改造农村厕所', ['县农业农村局'], []],
    ]);
  });
});

describe('who leads and who helps, written in the prose', () => {
  it('keeps the helpers of `由X牵头,A、B配合,确保…` and reads 总牵头 and 密切配合', () => {
    const text = [
      '某县会务保障方案',
      '二、工作分工',
      '(一)做好来宾接待工作。由县府办总牵头,县委办、县人大办密切配合,确保接待不脱节。',
      '(二)做好会场保障工作。由县机关事务中心牵头,县财政局、县供电公司配合,确保会场安全。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['做好来宾接待工作', ['县府办'], ['县委办', '县人大办']],
      ['做好会场保障工作', ['县机关事务中心'], ['县财政局', '县供电公司']],
    ]);
  });

  it('reads `(X牵头,Y分别落实)` and `(X总牵头,Y配合)` as X leading and Y taking part', () => {
    const text = [
      '某市政务公开工作要点',
      '● 推进重大建设项目信息公开。(市发展改革委牵头,市政府有关部门分别落实)',
      '● 推进征收补偿信息公开。(市住建局牵头,各区政府分别落实)',
      '● 做好政务公开培训。(市政府办总牵头,市委网信办配合)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['推进重大建设项目信息公开', ['市发展改革委'], ['市政府有关部门']],
      ['推进征收补偿信息公开', ['市住建局'], ['各区政府']],
      ['做好政务公开培训', ['市政府办'], ['市委网信办']],
    ]);
  });

  it('reads the people’s organisations as units of a subject list, and 按 as the start of a predicate', () => {
    const text = ['某区社会救助实施意见', '三、工作措施', '(一)开展帮扶。工会、共青团、妇联等人民团体要积极开展扶贫济困活动。', '(二)区财政局按规定拨付救助资金。'].join('\n');
    expect(rows(text)).toEqual([
      ['开展帮扶', ['工会', '共青团', '妇联'], []],
      ['区财政局按规定拨付救助资金', ['区财政局'], []],
    ]);
  });
});

describe('inspection groups led by a unit’s officials', () => {
  it('gives each group to the unit whose leader heads it, never to the heading `督查分组`', () => {
    const text = [
      '某市安全生产督查方案',
      '五、督查分组',
      '(一)煤矿安全督查组。由市能源局1名县级领导带队,2名专业人员参加。',
      '(二)道路交通安全督查组。由市公安局交警支队分管领导带队,抽调2名业务骨干参加。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['煤矿安全督查组', ['市能源局'], []],
      ['道路交通安全督查组', ['市公安局交警支队'], []],
    ]);
  });

  it('reads `由X…` with no leader named as before: no lead from an official’s visit', () => {
    const text = ['某市安全生产督查方案', '五、督查安排', '(一)煤矿安全督查。由市能源局组织专家参加。', '(二)交通安全督查。市公安局负责。'].join('\n');
    expect(rows(text)[0]?.[1]).toEqual([]);
  });
});

describe('a regulation that shares the work out line by line', () => {
  it('reads a unit with a bracket inside its name, an 机构 subject and an `X应当…` line', () => {
    const text = [
      '某市养犬管理办法',
      '农业农村(畜牧兽医)部门负责犬只免疫的监督管理。动物卫生监督机构负责犬只检疫的监督管理。',
      '城管部门负责查处影响市容环境卫生的养犬行为。',
      '市场监管部门负责犬类经营主体的登记和监督管理。',
      '街道办事处应当督促养犬人遵守养犬行为规范。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['农业农村(畜牧兽医)部门负责犬只免疫的监督管理', ['农业农村(畜牧兽医)部门', '动物卫生监督机构'], []],
      ['城管部门负责查处影响市容环境卫生的养犬行为', ['城管部门'], []],
      ['市场监管部门负责犬类经营主体的登记和监督管理', ['市场监管部门'], []],
      ['街道办事处应当督促养犬人遵守养犬行为规范', ['街道办事处'], []],
    ]);
  });
});

describe('a page run into one line', () => {
  it('cuts at a first group heading that follows a comma, when the next headings sit at a boundary', () => {
    const text =
      '关于促进文体活动的若干措施的通知各镇人民政府,市政府直属各单位:现将措施印发给你们。关于促进文体活动的若干措施为促进文体活动快速复苏,一、办好国家级文体赛事积极争取更多品牌赛事落户本市,承办好各类群众文化活动,(责任单位:市文体局、市财政局)二、打造本地特色文体活动办好排球节、椰子文化节等系列活动,持续打造文化品牌,(责任单位:市文体局、市委宣传部)三、设立专项支持资金设立文体专项奖补资金,鼓励企业举办活动。(责任单位:市财政局、市文体局)';
    expect(rows(text).map((r) => r[1])).toEqual([['市文体局'], ['市文体局'], ['市财政局']]);
  });

  it('leaves `,一、二、三产业` in prose alone', () => {
    const text = ['某县工作方案', '一、工作任务', '推动一、二、三产业融合发展,做好农村工作。县农业局负责。'].join('\n');
    expect(parsePlanText(text).tasks).toHaveLength(1);
  });
});

describe('label words of other kinds of offices', () => {
  it('reads a ministry’s `牵头司局:`/`参加司局:` lines and a state firm’s `牵头部室:`', () => {
    const text = [
      '某部内分工方案',
      '一、工作分工',
      '1.推动课程思政建设。',
      '牵头司局:社科司、教材局',
      '参加司局:高教司、思政司',
      '2.推进数字化转型。',
      '牵头部室:信息科技部',
      '配合部室:运营管理部',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['推动课程思政建设', ['社科司', '教材局'], ['高教司', '思政司']],
      ['推进数字化转型', ['信息科技部'], ['运营管理部']],
    ]);
  });
});

describe('a division of work one unit a paragraph', () => {
  it('takes a paragraph opened by a unit and its work’s verb into the division, and keeps the section’s summary to its own section', () => {
    const text = [
      '某县集中宣传活动方案',
      '一、活动时间',
      '3月1日至3月31日。',
      '二、任务分工',
      '县公安局统一部署,各乡镇落实。',
      '县公安局负责提供宣传素材。',
      '县委宣传部负责公共媒体的宣传工作。',
      '县民政局结合殡葬改革宣传一并开展宣传工作。',
      '县教体局负责对学校和学生家长的宣传。',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.filter((t) => t.leads.length > 0).map((t) => [t.title.slice(0, 6), t.leads])).toEqual(
      expect.arrayContaining([
        ['县公安局负责', ['县公安局']],
        ['县民政局结合', ['县民政局']],
        ['县教体局负责', ['县教体局']],
      ]),
    );
    expect(plan.tasks.find((t) => t.title.startsWith('活动时间'))).toBeUndefined();
  });
});

describe('a 责任书 that names its answerable unit once', () => {
  it('gives every item to the unit of the `责任主体` part, and sets that part and the period aside', () => {
    const text = [
      '某镇2024年度安全生产工作责任书',
      '一、责任主体',
      '东城镇人民政府。',
      '二、责任期限',
      '2024年1月1日至2024年12月31日。',
      '三、工作任务',
      '1.开展隐患排查治理。全年组织排查不少于4次。',
      '2.加强应急演练。每半年组织一次综合演练。',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.title, t.leads])).toEqual([
      ['开展隐患排查治理', ['东城镇人民政府']],
      ['加强应急演练', ['东城镇人民政府']],
    ]);
    expect(plan.unplaced.map((u) => u.reason)).toEqual(expect.arrayContaining(['责任主体:各项任务由“东城镇人民政府”负责', '责任书的期限,不是任务']));
  });

  it('adds the units a bracket names as answerable for every item (`X为责任主体,以下不再列出`) to the leads of each later item', () => {
    const text = [
      '某县地下水治理实施方案',
      '二、重大举措',
      '1.强化节水宣传。(牵头部门:县水利局;配合部门:县教育局。相关乡镇政府为责任主体,以下不再列出)',
      '2.实施农业节水。(牵头部门:县农业农村局)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['强化节水宣传', ['县水利局', '相关乡镇政府'], ['县教育局']],
      ['实施农业节水', ['县农业农村局', '相关乡镇政府'], []],
    ]);
  });
});

describe('a news page’s own lines', () => {
  it('sets aside the dashed info bar, reads no post (`县委常委`) as a unit, and mends a mirror’s stray commas', () => {
    const text = [
      '县领导调度古城保护项目',
      '- 发布时间:2022-03-18',
      '- 来源: 原创',
      '- 阅读量:',
      '3月15日,县委常委、副县长张某主持召开调度会。',
      '会议强调,县征收办、县自然资源中心要严格责任分工,,快速完成拆迁摸底,。县城投公司要多渠道筹措项目资金。',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.leads[0])).toEqual(['县征收办', '县城投公司']);
    expect(plan.tasks[0]?.title).not.toContain(',,');
    expect(plan.unplaced.filter((u) => /来源|阅读量/.test(u.text)).map((u) => u.reason)).toEqual(['网页上的公开信息栏', '网页上的公开信息栏']);
  });
});

describe('a site bar', () => {
  it('sets aside a bar that opens with the portal’s name', () => {
    const text = ['中央人民政府门户网站 | 繁體版 | En | 无障碍阅读', '某部门工作分工', '一、卫生部门:负责疫情监测和防治技术指导。', '二、财政部门:负责安排防治经费。'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.leads)).toEqual([['卫生部门'], ['财政部门']]);
    expect(plan.unplaced.find((u) => u.text.startsWith('中央人民政府门户网站'))?.reason).toBe('网站导航');
  });
});
