// Shapes of issue 15 (brief H-fix12-labels59): unfamiliar labels, unit-headed items, a duty split glued to its
// heading, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads, participants. */
const rows = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('labels that name the acting and the supervising party', () => {
  it('reads 主体责任 / 整改主体 / 责任主体 as leading and 监督责任 / 监管责任 as taking part', () => {
    const text = [
      '某县创文督查情况通报',
      '● 东城农贸市场门口占道经营,垃圾清运不及时。',
      '(主体责任:东城社区居委会,监督责任:县市场监管局)',
      '● 城北客运站候车厅无公益广告。',
      '【整改主体:县客运公司;监管责任:县交通运输局】',
      '● 各加油站电子屏无创建宣传内容。',
      '(责任主体:各加油站,监管责任:石油、石化公司)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['东城农贸市场门口占道经营', ['东城社区居委会'], ['县市场监管局']],
      ['城北客运站候车厅无公益广告', ['县客运公司'], ['县交通运输局']],
      ['各加油站电子屏无创建宣传内容', ['各加油站'], ['石油公司', '石化公司']],
    ]);
  });

  it('reads party labels parted from their units by a space', () => {
    const text = ['某区市容督查通报', '● 南门菜场周边流动摊贩占道。', '(主体责任单位 南门街道办事处;监管责任 区城管执法局)'].join('\n');
    expect(rows(text)).toEqual([['南门菜场周边流动摊贩占道', ['南门街道办事处'], ['区城管执法局']]]);
  });

  it('reads 主体责任单位 beside a lead label as taking part', () => {
    const text = ['某乡环境整治安排', '1.清理沟渠垃圾。牵头部门:乡环卫所 协作部门:乡农办 主体责任单位:各行政村', '2.整治乱堆乱放。牵头部门:乡城建办 主体责任单位:各行政村'].join('\n');
    expect(rows(text)).toEqual([
      ['清理沟渠垃圾', ['乡环卫所'], ['乡农办', '各行政村']],
      ['整治乱堆乱放', ['乡城建办'], ['各行政村']],
    ]);
  });

  it('leaves a phrase that ends in the word alone (落实企业主体责任:)', () => {
    const text = ['某镇安全生产工作要点', '一、压实责任', '1.落实企业主体责任:各企业要建立隐患排查台账。', '2.强化部门监管责任:镇安监站每月检查一次。'].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => t.leads)).not.toContainEqual(['各企业要建立隐患排查台账']);
    expect(tasks.flatMap((t) => t.leads)).not.toContain('各企业');
  });
});

describe('an item whose first sentence is only a unit', () => {
  it('leads its duties with that unit, whatever the numbering or script', () => {
    const text = [
      '三、职责分工',
      '(一)县文化广电旅游局。对违规经营的场所依法查处,建立经营单位信用档案。',
      '(二)縣衛生健康局。對從業人員開展健康檢查,督促落實消毒制度。',
      '(三)县河道及水库管理工作领导小组办公室。定期召开联席会议,通报巡查情况。',
      '(四)加强宣传引导。通过多种形式宣传相关法规。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['对违规经营的场所依法查处', ['县文化广电旅游局'], []],
      ['对从业人员开展健康检查', ['县卫生健康局'], []],
      ['定期召开联席会议', ['县河道及水库管理工作领导小组办公室'], []],
      ['加强宣传引导', [], []],
    ]);
  });

  it('reads `N.X局。` items numbered with digits the same way', () => {
    const text = ['各单位职责', '1.区市场监管分局。对辖区食品经营户开展抽检。', '2.区城管执法局。清理占道经营摊点。'].join('\n');
    expect(rows(text)).toEqual([
      ['对辖区食品经营户开展抽检', ['区市场监管分局'], []],
      ['清理占道经营摊点', ['区城管执法局'], []],
    ]);
  });
});

describe('a unit-headed item without its level, and a title that only ends like a unit', () => {
  it('reads `2.人社局。…` and `3.发改局(物价局)。…` but not `4.优化产业布局。…`', () => {
    const text = ['二、任务分工', '2.人社局。做好高校毕业生就业服务。', '3.发改局(物价局)。开展重要民生商品价格监测。', '4.优化产业布局。加快城区重污染企业搬迁改造。'].join('\n');
    expect(rows(text)).toEqual([
      ['做好高校毕业生就业服务', ['人社局'], []],
      ['开展重要民生商品价格监测', ['发改局(物价局)'], []],
      ['优化产业布局', [], []],
    ]);
  });
});

