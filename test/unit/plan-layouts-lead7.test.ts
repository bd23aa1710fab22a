// Shapes the layout matrix still read below 100% after the sixth held-out batch (issue 15): general
// rules, each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { titleRows as rows } from '../helpers/plan-rows.js';

describe('a space-separated table with an unknown column and unit names the reader does not know', () => {
  it('splits the cells after the text when the spaces give exactly the header count', () => {
    const text = [
      '东湖区重点工作任务分解表',
      '序号 重点任务 督办方式 牵头单位 配合单位',
      '1 编制湿地公园保护规划。 月度调度 区湿地保护中心 花卉产业园、茶叶产业园、渔业合作社联合会、候鸟保护志愿者协会、东湖文旅集团',
      '2 整治城乡结合部环境。 专项督查 区城管局、区住建局 区生态环境分局、区自然资源分局、区市场监管局、乡(镇、街道)政府',
      '3 推进数字乡村试点。 季度通报 区农业农村局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['编制湿地公园保护规划', ['区湿地保护中心'], ['花卉产业园', '茶叶产业园', '渔业合作社联合会', '候鸟保护志愿者协会', '东湖文旅集团']],
      ['整治城乡结合部环境', ['区城管局', '区住建局'], ['区生态环境分局', '区自然资源分局', '区市场监管局', '乡(镇、街道)政府']],
      ['推进数字乡村试点', ['区农业农村局'], []],
    ]);
  });

  it('keeps a long text cell with spaces whole when its pieces do not give the header count', () => {
    const text = [
      '序号 重点任务 牵头单位 配合单位',
      '1 完成 2025 年度 老旧 小区 改造 三十个 新建 停车位 两千个 区住建局 区交通局',
    ].join('\n');
    const task = parsePlanText(text).tasks[0];
    expect(task?.title.startsWith('完成')).toBe(true);
  });
});

describe('labels and lists written with spaces instead of punctuation', () => {
  it('reads a label parted from its units by a space (`牵头单位 X`) after the task on its line', () => {
    const text = ['1.新建社区食堂8处。牵头单位 区民政局 配合单位 区财政局、各街道', '2.改造农贸市场3个。责任单位 区商务局、江口镇'].join('\n');
    expect(rows(text)).toEqual([
      ['新建社区食堂8处', ['区民政局'], ['区财政局', '各街道']],
      ['改造农贸市场3个', ['区商务局'], ['江口镇']],
    ]);
  });

  it('reads such a label inside a closing bracket, and a space before a colon', () => {
    const text = ['1.推进河湖长制落地见效。(牵头单位 县水利局;配合单位 县生态环境局)', '2.建设数字档案馆。', '牵头单位 :县档案馆', '配合单位 : 县数据局'].join('\n');
    expect(rows(text)).toEqual([
      ['推进河湖长制落地见效', ['县水利局'], ['县生态环境局']],
      ['建设数字档案馆', ['县档案馆'], ['县数据局']],
    ]);
  });

  it('keeps a space-separated header of label words a header', () => {
    const text = ['序号 工作任务 牵头单位 配合单位', '1 建设智慧停车平台。 区城管局 区公安分局'].join('\n');
    expect(rows(text)).toEqual([['建设智慧停车平台', ['区城管局'], ['区公安分局']]]);
  });

  it('reads a unit list with a space after each 、 as one list', () => {
    const text = [
      '(一)健全要素市场体系。推进数据要素市场化配置改革。〔责任单位:市发展改革委、 市市场监管局、 商务局按职责分工负责〕',
      '(二)优化营商环境。推行证照分离改革。〔责任单位:市市场监管局、 市政务服务中心按职责分工负责〕',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['健全要素市场体系', ['市发展改革委', '市市场监管局', '市商务局'], []],
      ['优化营商环境', ['市市场监管局', '市政务服务中心'], []],
    ]);
  });
});

describe('a box-drawn table saved with a blank line after every line', () => {
  it('is still one table', () => {
    const lines = [
      '┌──┬──────────┬──────┬──────┐',
      '│序号│工作任务                │牵头单位    │配合单位    │',
      '├──┼──────────┼──────┼──────┤',
      '│1   │建成区级养老服务中心    │区民政局    │区卫健委    │',
      '├──┼──────────┼──────┼──────┤',
      '│2   │新增公共充电桩200个     │区发改局    │区供电公司  │',
      '└──┴──────────┴──────┴──────┘',
    ];
    expect(rows(lines.join('\n\n'))).toEqual(rows(lines.join('\n')));
    expect(rows(lines.join('\n\n')).map((r) => r[1])).toEqual([['区民政局'], ['区发改局']]);
  });
});

