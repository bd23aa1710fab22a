// Units by the shape of their names, not by having met them (issue 15): places named alone (a province's plan
// gives work to 某某市, a city's to 某某县), people's organisations in a table glued into one run of text, and the
// whole corpus with its units renamed (test/corpus/renamed.ts). Names below are made up.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { isTownName } from '../../shared/plan/unit-names.js';
import { addedMisses, scoreRenamed } from '../corpus/renamed.js';

const read = (text: string): [string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.leads, t.participants]);

describe('cities, counties and banners named alone are units', () => {
  it('reads them after a lead in a bracket', () => {
    const text = '(一)城乡客运一体化。推进城乡公交全覆盖。(省交通运输厅牵头,青川市、白岭市配合)\n(二)农村公路养护。完善管护机制。(省交通运输厅牵头,北坪县、东梁县、乌兰特旗配合)';
    expect(read(text)).toEqual([
      [['省交通运输厅'], ['青川市', '白岭市']],
      [['省交通运输厅'], ['北坪县', '东梁县', '乌兰特旗']],
    ]);
  });

  it('reads a county that leads', () => {
    expect(read('1.建设物流园区。(北坪县牵头,市商务局配合)\n2.建设冷链中心。(东梁县牵头,市商务局配合)')).toEqual([
      [['北坪县'], ['市商务局']],
      [['东梁县'], ['市商务局']],
    ]);
  });

  it('knows a place from words that end the same way', () => {
    for (const place of ['青川市', '北坪县', '乌兰特旗', '锡林盟', '白山朝鲜族自治州']) expect(isTownName(place), place).toBe(true);
    for (const word of ['智慧城市', '文明城市', '农贸超市', '产业联盟', '全县', '五星红旗', '推进县', '县市', '省市']) expect(isTownName(word), word).toBe(false);
  });
});

describe('people\'s organisations in a glued table', () => {
  it('cuts 总工会, 妇联 and 红十字会 apart from the units after them', () => {
    const text = '序号项目名称主要内容牵头单位配合单位1关爱困难职工开展送温暖活动,走访慰问困难职工800户。区总工会区妇联区红十字会2扶持巾帼创业培训创业女性300人次。区妇联区供销合作社区人社局';
    expect(read(text)).toEqual([
      [['区总工会'], ['区妇联', '区红十字会']],
      [['区妇联'], ['区供销合作社', '区人社局']],
    ]);
  });
});

describe('the corpus with its units renamed', () => {
  // Three turns of the pool, so each document meets other names in each. A table glued into one run of text
  // still misreads some names after a leader's two-character name (张菁烟草专卖局 as 张菁烟 + 草专卖局): other
  // turns show those, and nothing on the page tells the two apart.
  for (const shift of [0, 7, 14]) {
    it(`reads every renamed unit as it reads the stored one (pool turned by ${shift})`, () => {
      const { stored, renamed } = scoreRenamed(undefined, shift);
      expect(addedMisses(stored, renamed)).toEqual([]);
    }, 120_000);
  }
});

describe('names the reader meets rarely', () => {
  it('reads a people\'s organisation named without its level in a bare bracket', () => {
    expect(read('1.开展商会服务月活动。(工商联)\n2.开展巾帼建功活动。(妇联)')).toEqual([
      [['工商联'], []],
      [['妇联'], []],
    ]);
  });

  it('reads a state farm and a unit ending in 站 under 主办/协办 labels (not a web site\'s footer)', () => {
    const text = '(1)修复林区道路。\n主办单位:县国有林场,协办单位:县水文站、县气象站。\n(2)建设防火通道。\n主办单位:县水文站,协办单位:县国有林场。';
    expect(read(text)).toEqual([
      [['县国有林场'], ['县水文站', '县气象站']],
      [['县水文站'], ['县国有林场']],
    ]);
  });

  it('splits a cell\'s units parted by a space when one carries a note or ends in 联', () => {
    const text = '序号 | 工作任务 | 责任领导 | 责任单位\n1 | 推进医共体建设。 | 王某 | 县商务局(口岸办) 各相关乡镇政府\n2 | 推进供水一体化。 | 李某 | 县工商联 各相关乡镇政府';
    expect(read(text)).toEqual([
      [['县商务局(口岸办)'], ['各相关乡镇政府']],
      [['县工商联'], ['各相关乡镇政府']],
    ]);
  });

  it('cuts glued compound names whole: 党委办公室, 公安局交警支队, 编委办', () => {
    const text = '序号项目名称主要内容牵头单位配合单位1整治交通秩序开展道路交通专项整治行动。区公安局交警支队区党委办公室2精简机构编制完成机构改革任务。区编委办区人社局';
    expect(read(text)).toEqual([
      [['区公安局交警支队'], ['区党委办公室']],
      [['区编委办'], ['区人社局']],
    ]);
  });
});

describe('shared levels and subjects with rarer unit names', () => {
  it('gives the level of a unit with any end to the short names after it', () => {
    const [task] = parsePlanText('1.建成智慧停车平台。(市社科联、农委、科技局)\n2.改造背街小巷。(市住建局)').tasks;
    expect([task?.leads, task?.participants]).toEqual([['市社科联'], ['市农委', '市科技局']]);
  });

  it('reads a people\'s organisation or a unit with its short name as the subject of an item', () => {
    const tasks = parsePlanText('1、社科联要组织开展创卫理论宣讲活动。\n2、商务局(口岸办)负责做好农贸市场的整治工作。').tasks;
    expect(tasks.map((t) => t.leads)).toEqual([['社科联'], ['商务局(口岸办)']]);
  });
});
