// Shapes pages nobody had read showed the importer misreading (heldout168–171): an article or item that names its
// unit and announces its duties below (`其职责是:`, `X的主要职责是:`, `X负责以下工作:`), whose sub-items were lost
// or left with no unit; a 督查通报 that files each problem under its village before a comma; a `《…》事项名称` task
// column; `A、B是…的责任主体`; a helper opening a sentence (`城管局协助安监局…`); a news page with a site's link
// bullets under it; and sentence words taken for a unit's name. Made-up pages in those shapes; none is one of the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const units = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('an item that names its unit and announces the duties below it', () => {
  it('gives each duty of `X为…机构,负责…。其职责是:` to X, the article itself only their section', () => {
    const page = ['第七条 县农业园区管委会为园区日常管理机构,负责园区的规划和服务工作。其主要职责是:', '(一)负责编制园区发展规划。', '(二)负责园区招商引资的协调服务。', '第八条 本办法自印发之日起施行。'];
    expect(units(page.join('\n'))).toEqual([
      ['负责编制园区发展规划', ['县农业园区管委会'], []],
      ['负责园区招商引资的协调服务', ['县农业园区管委会'], []],
    ]);
  });

  it('reads `X的主要职责是:` and `X负责以下工作:` items the same way, each unit over its own sub-items', () => {
    const page = ['三、部门职责', '1.县卫健局负责以下工作:', '(1)制定防治方案。', '(2)组织人员培训。', '2.县财政局的主要职责是:', '(1)保障防治经费。', '(2)监督资金使用。'];
    expect(units(page.join('\n'))).toEqual([
      ['制定防治方案', ['县卫健局'], []],
      ['组织人员培训', ['县卫健局'], []],
      ['保障防治经费', ['县财政局'], []],
      ['监督资金使用', ['县财政局'], []],
    ]);
  });

  it('keeps a sub-item that names its own unit, and reads nothing into an item that announces no duties', () => {
    const own = ['1.县卫健局负责以下工作:', '(1)制定防治方案。', '(2)县疾控中心负责样本检测。'];
    expect(units(own.join('\n')).map(([t, l]) => [t, l])).not.toContainEqual(['制定防治方案', ['县卫健局']]);
    const plain = ['1.加强宣传引导,营造良好氛围:', '(1)制作宣传展板。', '(2)发放宣传资料。'];
    expect(units(plain.join('\n')).every(([, l]) => l.length === 0)).toBe(true);
  });
});

describe('a 督查通报 that files each problem under its village or unit before a comma', () => {
  it('leads each problem by the name before its comma, when the list files two at least', () => {
    const page = ['现将整治不到位的问题通报如下:', '1.城南镇桃园村,村口垃圾堆放未清理。', '2.城南镇新华街,沿街门店占道经营。', '3.开发区李家村,河道漂浮物未打捞。'];
    expect(units(page.join('\n'))).toEqual([
      ['城南镇桃园村,村口垃圾堆放未清理', ['城南镇桃园村'], []],
      ['城南镇新华街,沿街门店占道经营', ['城南镇新华街'], []],
      ['开发区李家村,河道漂浮物未打捞', ['开发区李家村'], []],
    ]);
  });

  it('reads no unit from one such item alone, nor from a place or a time before the comma', () => {
    expect(units('1.城南镇桃园村,村口垃圾堆放未清理。\n2.加强巡查,及时清运。').every(([, l]) => l.length === 0)).toBe(true);
    expect(units('1.人民广场,地面破损未修复。\n2.年底前,完成清运。').every(([, l]) => l.length === 0)).toBe(true);
  });
});

describe('table headers and sentences read in pages nobody had seen', () => {
  it('takes `《联合事项清单》事项名称` as a task column', () => {
    const page = ['序号 | 牵头部门 | 《联合事项清单》事项名称 | 抽查对象 | 参与部门', '1 | 市市场监管局 | 检验机构检测情况抽查 | 检验机构 | 市生态环境局', '2 | 市公安局 | 旅馆业治安检查 | 旅馆 | 市市场监管局'];
    expect(units(page.join('\n'))).toEqual([
      ['检验机构检测情况抽查', ['市市场监管局'], ['市生态环境局']],
      ['旅馆业治安检查', ['市公安局'], ['市市场监管局']],
    ]);
  });

  it('makes every unit of `A、B是…的责任主体` a lead', () => {
    const page = ['一、各乡镇人民政府、街道办事处是秸秆禁烧工作的责任主体,要落实网格化管理。', '二、县农业农村局负责技术指导。'];
    expect(units(page.join('\n'))[0]?.[1]).toEqual(['各乡镇人民政府', '街道办事处']);
  });

  it('leads a sentence `A协助B…` by B, A taking part, where a news page is read sentence by sentence', () => {
    const page = ['县里召开烟花爆竹安全监管协调会。会议明确了各部门职责:县应急局负责日常监管;县公安局负责运输安全;县城管局协助县应急局设置固定零售摊点,维持销售秩序。'];
    expect(units(page.join('\n'))).toContainEqual(['县城管局协助县应急局设置固定零售摊点,维持销售秩序', ['县应急局'], ['县城管局']]);
  });

  it("reads a news page's sentences though a site's link bullets are printed as a list under it", () => {
    const page = ['县水利局:我县完成河湖问题核查工作', '核查期间,县、乡两级河长办高效协同。县河长办负责技术指导和督导,各乡镇组织力量深入现场,通过拍照、定位、走访等方式逐一核实图斑现状、类型及责任主体,确保信息准确无误。通过昼夜奋战,全部任务按期完成。', '• 政务微信', '    五河县门户·微信', '• 政务微博', '    五河县门户·微博'];
    const leads = units(page.join('\n')).map(([, l]) => l);
    expect(leads).toContainEqual(['县河长办']);
    expect(leads).not.toContainEqual([]);
  });

  it('takes no sentence words for a unit (`需办`, `横向联系`, `协助`, `部分`, `乡亲`, `网站`, `请每月…`)', () => {
    const page = [
      '另有关年度经费需办理保留作业,该处已洽内政部同意。',
      '环资局横向联系警察局加强路边村落环境维护。',
      '离岛基金部分小型计画有流于消化预算之虞,应严予规划。',
      '金门乡亲邀请参加民俗节演出,应成立专责单位策划。',
      '网站上民众谈到军舰不停港,有这回事吗?',
      '有关本局礼品领用存量请每月清点整理表单送局长室。',
    ];
    const named = units(page.join('\n')).flatMap(([, l, p]) => [...l, ...p]);
    for (const bad of ['另有关年度经费需办', '环资局横向联系警察局', '离岛基金部', '金门乡', '网站', '每月清点整理表单送局', '有关本局']) expect(named).not.toContain(bad);
  });
});