describe('a label alone on its line without its colon', () => {
  it('takes the units on the next line when the line above is the task, not another column word', () => {
    const text = ['(一)建设城市书房6处。', '牵头单位', '区文旅局', '配合单位', '区财政局、各街道', '(二)开展全民健身赛事。', '牵头单位', '区体育中心'].join('\n');
    expect(rows(text)).toEqual([
      ['建设城市书房6处', ['区文旅局'], ['区财政局', '各街道']],
      ['开展全民健身赛事', ['区体育中心'], []],
    ]);
  });

  it('leaves a one-cell-per-line table header alone', () => {
    const text = ['序号', '工作任务', '牵头单位', '配合单位', '1', '建设城市书房6处', '区文旅局', '区财政局、各街道', '2', '开展全民健身赛事', '区体育中心', '各街道'].join('\n');
    expect(rows(text)).toEqual([
      ['建设城市书房6处', ['区文旅局'], ['区财政局', '各街道']],
      ['开展全民健身赛事', ['区体育中心'], ['各街道']],
    ]);
  });
});

describe('units whose names end less commonly', () => {
  it('reads 党校, 研究室, 气象台, 电视台, 侨联, 文联, 社科联 as units in a bare bracket list', () => {
    const text = ['1.开展干部理论轮训。(县委党校、县委党史研究室)', '2.提升灾害性天气预警能力。(市气象台、市广播电视台)', '3.组织侨界文艺志愿服务。(市侨联、市文联、市社科联)'].join('\n');
    expect(rows(text)).toEqual([
      ['开展干部理论轮训', ['县委党校'], ['县委党史研究室']],
      ['提升灾害性天气预警能力', ['市气象台'], ['市广播电视台']],
      ['组织侨界文艺志愿服务', ['市侨联'], ['市文联', '市社科联']],
    ]);
  });
});

describe('other issuers\' words for the same labels', () => {
  it('reads 实施单位, 承担单位, 主管部门, 具体责任单位 as a bare list (the first unit leads, inferred)', () => {
    const text = [
      '1.建设城乡供水一体化工程。',
      '实施单位:县水务集团、各乡镇',
      '2.开展中小企业数字化转型试点。',
      '承担单位:县经信局、县大数据中心',
      '3.推进农村公路养护改革。(主管部门:县交通运输局;具体责任单位:县公路段)',
    ].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants, t.isLeadInferred])).toEqual([
      ['建设城乡供水一体化工程', ['县水务集团'], ['各乡镇'], true],
      ['开展中小企业数字化转型试点', ['县经信局'], ['县大数据中心'], true],
      ['推进农村公路养护改革', ['县交通运输局'], ['县公路段'], true],
    ]);
  });

  it('reads 牵头处室 and 牵头负责单位 as the lead, in a line and in a `标签: | 值 |` form', () => {
    const text = ['1.修订行业标准三项。', '牵头处室:法规处', '配合处室:科技处、标准处', '2.完成年度执法检查。', '牵头负责单位: | 省执法总队 |'].join('\n');
    expect(rows(text)).toEqual([
      ['修订行业标准三项', ['法规处'], ['科技处', '标准处']],
      ['完成年度执法检查', ['省执法总队'], []],
    ]);
  });
});

describe('the same verbs and notes written other ways', () => {
  it('reads `X牵头,A、B协同配合` and `密切配合` as participants', () => {
    const text = ['1.建立重点企业包联服务机制。县经信局牵头,县发改局、县商务局协同配合。', '2.开展安全生产大检查。县应急局牵头,各乡镇密切配合。'].join('\n');
    expect(rows(text)).toEqual([
      ['建立重点企业包联服务机制', ['县经信局'], ['县发改局', '县商务局']],
      ['开展安全生产大检查', ['县应急局'], ['各乡镇']],
    ]);
  });

  it('takes the document\'s rule out of the list when it stands in 〔〕 or 【】 after the first unit', () => {
    const text = ['1.推进政务服务“一网通办”。', '责任单位:区数据局〔列第一位者为牵头单位,下同〕、区政务服务中心', '2.深化工程建设项目审批改革。', '责任单位:区住建局【列第一位者为牵头单位,下同】、区自然资源分局'].join('\n');
    expect(rows(text)).toEqual([
      ['推进政务服务“一网通办”', ['区数据局'], ['区政务服务中心']],
      ['深化工程建设项目审批改革', ['区住建局'], ['区自然资源分局']],
    ]);
  });
});

describe('indicator names that start with a figure', () => {
  it('reads `5G/NB-IoT` and `30亩以上…` as the start of a name, not a value', () => {
    const flat = ['表1 主要指标', '序号', '主要指标', '单位', '2020年', '2025年', '属性', '1', '城乡居民人均收入', '元', '—', '≥25000', '预期性', '2', '5G/NB-IoT', '网络覆盖率', '%', '60', '95', '预期性', '3', '工业劳动生产率', '万元/人', '—', '≥12', '预期性'];
    expect(parsePlanText(flat.join('\n')).indicators?.map((i) => i.target.text)).toEqual(['≥25000', '95', '≥12']);
    const form = [
      '某局2025年度部门整体绩效目标表 | | | |',
      '一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | 备注 |',
      '产出指标 | 数量指标 | 新建高标准农田面积 | 定量 | 1.2 | 万亩 |  |',
      '数量指标 | 30亩以上家庭农场培育数量 | 定量 | 150 | 家 |  |',
    ].join('\n');
    expect(parsePlanText(form).indicators?.map((i) => [i.name, i.target.text])).toEqual([
      ['新建高标准农田面积', '1.2'],
      ['30亩以上家庭农场培育数量', '150'],
    ]);
  });
});

