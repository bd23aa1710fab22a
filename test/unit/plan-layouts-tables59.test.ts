// Shapes of issue 15 (brief H-fix12-tables59): tables and lists flattened in ways not met before, each in a
// small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('a table whose text column is named for the problems it lists', () => {
  it('reads a one-cell-a-paragraph table headed 序号/整改问题/责任单位/整改时限', () => {
    const text = [
      '环境问题整改任务清单',
      '',
      '序号',
      '',
      '整改问题',
      '',
      '责任单位',
      '',
      '整改时限',
      '',
      '1',
      '',
      '河道两岸垃圾堆放问题突出,群众反映强烈。',
      '',
      '县水利局',
      '',
      '2024年6月底',
      '',
      '2',
      '',
      '城区部分路段夜间施工噪声扰民。',
      '',
      '县住建局、县生态环境分局',
      '',
      '立行立改',
      '',
      '3',
      '',
      '农村生活污水处理设施运行不正常。',
      '',
      '县农业农村局',
      '',
      '长期坚持',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['河道两岸垃圾堆放问题突出', ['县水利局'], []],
      ['城区部分路段夜间施工噪声扰民', ['县住建局'], ['县生态环境分局']],
      ['农村生活污水处理设施运行不正常', ['县农业农村局'], []],
    ]);
  });

  it('reads `cell |` lines headed 编号/检查路段/存在问题/整改单位/备注, an empty cell a lone bar', () => {
    const text = [
      '文明城市创建督查问题交办表',
      '编号 |',
      '检查路段 |',
      '督查发现问题 |',
      '整改单位 |',
      '备注 |',
      '1 |',
      '人民路 |',
      '人民路中段店外经营占道严重 |',
      '城关镇 |',
      '|',
      '2 |',
      '人民路 |',
      '公交站台广告牌破损未修复 |',
      '区交通运输局 |',
      '|',
      '3 |',
      '滨河东路 |',
      '绿化带内杂草丛生无人清理 |',
      '区园林中心 |',
      '已督促 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['人民路中段店外经营占道严重', ['城关镇'], []],
      ['公交站台广告牌破损未修复', ['区交通运输局'], []],
      ['绿化带内杂草丛生无人清理', ['区园林中心'], []],
    ]);
  });

  it('keeps a progress table\'s 存在问题 column aside when a column names the work', () => {
    const text = [
      '重点工作推进情况表',
      '序号 |',
      '工作任务 |',
      '存在问题 |',
      '责任单位 |',
      '1 |',
      '建成区级养老服务中心一处 |',
      '用地手续尚未办结 |',
      '区民政局 |',
      '2 |',
      '完成老旧小区改造十个 |',
      '部分居民意见不一 |',
      '区住建局 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建成区级养老服务中心一处', ['区民政局'], []],
      ['完成老旧小区改造十个', ['区住建局'], []],
    ]);
  });
});

describe('a spaced header whose words are printed with their characters spaced out', () => {
  it('reads rows `N 任务 单位` under `序号 工 作 任 务 牵头负责部门`', () => {
    const text = [
      '2024年重点指标任务分工',
      '序号 工 作 任 务 牵头负责部门',
      '1 新增城镇就业8000人以上 市人社局',
      '2 完成造林绿化面积1.2万亩 市林业局',
      '3 建成5G基站600个 市工信局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新增城镇就业8000人以上', ['市人社局'], []],
      ['完成造林绿化面积1.2万亩', ['市林业局'], []],
      ['建成5G基站600个', ['市工信局'], []],
    ]);
  });

  it('cuts a header spaced out whole into its words (`序 号 重 点 任 务 责 任 单 位 完 成 时 限`)', () => {
    const text = [
      '某区2025年民生实事分工',
      '序 号 重 点 任 务 责 任 单 位 完 成 时 限',
      '1 新建社区食堂十家 区民政局 6月底',
      '2 改造农村公路40公里 区交通局 年底',
      '3 新增托育托位300个 区卫健委 9月底',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建社区食堂十家', ['区民政局'], []],
      ['改造农村公路40公里', ['区交通局'], []],
      ['新增托育托位300个', ['区卫健委'], []],
    ]);
  });
});

