// The layouts issue 15 lists, each in a small made-up document of the shape real ones have (the real
// ones are in test/corpus). General rules, checked one by one.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { parseLeadVerbForm } from '../../shared/plan/lead-verbs.js';
import { parseResponsibility } from '../../shared/plan/responsibility.js';

const tasksOf = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('responsibility written in the body', () => {
  it('keeps a 牵头 line that repeats for the next task (labels repeated per task)', () => {
    const plan = parsePlanText('1.新建口袋公园5个。\n牵头单位:区园林局\n责任单位:各街道\n2.改造绿道10公里。\n牵头单位:区园林局\n责任单位:区交通局、各街道');
    expect(plan.tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['区园林局'], ['各街道']],
      [['区园林局'], ['区交通局', '各街道']],
    ]);
  });

  it('reads X牵头,A、B配合 with a trailing 等部门 and lists after it', () => {
    expect(tasksOf('1.加强项目储备。(区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道配合)')).toEqual([
      ['加强项目储备', ['区发改局'], ['区财政局', '区水务局', '区国投公司', '各街道']],
    ]);
    expect(tasksOf('1.精简审批。(区政务服务局牵头,区发改局、区级相关部门配合)')[0]?.[2]).toEqual(['区发改局', '区级相关部门']);
  });

  it('reads co-leads: 按职责分工负责, 会同, 分别牵头落实', () => {
    expect(parseLeadVerbForm('市发展改革委、市财政局按职责分工负责')).toMatchObject({ leads: ['市发展改革委', '市财政局'], participants: [], isLeadInferred: false });
    expect(parseLeadVerbForm('由市卫生健康委会同市医保局负责')).toMatchObject({ leads: ['市卫生健康委', '市医保局'], participants: [], isLeadInferred: false });
    expect(parseLeadVerbForm('市教育局、市人社局、市科技局分别牵头落实')?.leads).toEqual(['市教育局', '市人社局', '市科技局']);
    expect(parseLeadVerbForm('市政府办公室、市审改办牵头,市级各有关部门及各县市区政府按职责分工负责')).toMatchObject({
      leads: ['市政府办公室', '市审改办'],
      participants: ['市级各有关部门', '各县市区政府'],
      isLeadInferred: false,
    });
  });

  it('reads labels as 协同/配合责任单位 without leaking the label into the leads', () => {
    expect(parseResponsibility('牵头责任单位:市商务局;协同责任单位:市发改委、市财政局')).toEqual({ leads: ['市商务局'], participants: ['市发改委', '市财政局'], isLeadInferred: false });
  });

  it('reads a trailing 牵头部门 with a comment after it', () => {
    expect(tasksOf('1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为某县。')).toEqual([['农村道路畅通工程', ['市交通局'], []]]);
  });

  it('reads a bracket the page cut off, and keeps a task whose bracket holds a carry-forward note', () => {
    const cut = parsePlanText('1.提高开放程度。全面实施负面清单制度。(牵头单位:省发展改革委;责任单位:省编办、省住建厅、');
    expect(cut.tasks[0]?.leads).toEqual(['省发展改革委']);
    const carried = parsePlanText(
      '1.制定准入清单。完成编制工作。〔市生态环境局牵头,市工信局参与,各县、区人民政府负责落实。以下各项工作均需各县、区人民政府落实,不再列出。〕\n2.整治散乱污企业。(市生态环境局牵头,市公安局参与)',
    );
    expect(carried.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['制定准入清单', ['市生态环境局'], ['市工信局', '各县、区人民政府']],
      ['整治散乱污企业', ['市生态环境局'], ['市公安局', '各县、区人民政府']],
    ]);
  });

  it('lets one responsibility line after the last item cover the items above it', () => {
    expect(tasksOf('【推进措施】\n1.开展培育活动。\n2.纳入考核。\n责任单位:市市场监管局\n联系人:张三')).toEqual([
      ['开展培育活动', ['市市场监管局'], []],
      ['纳入考核', ['市市场监管局'], []],
    ]);
  });

  it('cuts numbered items run into one paragraph back apart, with fields separated by spaces', () => {
    const plan = parsePlanText('现将进展公示如下。 1.新建公园5个。 牵头领导:张三 责任单位:市园林局 项目责任人:李四 2.新辟公交线路10条。 牵头领导:张三 责任单位:市交通委 配合单位:市公安局、各区政府 鄞州 海曙');
    expect(plan.tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['市园林局'], []],
      [['市交通委'], ['市公安局', '各区政府']],
    ]);
  });

  it('reads traditional-script reposts and drops the pinyin notes such pages add', () => {
    expect(tasksOf('1.加大簡政放權力度。(牽頭單位:州行政審批服務局;責任單位:州司法局、州委編辦及州直相關單位,湘西經(jīng)開區(qū)管委會,6月底完成)')).toEqual([
      ['加大简政放权力度', ['州行政审批服务局'], ['州司法局', '州委编办', '州直相关单位', '湘西经开区管委会']],
    ]);
  });
});

