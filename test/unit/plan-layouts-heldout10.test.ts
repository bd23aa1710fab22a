// Layouts the tenth held-out batch of task documents (361-366 of the real-document corpus, issue 15,
// brief H-heldout10: task lists and progress tables) showed when scored before any change: general
// rules, each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitUnitList } from '../../shared/plan/unit-names.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a progress table whose task column is named for the target it counts (任务项目指标, 项目指标)', () => {
  it('reads its rows as tasks rather than leaving the table unplaced', () => {
    const text = [
      '某县一季度为民办实事进展表',
      '序号 | 任务项目指标 | 责任单位 | 进展比例 |',
      '1 | 新建城区公共停车位800个。 | 县城管局 | 35% |',
      '2 | 改造农村危旧桥梁12座。 | 县交通运输局 | 50% |',
      '3 | 为新生儿免费开展听力筛查。 | 县卫生健康局 | 25% |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建城区公共停车位800个', ['县城管局'], []],
      ['改造农村危旧桥梁12座', ['县交通运输局'], []],
      ['为新生儿免费开展听力筛查', ['县卫生健康局'], []],
    ]);
  });
});

describe('a one-cell-per-line 任务清单 with a 完成进展 column and (一)(二) 主要任务 cells merged down over numbered rows', () => {
  const text = [
    '某市2024年消防安全集中整治工作任务清单',
    '主要任务 |',
    '重点工作和要求 |',
    '责任单位 |',
    '完成时限 |',
    '完成进展 |',
    '(一)健全工作机制。 |',
    '1.建立消防安全联席会议制度,明确各成员单位职责。 |',
    '市消防救援支队 |',
    '3月底前 |',
    '|',
    '2.制定年度消防安全检查计划,报市政府备案。 |',
    '市应急管理局、市住建局 |',
    '4月10日前 |',
    '|',
    '|',
    '(二)排查整治隐患。 |',
    '3.开展高层建筑消防设施专项检查。 |',
    '市住建局 |',
    '6月底前 |',
    '|',
    '|',
  ].join('\n');

  it('keeps 完成进展 in the header and starts a new group at (二), so every row keeps its unit cell', () => {
    expect(rows(text)).toEqual([
      ['建立消防安全联席会议制度', ['市消防救援支队'], []],
      ['制定年度消防安全检查计划', ['市应急管理局'], ['市住建局']],
      ['开展高层建筑消防设施专项检查', ['市住建局'], []],
    ]);
    // 完成进展 is a header word, not a heading merged across the table.
    expect(parsePlanText(text).sections?.map((s) => s.title)).toEqual(['健全工作机制', '排查整治隐患']);
  });
});

describe('a bordered `| a | b |` task list', () => {
  const text = (last: string): string =>
    [
      '某区2024年安全生产重点工作任务清单',
      '| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |',
      '| 一、压实安全责任 | (一)落实属地责任 | 1.召开街道安全生产例会,每季度至少一次。 | 各街道办事处 | 全年 |',
      '| 2.开展安全生产责任制考核。 | 区应急管理局 | 12月底前 | ||',
      '| (二)落实行业监管责任 | 3.制定行业领域安全检查计划。 | 区交通运输局、区住建局、区市场监管局按职责分工负责 | 3月底前 | |',
      last,
    ].join('\n');

  it('reads a cell listing units that share the work `按职责分工负责` as the unit cell, all of them leading', () => {
    expect(rows(text('| 4.组织开展危险化学品专项整治。 | 区应急管理局 | 6月底前 | ||'))[2]).toEqual(['制定行业领域安全检查计划', ['区交通运输局', '区住建局', '区市场监管局'], []]);
  });

  it("keeps the table's last row as a task when the page cut it before its bar, each row titled by its numbered 措施", () => {
    const tasks = parsePlanText(text('| 4.组织开展危险化学品企业专项整治,重点检查储罐区')).tasks;
    expect(tasks.map((t) => t.title.slice(0, 10))).toEqual(['召开街道安全生产例会', '开展安全生产责任制考', '制定行业领域安全检查', '组织开展危险化学品企']);
  });
});

