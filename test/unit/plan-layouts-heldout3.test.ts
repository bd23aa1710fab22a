// Layouts the third held-out batch of task documents (131-138 of the real-document corpus, issue 15,
// brief H3) showed when scored before any change: general rules, each in a small made-up document of
// the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitDepartmentNames } from '../../shared/plan/department-names.js';
import { noiseReason } from '../../shared/plan/noise.js';
import { splitUnitList } from '../../shared/plan/unit-names.js';
import { titleRowsInferred as rows } from '../helpers/plan-rows.js';

describe('a page that ran its items into one line with nothing between them', () => {
  it('cuts at numbers glued to the heading before them and after the closing bracket of the item before', () => {
    const text =
      '关于印发某市教育任务分工的通知各区人民政府:现将任务分工印发给你们。一、发展学前教育(一)扩大普惠资源1.新建公办幼儿园10所,年底前完成。(市教育局、市财政局。列在首位的为牵头部门或单位,下同)2.落实普惠园补助政策。(市财政局、市教育局)3.培训幼儿园教师500人次。(市教育局、市人社局)4.开展办园行为督导;对';
    expect(rows(text)).toEqual([
      ['新建公办幼儿园10所,年底前完成', ['市教育局'], ['市财政局'], false],
      ['落实普惠园补助政策', ['市财政局'], ['市教育局'], false],
      ['培训幼儿园教师500人次', ['市教育局'], ['市人社局'], false],
      ['开展办园行为督导', [], [], false],
    ]);
  });

  it('cuts items numbered in brackets (`(一)…(市发改委)(二)…`) the same way', () => {
    const text =
      '某县关于做好就业工作的实施意见 一、稳定就业(一)落实稳岗政策,返还失业保险费。(县人社局牵头,县财政局配合)(二)加强职业培训,全年培训2000人次。(县人社局、县教育局按职责分工负责)(三)开展招聘活动。(县人社局)';
    expect(rows(text)).toEqual([
      ['落实稳岗政策,返还失业保险费', ['县人社局'], ['县财政局'], false],
      ['加强职业培训,全年培训2000人次', ['县人社局', '县教育局'], [], false],
      ['开展招聘活动', ['县人社局'], [], true],
    ]);
  });

  it('leaves a number glued to prose alone when no run of numbers at boundaries follows it', () => {
    const text = ['一、加强监测', '1.完善监测网络,覆盖率提高到98.5%,新增站点2.5个单位量级。(市环保局牵头)', '2.发布月报。(市环保局)'].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['完善监测网络,覆盖率提高到98.5%,新增站点2.5个单位量级', '发布月报']);
  });
});

