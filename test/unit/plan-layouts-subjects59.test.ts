// Shapes of issue 15 (brief H-fix12-subjects59): units named inside a task's sentences with no label, each in a small
// made-up document (other units, numbering and wording than any page of the shelf).
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads, participants and whether the lead is inferred. */
const rows = (text: string): [string, string[], string[], boolean][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants, t.isLeadInferred]);

describe('a unit subject with an adverb before its verb, and later clauses with their own X负责', () => {
  it('reads 全面/具体/还将 负责, and each later `Y负责…` clause of the paragraph as a co-lead', () => {
    const text = [
      '某区2026年森林防火工作方案',
      '一、主要任务',
      '(一)火情监测。区林业技术推广站全面负责林区火情监测,定期开展巡查,各护林点协助做好记录。乡镇农业综合服务中心负责本辖区内的火情巡查,及时上报。',
      '(二)扑救处置。区应急管理局负责制定扑救预案,各镇人民政府负责组织扑救队伍。区直有关部门按照职责做好保障。',
      '二、重点工作',
      '(一)物资储备。区发展和改革局具体负责防火物资储备,依法调拨物资,区财政局负责落实经费。',
      '(二)宣传教育。区融媒体中心还将负责防火宣传,制作公益短片。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['火情监测', ['区林业技术推广站', '乡镇农业综合服务中心'], [], false],
      ['扑救处置', ['区应急管理局', '各镇人民政府'], [], false],
      ['物资储备', ['区发展和改革局', '区财政局'], [], false],
      ['宣传教育', ['区融媒体中心'], [], false],
    ]);
  });

  it('in traditional script too, and a clause that only helps (协助/配合) adds no lead', () => {
    const text = [
      '某縣2026年水源保護工作方案',
      '一、主要任務',
      '(一)水質檢測。縣疾病預防控制中心全面負責水質檢測,縣水利局協助採樣。',
      '(二)執法檢查。縣生態環境局負責執法檢查,縣公安局負責打擊違法排污。',
    ].join('\n');
    expect(rows(text)).toEqual([
      // The page is read in simplified script.
      ['水质检测', ['县疾病预防控制中心'], [], false],
      ['执法检查', ['县生态环境局', '县公安局'], [], false],
    ]);
  });
});

describe('a level\'s sector as the subject, a rule before it, and 对 opening the predicate', () => {
  it('reads 各级X部门/机关 要/负责/对…给予, and `按照…的原则,X负责…`', () => {
    const text = [
      '某市2026年城区环境整治方案',
      '一、重点任务',
      '(一)依照分级负责的原则,各县政府负责清理本辖区内的违规广告牌,市有关部门积极配合。',
      '(二)各级审计机关要加强对整治资金使用情况的审计监督。',
      '(三)各级人事部门对在整治工作中表现突出的集体和个人,按规定给予表彰。',
      '(四)各级新闻宣传部门负责整治活动的新闻报道。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['依照分级负责的原则', ['各县政府'], [], false],
      ['各级审计机关要加强对整治资金使用情况的审计监督', ['各级审计机关'], [], false],
      ['各级人事部门对在整治工作中表现突出的集体和个人', ['各级人事部门'], [], false],
      ['各级新闻宣传部门负责整治活动的新闻报道', ['各级新闻宣传部门'], [], false],
    ]);
  });

  it('leaves 各级政府, 各级有关部门, 各级领导 and a bare 对 with nothing done to it without a lead', () => {
    const text = [
      '某市2026年城区环境整治方案',
      '一、重点任务',
      '(一)各级政府要高度重视整治工作。',
      '(二)各级有关部门要密切配合。',
      '(三)各级领导干部要带头参加整治。',
      '(四)市住建局对此项工作高度重视。',
      '(五)县政府对此高度重视,多次召开会议研究部署,加强统筹调度。',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([[], [], [], [], []]);
  });
});

describe('the doer after 由 opening the sentence, and the proposer a meeting agreed with', () => {
  it('reads `由X负责…,配合Y…` and `由X负责…,并将…通报Y`: X leads, Y is only told', () => {
    const text = [
      '某县2026年打击非法采砂专项行动方案',
      '三、主要任务',
      '(一)由水行政主管部门负责河道采砂许可的审查工作,配合公安机关查处非法采砂案件。',
      '(二)由自然资源部门负责查处非法占用河滩地的行为,并将查处结果及时通报水行政主管部门。',
      '(三)由县交通运输局、县海事处牵头清理无证运砂船舶。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['由水行政主管部门负责河道采砂许可的审查工作', ['水行政主管部门'], [], false],
      ['由自然资源部门负责查处非法占用河滩地的行为', ['自然资源部门'], [], false],
      ['由县交通运输局、县海事处牵头清理无证运砂船舶', ['县交通运输局', '县海事处'], [], false],
    ]);
  });

  it('reads `会议原则同意X关于…的意见` / `会议审议通过A、B提交的《…》`: the proposer carries it on, inferred', () => {
    const text = [
      '某县人民政府常务会议纪要',
      '一、会议议定事项',
      '(一)会议原则同意县教育局关于调整城区学校学区划分的意见,会后按程序报批。',
      '(二)会议审议通过县交通运输局、县财政局提交的《农村公路养护资金管理办法》,印发执行。',
      '(三)會議原則同意縣衛健局關於新建鄉鎮衛生院的報告。',
      '(四)会议听取了县统计局关于前三季度经济运行情况的汇报。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['会议原则同意县教育局关于调整城区学校学区划分的意见', ['县教育局'], [], true],
      ['会议审议通过县交通运输局、县财政局提交的《农村公路养护资金管理办法》', ['县交通运输局'], ['县财政局'], true],
      ['会议原则同意县卫健局关于新建乡镇卫生院的报告', ['县卫健局'], [], true],
      ['会议听取了县统计局关于前三季度经济运行情况的汇报', [], [], false],
    ]);
  });
});