describe('unit names', () => {
  it('reads a place (or group of places, with its note) and, after a space, a body with no place of its own as one unit', () => {
    expect(splitUnitList('各乡镇(街道) 安委会')).toEqual(['各乡镇(街道)安委会']);
    expect(splitUnitList('县教体局 各相关乡镇政府')).toEqual(['县教体局', '各相关乡镇政府']);
  });

  it('reads a bare 单位/部门 after a group of units of one kind as more of that group', () => {
    expect(splitUnitList('县直有关部门、单位,各镇人民政府')).toEqual(['县直有关部门、单位', '各镇人民政府']);
    expect(splitUnitList('区财政局、区审计局')).toEqual(['区财政局', '区审计局']);
  });
});

describe('a work-points list and after it the table that assigns the points', () => {
  const text = (points: string[]): string =>
    [
      '某局2024年法治政府建设工作要点',
      '一、工作要点',
      ...points,
      '二、重点任务分解',
      '重点任务 | 工作内容 | 负责科室 |',
      '规范执法 | 全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。 | 执法监督科 |',
      '普法宣传 | 落实“谁执法谁普法”责任制,开展法律进社区活动不少于四次。 | 办公室 |',
      '复议应诉 | 依法办理行政复议和应诉案件,按时提交答辩材料。 | 法规科 |',
    ].join('\n');
  const points = [
    '1.规范行政执法。全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。',
    '2.加强普法宣传。落实“谁执法谁普法”责任制,开展法律进社区活动不少于四次。',
    '3.做好合法性审查。局办公室对拟出台的规范性文件逐件进行合法性审查。',
    '4.办好复议应诉。依法办理行政复议和应诉案件,按时提交答辩材料。',
  ];

  it('reads the rows as the tasks, and the point no row restates as a task of its own, led by the unit of the table its text opens with', () => {
    expect(rows(text(points))).toEqual([
      ['规范执法', ['执法监督科'], []],
      ['普法宣传', ['办公室'], []],
      ['复议应诉', ['法规科'], []],
      ['做好合法性审查', ['局办公室'], []],
    ]);
  });

  it('leaves such a point with no unit when its text opens with none the table names', () => {
    const unnamed = points.map((p) => p.replace('局办公室对拟出台', '对拟出台'));
    expect(rows(text(unnamed))[3]).toEqual(['做好合法性审查', [], []]);
  });

  it('adds nothing when the table is the document’s 附件 (a plan decomposed in its attachment)', () => {
    const attached = text(points).replace('二、重点任务分解', '附件:某局2024年法治政府建设重点任务分解表');
    expect(rows(attached).map((r) => r[0])).toEqual(['规范执法', '普法宣传', '复议应诉']);
  });

  it('adds nothing when the numbered lines are no points the table restates (a notice’s requirements)', () => {
    const notice = ['1.提高认识。各科室要高度重视,把任务落到实处。', '2.加强督办。办公室每季度通报一次进展。'];
    expect(rows(text(notice)).map((r) => r[0])).toEqual(['规范执法', '普法宣传', '复议应诉']);
  });
});