describe('responsibility wordings the third batch wrote differently', () => {
  it('`参加` names participants as `参与` does (X、Y牵头,A、B参加)', () => {
    const text = ['一、促进就业', '1.落实就业优先政策。(市发改委、市人社局牵头,市财政局、市统计局参加)'].join('\n');
    expect(rows(text)).toEqual([['落实就业优先政策', ['市发改委', '市人社局'], ['市财政局', '市统计局'], false]]);
  });

  it('`参加单位:` lines and a `参加单位` table column name participants, as `参与单位` does', () => {
    const lines = ['一、促进就业', '1.落实稳岗返还政策。', '牵头单位:市人社局', '参加单位:市财政局、市税务局'].join('\n');
    expect(rows(lines)).toEqual([['落实稳岗返还政策', ['市人社局'], ['市财政局', '市税务局'], false]]);
    const table = ['序号 工作任务 牵头单位 参加单位 完成时限', '1 落实稳岗返还政策。 市人社局 市财政局、市税务局 年底前完成'].join('\n');
    expect(rows(table).map((r) => [r[1], r[2]])).toEqual([[['市人社局'], ['市财政局', '市税务局']]]);
  });

  it('`协作单位`/`协作部门` labels and a `协作` verb name participants, as `协同` does', () => {
    const text = ['一、优化营商环境', '1.压缩开办时间。(主责部门:市市场监管局;协作部门:市税务局)', '2.推行并联审批。(市行政审批局牵头,市住建局协作)'].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['市市场监管局'], ['市税务局']],
      [['市行政审批局'], ['市住建局']],
    ]);
  });

  it('a label with a note on what it names (`牵头单位(部门):`, `责任单位(单位):`) is the plain label', () => {
    const text = ['一、加强监管', '1.开展专项检查。', '牵头单位(部门):市应急局', '配合单位(部门):市公安局、市交通局', '2.完善预案体系。', '责任单位(单位):市应急局、各区政府'].join('\n');
    expect(rows(text)).toEqual([
      ['开展专项检查', ['市应急局'], ['市公安局', '市交通局'], false],
      ['完善预案体系', ['市应急局'], ['各区政府'], true],
    ]);
  });

  it('`按照职责分工负责` followed by the rule `列第一位者为牵头单位` in the same bracket: the rule picks the one lead', () => {
    const text = [
      '一、稳定就业',
      '(一)稳定重点群体就业。加强帮扶。(市人社局、市财政局、市民政局等按照职责分工负责。列第一位者为牵头单位,下同)',
      '(二)加强职业培训。(市人社局、市教育局等按照职责分工负责)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['稳定重点群体就业', ['市人社局'], ['市财政局', '市民政局'], false],
      ['加强职业培训', ['市人社局'], ['市教育局'], false],
    ]);
  });
});

describe('unit lists the third batch wrote differently', () => {
  it('two zones of one kind named once (`甲城、乙山经济技术开发区管委会`) are two 管委会', () => {
    expect(splitDepartmentNames('各县(市、区)人民政府,甲城、乙山经济技术开发区管委会')).toEqual([
      '各县(市、区)人民政府',
      '甲城经济技术开发区管委会',
      '乙山经济技术开发区管委会',
    ]);
  });

  it('a bare zone before a sibling whose suffix is a pair of bodies (`示范区、高新区党工委和管委会`) takes the pair', () => {
    expect(splitDepartmentNames('各县(市、区)党委和人民政府,城乡融合示范区、高新区党工委和管委会')).toEqual([
      '各县(市、区)党委和人民政府',
      '城乡融合示范区党工委和管委会',
      '高新区党工委和管委会',
    ]);
  });

  it('a bare level word after a `各…` group is more of that group (`各试点乡镇、街道`), not a unit of its own', () => {
    expect(splitDepartmentNames('各试点乡镇、街道')).toEqual(['各试点乡镇、街道']);
    expect(splitDepartmentNames('区民政局、街道办事处')).toEqual(['区民政局', '街道办事处']);
  });
});

describe('a table printed as space-separated rows with a 细化措施 column and three unit columns', () => {
  it('reads 细化措施 as the task’s content, 牵头单位 as leads, 参与单位 and 责任单位 as participants', () => {
    const text = [
      '某市河湖治理主要任务分解表',
      '序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位',
      '1 加强水资源保护 严守用水总量红线 实施用水总量和强度双控,年底前完成考核。 市水务局 市发改委、市住建局等 各区人民政府',
      '2  严守用水效率红线 落实节水考核,把节水目标纳入政绩考核。 市水务局 市发改委等 各区人民政府',
    ].join('\n');
    const tasks = rows(text);
    expect(tasks.map((t) => [t[1], t[2]])).toEqual([
      [['市水务局'], ['市发改委', '市住建局', '各区人民政府']],
      [['市水务局'], ['市发改委', '各区人民政府']],
    ]);
    expect(tasks[1]?.[0]).toContain('严守用水效率红线');
  });
});

