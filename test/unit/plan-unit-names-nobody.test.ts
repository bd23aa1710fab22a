// namesNobody (unit-names.ts): a group that names no unit in particular (`各单位`, `有关部门`, `各成员单位`), which
// the subject, verb and fallback readers never take for a unit. Made-up names.
import { describe, expect, it } from 'vitest';
import { namesNobody } from '../../shared/plan/unit-names.js';

describe('namesNobody', () => {
  it('holds for a bare kind of body, with any run of 各/有关/相关/其他/其余 and one qualifier', () => {
    const groups = ['部门', '单位', '机关', '机构', '方面', '各单位', '各部门', '有关部门', '相关单位', '其他部门', '其它单位', '其余单位', '各有关部门', '各相关单位', '有关方面', '相关方面', '各成员单位', '成员单位', '职能部门', '责任单位', '各职能部门', '其他有关单位', '各直属单位', '有关直属机构'];
    expect(groups.filter((n) => !namesNobody(n))).toEqual([]);
  });

  it('holds after a level’s prefix (`市直各部门`, `省级有关单位`, `县政府各部门`)', () => {
    expect(['市直各部门', '省直有关部门', '省级有关单位', '区直各单位', '县政府各部门', '州级各机关', '市直单位'].filter((n) => !namesNobody(n))).toEqual([]);
  });

  it('holds for a pair of kinds (`有关部门和单位`, `各相关单位及部门`)', () => {
    expect(['有关部门和单位', '各有关部门和单位', '相关单位和部门', '各相关单位及部门'].filter((n) => !namesNobody(n))).toEqual([]);
  });

  it('holds in traditional script', () => {
    expect(['各單位', '有關部門', '相關單位', '各成員單位', '其餘部門', '職能部門', '縣直各機關', '區政府各部門'].filter((n) => !namesNobody(n))).toEqual([]);
  });

  it('does not hold for a named unit, a group of places or a kind of body below a level', () => {
    const named = ['市教育局', '县财政局', '区住建局', '各乡镇', '各街道', '各县区', '各村', '市直机关工委', '有关部门负责人', '各成员单位联络员', '教育部门', '公安部门', '市政府办公室', '县政府', '各级政府', '领导小组', '会议', '市人民政府'];
    expect(named.filter((n) => namesNobody(n))).toEqual([]);
  });
});