// Shapes the layout matrix drew from the new keys, which main's reader missed (floors held by fixing them).
describe('the layout matrix on the batch-10 keys', () => {
  it('keeps a unit line under a bare label even when the same units appeared under an earlier item (layout matrix)', () => {
    const text = ['某县2024年重点任务分工', '1.推进城乡供水一体化。', '牵头单位:', '县水利局', '配合单位:', '各相关乡镇政府', '2.推动学前教育普及。', '牵头单位:', '县教体局', '配合单位:', '各相关乡镇政府'].join('\n');
    expect(rows(text)).toEqual([
      ['推进城乡供水一体化', ['县水利局'], ['各相关乡镇政府']],
      ['推动学前教育普及', ['县教体局'], ['各相关乡镇政府']],
    ]);
  });

  it('reads a group heading that names a long 、 list of leads before 牵头工作 (layout matrix)', () => {
    const text = ['某市重点工作', '一、市发展改革委、市工业和信息化局、市财政局、市商务局、市市场监管局牵头工作(2项)', '(一)稳住工业经济基本盘。', '(二)扩大有效投资。'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([
      ['市发展改革委', '市工业和信息化局', '市财政局', '市商务局', '市市场监管局'],
      ['市发展改革委', '市工业和信息化局', '市财政局', '市商务局', '市市场监管局'],
    ]);
  });

  it('reads a bare bracket naming a task force set up for the work as its unit (layout matrix)', () => {
    const text = ['某区重点工作', '1.完成老城区棚户区征收(老城区棚户区征收工作领导小组)', '2.推进智慧城市建设(区大数据局)'].join('\n');
    expect(rows(text)[0]).toEqual(['完成老城区棚户区征收', ['老城区棚户区征收工作领导小组'], []]);
  });

  it('reads a bare bracket naming a 委员会 or 安委会, a bracketed note inside it, as the unit (layout matrix)', () => {
    const text = ['某市重点工作', '1.开展危化品企业隐患排查(各县区(园区)安委会)2.完成城区道路改造(市住建局)'].join('\n');
    expect(rows(text)[0]).toEqual(['开展危化品企业隐患排查', ['各县区(园区)安委会'], []]);
  });

  it('splits a cell listing one unit per line when a line ends in 海关 or a bank’s 分行 (layout matrix)', () => {
    expect(splitUnitList('市商务局\n宁波海关')).toEqual(['市商务局', '宁波海关']);
    expect(splitUnitList('市金融办\n人民银行某某分行')).toEqual(['市金融办', '人民银行某某分行']);
  });

  it('reads `牵头单位为` before a name the site masked with asterisks (layout matrix)', () => {
    const text = ['某县工作要点', '①开展冷链食品专项检查。牵头单位为***监管局,配合单位为县商务局。', '②推进农贸市场改造。牵头单位为县商务局。'].join('\n');
    expect(rows(text)[0]).toEqual(['开展冷链食品专项检查', ['***监管局'], ['县商务局']]);
  });

  it('splits `A和B` at the 和 whose left part is a whole unit, towns included (layout matrix)', () => {
    expect(splitUnitList('县科学技术和工业信息化局和县财政局')).toEqual(['县科学技术和工业信息化局', '县财政局']);
    expect(splitUnitList('城关镇和河口镇')).toEqual(['城关镇', '河口镇']);
    expect(splitUnitList('区住房和城乡建设局')).toEqual(['区住房和城乡建设局']);
  });

  it("folds a 繁體 mirror's 箇 after a numeral to 个 (layout matrix)", () => {
    const text = ['某區民生實事項目', '序號 | 任務 | 責任單位 |', '1 | 新建3箇社區食堂。 | 區民政局 |', '2 | 改造老舊小區5箇。 | 區住建局 |'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual(['新建3个社区食堂', '改造老旧小区5个']);
  });

  it('fits a row missing its merged cells when its unit cell is `X牵头,A、B按照职责分工负责` or a long list with one unknown name (layout matrix)', () => {
    const text = [
      '某区2024年重点工作任务清单',
      '| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |',
      '| 一、稳定经济 | (一)扩大投资 | 1.加快重大项目前期工作。 | 区发改局 | 年底前 |',
      '| 2.推进老旧厂房改造。 | 区住建局牵头,区自然资源局、各街道按照职责分工负责 | 6月底前 | ||',
      '| 3.开展“全民健身”系列活动。 | 区体育局、区教育局、区文联、区老年体协、区总工会 | 全年 | ||',
    ].join('\n');
    expect(rows(text).slice(1)).toEqual([
      ['推进老旧厂房改造', ['区住建局'], ['区自然资源局', '各街道']],
      ['开展“全民健身”系列活动', ['区体育局'], ['区教育局', '区文联', '区老年体协', '区总工会']],
    ]);
  });

  it('takes a point as restated when a row carries its short text or its title word for word (layout matrix)', () => {
    const text = ['某局工作要点', '一、工作要点', '1.统筹调度。坚持周调度。', '2.安全生产。开展隐患排查。', '3.信息报送。按月报送进展。', '二、任务分解', '重点任务 | 工作内容 | 负责科室 |', '统筹调度 | 坚持周调度。 | 办公室 |', '安全生产 | 开展隐患排查。 | 安监科 |'].join('\n');
    expect(rows(text)).toEqual([
      ['统筹调度', ['办公室'], []],
      ['安全生产', ['安监科'], []],
      ['信息报送', [], []],
    ]);
  });
});