// Found when the batch's keys changed the layout matrix's draws (test/corpus/variants): the same
// general gaps, in shapes the matrix writes.
describe('shapes the layout matrix met once the batch joined its pool', () => {
  it('an unlabelled `X牵头落实。` line repeated for a later task is that task’s, not a repeated line', () => {
    const text = ['一、稳增长', '(一)完成节能减排目标。', '区发改局牵头落实。', '(二)粮食产量稳定。', '区农业局牵头落实。', '(三)地区生产总值增长8%。', '区发改局牵头落实。'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['区发改局'], ['区农业局'], ['区发改局']]);
  });

  it('a pair of bodies of one place joined by 和 (`各县党委和人民政府`) stays one name in a clause', () => {
    expect(splitUnitList('市财政局、各县(市、区)党委和人民政府、高新区党工委和管委会')).toEqual(['市财政局', '各县(市、区)党委和人民政府', '高新区党工委和管委会']);
    expect(splitUnitList('市委组织部和市人社局')).toEqual(['市委组织部', '市人社局']);
  });

  it('a space-separated row keeps a task sentence that ends like a unit (`…对标国家级高新区。`) in the task column', () => {
    const text = [
      '序号 任务内容 牵头单位 责任单位 完成时限',
      '1 财政总收入突破100亿元。 市财政局 长期坚持',
      '2 开发区要对标国家级高新区。 某某经济开发区(某某工业园区) 长期坚持',
      '3 推进老旧小区改造。 市住建局 各区政府 年底前完成',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      ['财政总收入突破100亿元', ['市财政局']],
      ['开发区要对标国家级高新区', ['某某经济开发区(某某工业园区)']],
      ['推进老旧小区改造', ['市住建局']],
    ]);
  });

  it('a reposting site’s notice (`本文转载自…,如有侵权请联系删除。`) is noise', () => {
    expect(noiseReason('本文转载自政府门户网站,如有侵权请联系删除。')).toBe('转载声明');
    expect(noiseReason('1.转载优秀经验,推动工作落实。')).toBeNull();
  });
});

// Wordings probed after the batch (made up in the shapes real documents use): more ways to say who leads
// and who takes part, and fields that sit among the labels without naming a unit.
describe('more wordings of the same assignments', () => {
  const first = (responsibility: string): [string[], string[], boolean] => {
    const lines = responsibility.startsWith('(') ? [`1.推进重点项目建设,完成投资100亿元。${responsibility}`] : ['1.推进重点项目建设,完成投资100亿元。', ...responsibility.split('\n')];
    const t = parsePlanText(['一、加强经济运行', ...lines, '2.开展招商活动。(市商务局)'].join('\n')).tasks[0];
    return [t?.leads ?? [], t?.participants ?? [], t?.isLeadInferred ?? false];
  };

  it('lead verbs `牵头抓总`, `统筹`, `主抓`; participant verbs `负责配合`, `支持配合`, `协调配合`, `共同推进`, `具体实施`', () => {
    expect(first('(市发改委牵头抓总,市财政局支持配合)')).toEqual([['市发改委'], ['市财政局'], false]);
    expect(first('(市发改委负责牵头,市财政局负责配合)')).toEqual([['市发改委'], ['市财政局'], false]);
    expect(first('(市发改委统筹,市财政局协调配合)')).toEqual([['市发改委'], ['市财政局'], false]);
    expect(first('(市发改委主抓,市财政局、市商务局共同推进)')).toEqual([['市发改委'], ['市财政局', '市商务局'], false]);
    expect(first('(市发改委牵头,各县市区政府具体实施)')).toEqual([['市发改委'], ['各县市区政府'], false]);
  });

  it('a field that names no unit (`责任人:张伟`) between label lines does not end them', () => {
    expect(first('牵头单位:市发改委\n责任人:张伟\n配合单位:市财政局')).toEqual([['市发改委'], ['市财政局'], false]);
  });

  it('another field after a label in one bracket (`;督办单位:X`) is not part of the list; a role word is never a unit', () => {
    expect(first('(牵头单位:市发改委;督办单位:市政府督查室)')).toEqual([['市发改委'], [], false]);
    expect(first('责任单位:市发改委、市财政局(配合单位)')).toEqual([['市发改委'], ['市财政局'], true]);
  });
});