describe('a paragraph of sentences each opened by the unit that is to act', () => {
  it('splits `要求X部门…` / `会议要求X部门要…` sentences run together after two spaces, a `;` clause with its own unit, and `A、B等部门的职责是…`', () => {
    const text = [
      '某市部署冬季道路安全工作',
      '本报讯 昨日市政府召开会议,部署冬季道路交通安全工作,要求有关部门密切配合。  会议要求交警部门要加强雨雪天气路面巡逻,及时疏导交通。  要求城管部门进一步做好道路积雪清扫。  要求财政部门落实除雪设备购置经费。  住建部门要加强桥梁安全检查;气象部门要及时发布预警信息。  公路、水运、铁路等部门的职责是保障运输通道安全畅通,做好应急物资运输。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['会议要求交警部门要加强雨雪天气路面巡逻', ['交警部门'], [], false],
      ['要求城管部门进一步做好道路积雪清扫', ['城管部门'], [], false],
      ['要求财政部门落实除雪设备购置经费', ['财政部门'], [], false],
      ['住建部门要加强桥梁安全检查', ['住建部门'], [], false],
      ['气象部门要及时发布预警信息', ['气象部门'], [], false],
      ['公路、水运、铁路等部门的职责是保障运输通道安全畅通', ['公路部门'], ['水运部门', '铁路部门'], true],
    ]);
  });

  it('under a head that shares out the work, every unit of `A、B负责…` / `A、B等负责…` leads its part', () => {
    const text = [
      '某县2026年节水型社会建设实施方案',
      '三、保障措施',
      '(一)明确分工。县水务局负责节水规划编制;县住建局、县城管局负责城区管网改造;县农业农村局、县林业局等负责农业节水灌溉推广;县工信局负责工业节水改造。',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2], r[3]])).toEqual([
      [['县水务局'], [], false],
      [['县住建局', '县城管局'], [], false],
      [['县农业农村局', '县林业局'], [], false],
      [['县工信局'], [], false],
    ]);
  });
});

describe('a heading that names whose duties follow, then one line per unit it names', () => {
  it('reads each line opened by a named unit as that unit\'s item, whatever its verb; other headings stay as they were', () => {
    const text = [
      '某县农产品质量安全监管责任制度',
      '一、职责分工',
      '(一)县农产品检测站、县农技推广机构及乡(镇)农业综合服务站的工作职责',
      '县农产品检测站组织开展全县农产品质量安全例行监测和监督抽检。',
      '县农技推广机构承担标准化生产技术的示范推广和培训工作。',
      '乡(镇)农业综合服务站作为县农业农村局的派出机构,具体做好辖区内生产记录的指导检查。',
      '(二)其他事项',
      '县农产品检测站组织开展培训。',
    ].join('\n');
    const found = rows(text).filter((r) => r[1].length > 0);
    expect(found).toEqual([
      ['组织开展全县农产品质量安全例行监测和监督抽检', ['县农产品检测站'], [], false],
      ['承担标准化生产技术的示范推广和培训工作', ['县农技推广机构'], [], false],
      ['作为县农业农村局的派出机构', ['乡(镇)农业综合服务站'], [], false],
    ]);
  });
});

describe('a report with no numbering, one paragraph per point, its unit named in the prose', () => {
  it('makes each paragraph that names its unit (由X负责 / 责任单位是X / 其责任单位为X / 应由X负责整治) an item; a point put right already is none', () => {
    const text = [
      '【文明创建督查通报】',
      '11月3日,区创建办督查组对城区部分路段和小区进行了暗访督查,要求相关单位立即整改。',
      '暗访发现,滨江路口公交站台广告牌破损,该项整改由区交通运输局负责。',
      '由东城街道负责的幸福里小区内,楼道堆放杂物,电动车违规充电。',
      '翠湖花园小区的责任单位是区住建局,该小区垃圾分类设施缺失。',
      '在人民路与解放路交叉口,有占道经营现象,其责任单位为区城管执法局。',
      '在对由区市场监管局负责的农贸市场进行复查时,发现此前问题已整改到位。',
      '新华街上,共享单车乱停乱放,应由区公安分局交警大队负责整治。',
      '记者:王某',
    ].join('\n');
    expect(rows(text).map((r) => [r[0].slice(0, 8), r[1]])).toEqual([
      ['暗访发现', ['区交通运输局']],
      ['由东城街道负责的', ['东城街道']],
      ['翠湖花园小区的', ['区住建局']],
      ['在人民路与解放路', ['区城管执法局']],
      ['新华街上', ['区公安分局交警大队']],
    ]);
  });

  it('leaves a story with two such paragraphs, and a page with numbered items, as it was', () => {
    const two = ['某县召开安全生产会议', '会议指出,河道采砂监管由县水利局负责。', '会议强调,校园周边交通秩序由县公安局负责,务必落实到位。', '会议要求各单位认真抓好落实。'].join('\n');
    expect(parsePlanText(two).tasks).toEqual([]);
  });
});