describe('paragraphs each closing with their own unit label', () => {
  const intro = ['县城市管理专项督查', '', '近日,县创建指挥部督查组对城区部分点位进行督查,发现以下问题(如图)。', ''];

  it('reads captions `图①:问题。责任单位:X。` parted by blank lines as tasks', () => {
    const text = [
      ...intro,
      '图①:南门广场东侧人行道破损。责任单位:县住建局。',
      '',
      '',
      '图②:北湖公园公厕无人保洁。责任单位:县城管局。',
      '',
      '',
      '图③:育才路沿街商户占道经营。责任单位:城南街道。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['南门广场东侧人行道破损', ['县住建局'], []],
      ['北湖公园公厕无人保洁', ['县城管局'], []],
      ['育才路沿街商户占道经营', ['城南街道'], []],
    ]);
  });

  it('reads `照片N:` captions with another label word and two units', () => {
    const text = [
      ...intro,
      '照片1:长江路与新华路交叉口红绿灯损坏。整改责任单位:区交警大队。',
      '照片2:滨江小区垃圾清运不及时,异味较重。责任部门:东城街道、区环卫所。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['长江路与新华路交叉口红绿灯损坏', ['区交警大队'], []],
      ['滨江小区垃圾清运不及时', ['东城街道'], ['区环卫所']],
    ]);
  });

  it('reads such paragraphs with no caption at all', () => {
    const text = [
      ...intro,
      '建设路农贸市场周边车辆乱停乱放。责任单位:市公安局交警支队。',
      '',
      '人民医院门口流动摊贩占道经营。责任单位:市城管执法局。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建设路农贸市场周边车辆乱停乱放', ['市公安局交警支队'], []],
      ['人民医院门口流动摊贩占道经营', ['市城管执法局'], []],
    ]);
  });
});

describe('a closing label after a group of problems, all on one line', () => {
  it('gives each group the label after it, numbered groups and single unnumbered problems alike', () => {
    const text = [
      '城区环境卫生督查曝光',
      '近日 区爱卫办 督查组 对部分 小区 餐馆 进行暗访 发现哪些问题? 1.垃圾房周边污水横流; 2.楼道堆放杂物。 责任单位:东城街道 整改时限:2023年5月底前 1.后厨未设防鼠板; 责任部门:区市场监管局 完成时限:立即整改 菜场门口占道摆卖严重。 整改责任单位:区城管执法局 整改时限:2023年5月底前 (来源:区融媒体中心)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['垃圾房周边污水横流', ['东城街道'], []],
      ['后厨未设防鼠板', ['区市场监管局'], []],
      ['菜场门口占道摆卖严重', ['区城管执法局'], []],
    ]);
  });

  it('leaves items each with its own label, numbered on, as they read today', () => {
    const text = [
      '2023年重点工作责任分解',
      '1.推进老旧小区改造20个。 责任单位:县住建局 2.新建公办幼儿园3所。 责任单位:县教育局 3.新增城镇就业3000人。 责任单位:县人社局',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['县住建局'], ['县教育局'], ['县人社局']]);
  });
});

describe('a table flattened into paragraphs, rows opened by a bare 序号', () => {
  it('keeps a row\'s `1、2、` problems as its content and reads its unit cell after the last stop or alone', () => {
    const text = [
      '创建工作督查情况汇总表 序号 检查点位 存在问题 整改责任单位',
      '',
      '1 城西 片区 辖区 人民公园东门 门口流动摊贩占道经营.',
      '',
      '区城管局',
      '',
      '2 长青路农贸市场',
      '',
      '1、市场内活禽宰杀区未做隔离;',
      '',
      '2、排水沟堵塞,污水外溢。 区市场监管局 城西街道',
      '',
      '3 北站广场',
      '',
      '1、候车区吸烟现象普遍;',
      '',
      '2、公益广告画面褪色. 请区文明办协调解决',
      '',
      '4 光华小区 楼道内小广告未清理。 光华街道',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['人民公园东门 门口流动摊贩占道经营', ['区城管局'], []],
      ['长青路农贸市场', ['区市场监管局'], ['城西街道']],
      ['北站广场', ['区文明办'], []],
      ['光华小区 楼道内小广告未清理', ['光华街道'], []],
    ]);
  });
});

describe('a spaced progress table with a 存在问题 column', () => {
  it('titles each row by its named task column, not its problems', () => {
    const text = [
      '重点项目推进情况',
      '序号 重点任务 存在问题 责任单位',
      '1 建成城北污水处理厂。 征地拆迁进度滞后。 区住建局',
      '2 完成滨江绿道二期。 资金尚未全部到位。 区园林局',
      '3 新建公共停车场两处。 选址意见不一。 区城管局',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['建成城北污水处理厂', '完成滨江绿道二期', '新建公共停车场两处']);
  });
});