describe('a table written as text that gives no task', () => {
  it('is listed line by line and named in the note, not silently dropped', () => {
    const text = ['2024年重点工作任务分解表', '工作任务 |', '工作要求 |', '牵头单位 |', '责任单位 |', '一、深化政务公开 | |', '|||', '|', '|', '二、优化政务服务 | |', '|||', '|'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks).toEqual([]);
    expect(plan.notes?.some((n) => n.includes('表格只有表头或各行为空'))).toBe(true);
    const listed = plan.unplaced.filter((u) => u.kind === 'unplaced').map((u) => u.text);
    expect(listed).toEqual(expect.arrayContaining(['工作任务 |', '一、深化政务公开 | |', '二、优化政务服务 | |']));
  });
});

describe('`|` rows under a header over two rows', () => {
  it('reads `责任单位 | |` over `牵头单位 | 配合单位` as the two columns, and the second header row as no task', () => {
    const text = ['序号 | 工作任务 | 责任单位 | | 完成时限 |', ' | | 牵头单位 | 配合单位 | |', '1 | 建设城市书房6处 | 区文旅局 | 区财政局、各街道 | 2024年底 |', '2 | 开展全民健身赛事 | 区体育中心 | | 长期 |'].join('\n');
    expect(rows(text)).toEqual([
      ['建设城市书房6处', ['区文旅局'], ['区财政局', '各街道']],
      ['开展全民健身赛事', ['区体育中心'], []],
    ]);
  });
});

describe('a government page\'s furniture around the plan', () => {
  it('lists buttons, share rows, menu bars and attachment links as noise, and none of them becomes a task', () => {
    const furniture = ['扫一扫在手机打开当前页', '【打印】【关闭】', '【我要纠错】', '网站地图 | 联系我们 | 无障碍', '微信 微博 QQ空间', '附件下载:', '1.2023年重点工作任务分解表.doc', '首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流', '视力保护色:'];
    const text = [...furniture.slice(0, 4), '一、经济发展', '1.推进重大项目建设。', '牵头单位:区发改局', '2.推进老旧小区改造。', '牵头单位:区住建局', ...furniture.slice(4)].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.title, t.leads, t.content])).toEqual([
      ['推进重大项目建设', ['区发改局'], ''],
      ['推进老旧小区改造', ['区住建局'], ''],
    ]);
    const noise = new Set(plan.unplaced.filter((u) => u.kind === 'noise').map((u) => u.text));
    expect(furniture.filter((f) => !noise.has(f))).toEqual([]);
  });

  it('keeps a bracketed label alone on its line (`【牵头单位】`) as the label', () => {
    expect(rows(['1.推进重大项目建设。', '【牵头单位】', '区发改局'].join('\n'))).toEqual([['推进重大项目建设', ['区发改局'], []]]);
  });
});

describe('shapes the merged pools of batches 8 and 9 drew into the layout matrix', () => {
  it('reads a bare bracket unit with its own short name in a bracket (`发改局(服务业发展局)`, `未来科技城(海创园)`)', () => {
    const text = ['1.扩大学前教育资源(区教育局、区财政局)2.服务业增加值增长5.5%(发改局(服务业发展局))3.打造创新策源地(未来科技城(海创园))'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['区教育局'], ['发改局(服务业发展局)'], ['未来科技城(海创园)']]);
  });

  it('reads a 领导小组办公室 before the colon as a unit, not a 领导 field', () => {
    expect(rows('1.县政府办公室、县深化改革工作领导小组办公室:全面实施行政许可事项清单管理。')[0]?.[1]).toEqual(['县政府办公室', '县深化改革工作领导小组办公室']);
  });

  it('splits `X和<town>` into two units', () => {
    expect(rows(['1.修复南路片区路网。', '牵头单位:县交通局', '配合单位:县住建局和江口镇'].join('\n'))[0]?.[2]).toEqual(['县住建局', '江口镇']);
  });

  it('joins a unit cell over two lines whose second line opens with a shortened name', () => {
    const text = ['序号', '工作任务', '牵头单位', '配合单位', '1', '开展妇女健康知识宣传', '省卫健委', '省委宣传部、省教育厅、', '省新闻出版、省总工会、省妇联'].join('\n');
    expect(rows(text)).toEqual([['开展妇女健康知识宣传', ['省卫健委'], ['省委宣传部', '省教育厅', '省新闻出版', '省总工会', '省妇联']]]);
  });

  it('reads `30亩以上家庭` at the start of a wrapped indicator name as the name, not a value', () => {
    const flat = ['表1 主要指标', '序号', '主要指标', '单位', '2020年', '2025年', '属性', '1', '城乡居民人均收入', '元', '—', '≥25000', '预期性', '2', '30亩以上家庭', '农场数量', '家', '—', '150', '预期性'];
    expect(parsePlanText(flat.join('\n')).indicators?.map((i) => i.target.text)).toEqual(['≥25000', '150']);
  });
});