describe('items numbered as articles', () => {
  it('`第一条 …` / `第二条 …` lines are items, each with its own bracket', () => {
    const text = ['第一条 推进重点项目建设,完成投资100亿元。(牵头单位:市发改委;配合单位:市财政局)', '第二条 开展招商活动。(牵头单位:市商务局)'].join('\n');
    expect(rows(text)).toEqual([
      ['推进重点项目建设,完成投资100亿元', ['市发改委'], ['市财政局'], false],
      ['开展招商活动', ['市商务局'], [], false],
    ]);
  });
});

describe('units joined by a slash, labels joined by 为', () => {
  it('a list that says there is none (`配合单位:无`, `——`, `/`) names no unit', () => {
    expect(splitDepartmentNames('无')).toEqual([]);
    expect(splitDepartmentNames('——')).toEqual([]);
    expect(splitUnitList('/')).toEqual([]);
    const text = ['一、加强监管', '1.开展专项检查。', '牵头单位:市应急局', '配合单位:无'].join('\n');
    expect(rows(text)).toEqual([['开展专项检查', ['市应急局'], [], false]]);
  });

  it('`县委办/县政府办` is two units when both parts are units', () => {
    expect(splitUnitList('市发改委/市财政局/市商务局')).toEqual(['市发改委', '市财政局', '市商务局']);
    expect(splitUnitList('市财政(地税)局')).toEqual(['市财政(地税)局']);
  });

  it('`牵头单位为X,配合单位为Y` reads as labels; the rule `第一责任单位为牵头单位` stays a rule', () => {
    const text = ['责任单位中第一责任单位为牵头单位,下同。', '一、加强经济运行', '1.推进重点项目建设。(牵头单位为市发改委,配合单位为市财政局)', '2.开展招商活动。(责任单位:市商务局、市财政局)'].join('\n');
    expect(rows(text)).toEqual([
      ['推进重点项目建设', ['市发改委'], ['市财政局'], false],
      ['开展招商活动', ['市商务局'], ['市财政局'], false],
    ]);
  });
});

describe('a label printed apart from its units', () => {
  it('alone on its line with the units on the next (`牵头单位:` / `市发改委`), or with a space for the colon', () => {
    const text = ['一、加强经济运行', '1.推进重点项目建设。', '牵头单位:', '市发改委', '配合单位:', '市财政局、市商务局', '2.开展招商活动。', '牵头单位 市商务局', '配合单位 各区政府'].join('\n');
    expect(rows(text)).toEqual([
      ['推进重点项目建设', ['市发改委'], ['市财政局', '市商务局'], false],
      ['开展招商活动', ['市商务局'], ['各区政府'], false],
    ]);
  });
});

describe('a group heading that carries its own bracket', () => {
  it('`一、经济发展(牵头单位:X)` over numbered items with no units: the items are tasks with the heading’s units', () => {
    const text = ['一、经济发展(牵头单位:市发改委;配合单位:市财政局)', '1.推进项目建设。', '2.扩大有效投资。', '二、社会事业', '1.新建学校3所。(市教育局)'].join('\n');
    expect(rows(text)).toEqual([
      ['推进项目建设', ['市发改委'], ['市财政局'], false],
      ['扩大有效投资', ['市发改委'], ['市财政局'], false],
      ['新建学校3所', ['市教育局'], [], true],
    ]);
  });

  it('a task with its bracket and its own sub-points ((1), (2)) stays one task', () => {
    const text = ['一、经济发展', '1.推进项目建设。(责任单位:市发改委)', '(1)抓好前期工作。', '(2)加快开工建设。', '2.扩大有效投资。(市财政局)'].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['推进项目建设', '扩大有效投资']);
  });
});