describe('a duty split glued to its heading on a one-line page', () => {
  it('reads the unit-opened sentences under 职责分工 as tasks, and a period heading as no task', () => {
    const text = [
      '某镇汛期河道巡查工作方案',
      '为做好今年汛期河道巡查工作,确保安全度汛,制定本方案。 一、工作目标 汛期河道不发生重大险情。 二、巡查时段 2023年5月至2023年9月底。 三、职责分工 按照“分级负责、属地为主”的原则,各社区是本辖区河道巡查工作责任主体,社区书记是第一责任人,对辖区河道安全负总责。 镇水务站负责组织河道险情排查,建立巡查台账。 镇派出所积极配合做好防汛抢险现场秩序维护工作。 镇卫生院做好汛期卫生防疫工作。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['按照“分级负责、属地为主”的原则', ['各社区'], []],
      ['负责组织河道险情排查', ['镇水务站'], []],
      ['积极配合做好防汛抢险现场秩序维护工作', ['镇派出所'], []],
      ['做好汛期卫生防疫工作', ['镇卫生院'], []],
    ]);
  });

  it('reads a list of units that opens a sentence under 工作职责 the same way', () => {
    const text = [
      '某县林区防火工作安排',
      '一、起草背景 根据上级关于做好春季森林防火工作的部署,针对去冬今春降水偏少、林下可燃物积累较多、火险等级偏高的情况,为切实做好全县林区防火工作,保护森林资源和人民群众生命财产安全,结合本县实际制定本安排。 二、工作职责 县林业局、县应急管理局负责林区火情监测和扑救调度,组织专业扑火队伍开展实战演练,确保发现火情及时处置。 县气象局及时发布森林火险等级预报。 各乡镇要落实护林员巡山制度。 三、实施期限 2024年1月至2024年4月底。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责林区火情监测和扑救调度', ['县林业局'], ['县应急管理局']],
      ['及时发布森林火险等级预报', ['县气象局'], []],
      ['落实护林员巡山制度', ['各乡镇'], []],
    ]);
  });
});

describe('units printed as dotted label lines', () => {
  it('reads `.X局: 职责。` marks run into one line, a heading and dotted points after them', () => {
    const text = [
      '某区餐饮油烟整治工作方案',
      '为改善城区空气质量,回应群众关切,结合我区实际,制定本方案。 一、工作目标 年底前城区餐饮单位油烟净化设施安装率达到百分之百,群众投诉明显下降。 二、工作要求 各单位要按照分工抓好落实。 . 区生态环境分局: 负责餐饮油烟排放的监测和执法。 对超标排放的依法处罚。 .区市场监管局:督促餐饮单位落实主体责任。 配合开展联合检查。 ．各街道办事处,区城管执法局: 组织对辖区餐饮单位进行摸排。 建立整治台账。 三、进度安排 (一)动员部署阶段 .召开全区餐饮油烟整治动员会议(责任单位:区生态环境分局、区市场监管局)。 .制',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责餐饮油烟排放的监测和执法', ['区生态环境分局'], []],
      ['督促餐饮单位落实主体责任', ['区市场监管局'], []],
      ['组织对辖区餐饮单位进行摸排', ['各街道办事处', '区城管执法局'], []],
      ['召开全区餐饮油烟整治动员会议', ['区生态环境分局'], ['区市场监管局']],
    ]);
  });

  it('reads dotted unit lines that kept their breaks', () => {
    const text = ['三、部门职责', '·县水利局:负责水源地巡查,每月通报一次。', '·县卫健局:做好饮用水卫生监测。', '·县住建局、县供水公司:保障管网运行安全。'].join('\n');
    expect(rows(text)).toEqual([
      ['负责水源地巡查', ['县水利局'], []],
      ['做好饮用水卫生监测', ['县卫健局'], []],
      ['保障管网运行安全', ['县住建局', '县供水公司'], []],
    ]);
  });
});

describe('a page that starts inside a list, and a paragraph of 由A牵头,B配合 clauses', () => {
  it('keeps the list’s unitless duties as tasks and reads each clause as its own task', () => {
    const text = [
      '3.负责辖区燃气经营企业的安全检查,督促企业落实隐患整改。',
      '4.组织开展燃气安全知识宣传进社区、进家庭活动。',
      '5.对瓶装燃气违法经营行为依法查处。',
      '三、协作机制',
      '(一)建立隐患分类整治机制。老旧小区燃气管道隐患整治由各街道办事处牵头,城管、住建、应急等相关部门配合;餐饮场所燃气隐患整治由区市场监管局负责组织,区消防救援大队协助;农贸市场燃气隐患整治由区商务局牵头组织,有关部门配合。工业企业燃气隐患整治由区应急管理局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责辖区燃气经营企业的安全检查', [], []],
      ['组织开展燃气安全知识宣传进社区、进家庭活动', [], []],
      ['对瓶装燃气违法经营行为依法查处', [], []],
      ['老旧小区燃气管道隐患整治', ['各街道办事处'], ['城管部门', '住建部门', '应急部门']],
      ['餐饮场所燃气隐患整治', ['区市场监管局'], ['区消防救援大队']],
      ['农贸市场燃气隐患整治', ['区商务局'], []],
      ['工业企业燃气隐患整治', [], []],
    ]);
  });
});

describe('a 各 group whose second level carries its alternative in brackets', () => {
  it('keeps 各开发区、镇(街道) and 各县、乡(镇) as one group', () => {
    const text = [
      '某市2024年经济工作分工',
      '1.外贸进出口总额增长5%。牵头单位:市商务局;责任单位:各有关部门,各园区、镇(街道)',
      '2.粮食播种面积稳定在100万亩以上。牵头单位:市农业农村局;责任单位:各县、乡(镇)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['外贸进出口总额增长5%', ['市商务局'], ['各有关部门', '各园区、镇(街道)']],
      ['粮食播种面积稳定在100万亩以上', ['市农业农村局'], ['各县、乡(镇)']],
    ]);
  });
});