describe('tables that reached us as text', () => {
  it('reads a `cell |` table with unknown columns and rows one cell short of the header', () => {
    const cells = ['序号', '主要任务', '全年目标任务', '分管 领导', '牵头 单位', '责任主体与协同单位', '本月推进情况', '是否达序', '24', '优化背街后巷交通组织。', '张三', '城管局', '市政局、相关街道', '已完成30%。', '是', '', '25', '新建中转站8个。', '张三', '城管局', '相关街道', '已建成3个。', '否'];
    const plan = parsePlanText(cells.map((c) => `${c} |`).join('\n'));
    expect(plan.tasks.map((t) => [t.code, t.leads, t.participants])).toEqual([
      ['24', ['城管局'], ['市政局', '相关街道']],
      ['25', ['城管局'], ['相关街道']],
    ]);
  });

  it('reads a table one cell per line: split header words, a unit list over lines, a merged row', () => {
    const cells = ['序号', '民生实事', '责任', '单位', '完成时限', '1', '启动湿地公园建设。', '县水务局', '县住建局', '12月底前', '2', '开工建设养老楼。', '县民政局', '5月底前', '开工建设老年大学。', '12月底前'];
    const plan = parsePlanText(cells.join('\n'));
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants, t.deadlineText])).toEqual([
      ['启动湿地公园建设', ['县水务局'], ['县住建局'], '12月底前'],
      ['开工建设养老楼', ['县民政局'], [], '5月底前'],
      ['开工建设老年大学', ['县民政局'], [], '12月底前'],
    ]);
  });

  it('reads `a | b | c |` rows whose first (merged) cell is missing', () => {
    const plan = parsePlanText(
      '类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 分管市领导 |\n四、教育 | 14.改扩建某学校 | 完成主体建设。 | 教育体育局 | 张三 |\n15.推进运动场地建设 | 完成13处场地。 | 教育体育局 | 张三 | |',
    );
    expect(plan.tasks.map((t) => [t.code, t.leads])).toEqual([
      ['14', ['教育体育局']],
      ['15', ['教育体育局']],
    ]);
  });
});

describe('indicator tables', () => {
  it('reads a one-cell-per-line table with spaced header words, category rows, units in names and 其中 rows', () => {
    const cells = ['指  标', '2020年', '2025年', '属性', '一、发展水平', '1.学前教育毛入园率(%)', '99%', '99%以上', '约束性', '二、资源建设', '1.标准班额比例(%)', '其中:小学', '初中', '34.52%', '77.34%', '80%以上', '85%以上', '预期性'];
    const plan = parsePlanText(cells.join('\n'));
    expect(plan.tasks).toEqual([]);
    expect((plan.indicators ?? []).map((i) => [i.category, i.name, i.unit, i.baseline.low, i.target.low, i.attribute])).toEqual([
      ['发展水平', '学前教育毛入园率', '%', 99, 99, 'binding'],
      ['资源建设', '标准班额比例:小学', '%', 34.52, 80, 'expected'],
      ['资源建设', '标准班额比例:初中', '%', 77.34, 85, 'expected'],
    ]);
  });
});

describe('honest reports', () => {
  it('flags a one-character unit, a person read as a unit and a name cut mid-word', () => {
    const plan = parsePlanText('(一)地区生产总值增长7%\n责任单位:区\n(二)工业投资增长12%\n责任单位:刘福利\n(三)项目建设\n责任单位:市发');
    const reasons = plan.unplaced.map((u) => u.reason).join('\n');
    expect(reasons).toMatch(/“区”只有一个字/);
    expect(reasons).toMatch(/“刘福利”像是人名/);
    expect(reasons).toMatch(/“市发”不像完整的单位名称/);
  });

  it('says no unit was found only when the document has no responsibility wording', () => {
    expect(parsePlanText('一、总体安排\n1.做好甲工作。\n2.做好乙工作。').notes?.join()).toMatch(/没有找到任何责任单位/);
  });

  it('reads a date in Chinese numerals and treats dash rules as noise', () => {
    const plan = parsePlanText('某县人民政府关于印发某方案的通知\n1.做好甲工作。(县发改局牵头)\n———\n某县人民政府\n二〇一七年五月十二日');
    expect(plan.issuedOn).toBe('2017-05-12');
    expect(plan.unplaced.find((u) => u.text === '———')?.reason).toBe('分隔线');
    expect(plan.tasks).toHaveLength(1);
  });
});

describe("the document's own rules on who leads", () => {
  it('列第一位者为牵头单位,下同: the first unit of each shared list leads, in that task and later ones', () => {
    const plan = parsePlanText('(一)扩大就业。建立评价机制。(省发展改革委、省财政厅等负责,列第一位者为牵头单位,下同)\n(二)发展产业。提高服务业比重。(省商务厅、省农业厅等负责)');
    expect(plan.tasks.map((t) => [t.leads, t.participants, t.isLeadInferred])).toEqual([
      [['省发展改革委'], ['省财政厅'], false],
      [['省商务厅'], ['省农业厅'], false],
    ]);
  });

  it('无牵头单位的,责任单位即为牵头单位: every unit of a bare list leads', () => {
    const plan = parsePlanText('无牵头单位的,责任单位即为牵头单位,下同。\n1.做好甲工作。\n责任单位:市发改委、市财政局');
    expect(plan.tasks[0]?.leads).toEqual(['市发改委', '市财政局']);
  });

  // The corpus's second reading (keys 27 and 41) settled it with the domain rule: `A、B负责` names no
  // lead, so it is a bare list — the first unit leads, and that is recorded as inferred.
  it('A、B负责 without a rule: a bare list, the first unit leads by inference', () => {
    expect(parseLeadVerbForm('市残联、市财政局、市税务局负责')).toMatchObject({ leads: ['市残联'], participants: ['市财政局', '市税务局'], isLeadInferred: true });
    expect(parseLeadVerbForm('市残联、市财政局按职责分工负责')).toMatchObject({ leads: ['市残联', '市财政局'], isLeadInferred: false });
  });
});

describe('traditional-script clauses', () => {
  it('reads 牽頭 … 按職責分工負責 and a bare 負責 list', () => {
    expect(parseLeadVerbForm('市政府辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責')).toMatchObject({ leads: ['市政府辦公室'], participants: ['市級各有關部門', '各縣市區政府'] });
    expect(parseLeadVerbForm('市殘聯、市財政局負責')).toMatchObject({ leads: ['市殘聯'], participants: ['市財政局'], isLeadInferred: true });
  });
});
