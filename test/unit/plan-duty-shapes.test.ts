// Duty lists and bulletins in shapes the unseen pages of heldout78–83 (keyed 2026-12-01) showed the importer
// misreading: a unit's heading over its points, the same point under two units, a unit's name alone over its duties,
// a count after a unit's name, a duty heading that names its field of work, topic-first 分工 sentences, and a
// bulletin whose numbered parts name no unit. Made-up pages in those shapes; none is one of the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, with its leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a unit heading over its points', () => {
  it('makes each point a task of the unit, and keeps a point repeated word for word under the next unit', () => {
    const text = [
      '城区扬尘治理职责分工',
      '1、甲区政府负责:',
      '(1)取缔建成区燃煤小锅炉。',
      '(2)加强建筑工地围挡管理。',
      '(3)组织辖区企业实施废气治理,限期达标排放。',
      '2、乙区政府负责:',
      '(1)整治城乡结合部露天烧烤。',
      '(2)组织辖区企业实施废气治理,限期达标排放。',
      '3、市交警支队负责:严查冒黑烟车辆上路。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['取缔建成区燃煤小锅炉', ['甲区政府'], []],
      ['加强建筑工地围挡管理', ['甲区政府'], []],
      ['组织辖区企业实施废气治理', ['甲区政府'], []],
      ['整治城乡结合部露天烧烤', ['乙区政府'], []],
      ['组织辖区企业实施废气治理', ['乙区政府'], []],
      // A one-line item keeps its label in its title, as before.
      ['市交警支队负责:严查冒黑烟车辆上路', ['市交警支队'], []],
    ]);
  });

  it('still drops a paragraph the page printed twice in a row', () => {
    const text = ['1、加强河道保洁。(牵头单位:县水利局)', '2、整治河道采砂。(牵头单位:县自然资源局)', '2、整治河道采砂。(牵头单位:县自然资源局)'].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['加强河道保洁', '整治河道采砂']);
  });
});

describe("a unit's name alone over its duties", () => {
  it('leads the duties printed under it, and titles the task by them', () => {
    const text = [
      '无偿献血工作领导小组成员单位职责',
      '一、市财政局',
      '负责无偿献血工作经费的落实,监督管理献血基金的使用。',
      '二、市教育局',
      '将无偿献血知识纳入学校健康教育内容,组织适龄学生参加献血。',
      '三、团市委',
      '组织青年志愿者开展无偿献血宣传。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责无偿献血工作经费的落实', ['市财政局'], []],
      ['将无偿献血知识纳入学校健康教育内容', ['市教育局'], []],
      ['组织青年志愿者开展无偿献血宣传', ['团市委'], []],
    ]);
  });

  it('reads a count after the name as the number of items it owns', () => {
    const text = [
      '各单位领办民生项目进展情况',
      '区委办公室(2项)',
      '1.领办项目:东村路灯修复。工作进展:已完成。',
      '2.领办项目:西村便民桥维修。工作进展:施工中。',
      '区财政局(1项)',
      '1.领办项目:南村饮水管网改造。工作进展:已招标。',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['区委办公室'], ['区委办公室'], ['区财政局']]);
  });
});

describe('a duty heading that names its units and their field of work', () => {
  it('gives every point under it to the units it names, read as a bare list (the first leads)', () => {
    const text = [
      '一、乡镇人民政府、街道办事处防汛工作职责',
      '(一)统一领导本辖区防汛工作,明确专人负责。',
      '(二)组织开展汛前隐患排查。',
      '二、村(居)民委员会防汛工作职责',
      '(一)落实网格巡查。',
      '(二)协助转移受威胁群众。',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['乡镇人民政府'], ['街道办事处']],
      [['乡镇人民政府'], ['街道办事处']],
      [['村(居)民委员会'], []],
      [['村(居)民委员会'], []],
    ]);
  });
});

describe('a division of work announced under a numbered point', () => {
  it('reads the `单位:职责` lines after `各成员单位主要任务:` as tasks of their units', () => {
    const text = [
      '(二)抢险保障组。',
      '1、制定本组应急预案。',
      '2、做好物资储备。',
      '各成员单位主要任务:',
      '县住建局:负责城区道路积雪清除和供水供气设施保障。',
      '县民政局:负责受灾群众临时安置和救助。',
      '县交通局:负责国省干线公路除雪保通。',
    ].join('\n');
    const read = rows(text);
    expect(read.slice(-3)).toEqual([
      ['负责城区道路积雪清除和供水供气设施保障', ['县住建局'], []],
      ['负责受灾群众临时安置和救助', ['县民政局'], []],
      ['负责国省干线公路除雪保通', ['县交通局'], []],
    ]);
  });
});

describe('the reader of last resort on pages whose items name no unit', () => {
  it('reads topic-first 分工 sentences: the work is the title, the unit after 由 leads, 配合 units take part', () => {
    const text = [
      '我县开展校园安全联合整治',
      '近日,县政府组织多部门开展校园安全联合整治。',
      '校园内部安全整治主要由县教育局牵头,县公安局、县消防救援大队配合,对全县学校进行全面排查;食品安全整治主要由县市场监管局牵头,县卫健局配合,对学校食堂开展检查;校园周边治安整治由县公安局负责,对重点时段加强巡逻。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['校园内部安全整治', ['县教育局'], ['县公安局', '县消防救援大队']],
      ['食品安全整治', ['县市场监管局'], ['县卫健局']],
      ['校园周边治安整治', ['县公安局'], []],
    ]);
  });

  it('reads a bulletin whose numbered parts name no unit by the towns its sentences open with, and says so', () => {
    const text = [
      '城市管理工作督查通报',
      '3月5日,区城市管理局组织人员对城市管理工作进行了检查,现将检查情况通报如下:',
      '一、上期问题整改效果明显的单位:东湖镇对滨河路两侧乱堆乱放进行了彻底清理;西山街道对背街小巷的白色垃圾进行了清运。',
      '二、本次督查情况:南岭乡组织20余人清理集镇垃圾,但对河道漂浮物清理不及时;北关街道组织30余人整治占道经营,但对农贸市场周边管理不到位;东湖镇组织40余人平整建筑垃圾堆放点,效果明显。',
    ].join('\n');
    const plan = parsePlanText(text);
    // (The first town, a bare name after the part's lead-in, is not read: after a lead-in only a stated doer counts.)
    expect(plan.tasks.map((t) => t.leads)).toEqual([['西山街道'], ['南岭乡'], ['北关街道'], ['东湖镇']]);
    expect((plan.notes ?? []).join('')).toContain('2 个编号条目都没有写明责任单位');
  });

  it('reads the units in a sentence that quotes a document, and skips only a sentence about the document itself', () => {
    const text = [
      '我县部署农业普查工作',
      '《通知》指出:各乡镇人民政府要做好普查的组织和实施工作。县财政局负责落实普查经费。',
      '《实施方案》已经县政府同意,现予印发。',
      '宣传部门负责做好普查宣传报道。',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['各乡镇人民政府'], ['县财政局'], ['宣传部门']]);
  });

  it('keeps unit-less numbered items when the page has no more unit-led sentences than items', () => {
    const text = ['一、清理河道垃圾', '各村要组织人员清理。', '二、整治违章搭建', '拆除沿街违章棚架。', '三、修复破损路灯', '更换损坏灯具。'].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['清理河道垃圾', '整治违章搭建', '修复破损路灯']);
  });
});

describe('a division of work run together and broken anywhere', () => {
  it('starts a task at each unit label inside a line, and joins a line with no label to the label above it', () => {
    const text = [
      '燃气安全整治分工',
      '(三)部门监管责任 区住建局:负责督促燃气企业排查用户管道隐患;',
      '负责建立燃气用户安全档案. 区应急局:负责综合监督和协调工作;',
      '配合财政部门落实整治补助资金;',
      '对重大隐患挂牌督办. 区市场监管局:依法查处无证经营的餐饮单位. 区商务局:配合做好餐饮场所整治工作。',
    ].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.title.split(/[,,。;;.]/)[0], t.leads])).toEqual([
      ['负责督促燃气企业排查用户管道隐患', ['区住建局']],
      ['负责综合监督和协调工作', ['区应急局']],
      ['依法查处无证经营的餐饮单位', ['区市场监管局']],
      ['配合做好餐饮场所整治工作', ['区商务局']],
    ]);
    // The lines with no label of their own stay with the unit above them.
    const whole = tasks.map((t) => `${t.title}${t.content}`);
    expect(whole[0]).toContain('负责建立燃气用户安全档案');
    expect(whole[1]).toContain('配合财政部门落实整治补助资金');
    expect(whole[1]).toContain('对重大隐患挂牌督办');
  });

  it('reads a unit line whose duty opens with no duty verb beside lines that do', () => {
    const text = [
      '爱国卫生运动委员会成员单位职责分工',
      '各成员单位要按照分工履行职责,分别做好以下工作:',
      '市委宣传部:把爱国卫生工作纳入文明城市创建活动规划。',
      '市卫生健康局:负责开展全民健康教育,普及卫生科学知识。',
      '市农业农村局:结合农村人居环境整治,做好畜禽粪污无害化处理。',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['市委宣传部'], ['市卫生健康局'], ['市农业农村局']]);
  });
});
