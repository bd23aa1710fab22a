import { describe, expect, it } from 'vitest';
import { splitDepartmentNames } from '../../shared/plan/department-names.js';
import { parseResponsibility, startsWithResponsibility } from '../../shared/plan/responsibility.js';

describe('parseResponsibility', () => {
  it('reads the common 牵头部门/参与部门 form', () => {
    expect(parseResponsibility('牵头部门:市商务局;参与部门:市市场监管局、湛江海关。')).toEqual({
      leads: ['市商务局'],
      participants: ['市市场监管局', '湛江海关'],
      isLeadInferred: false,
    });
  });

  it('reads a colon where the semicolon belongs', () => {
    const r = parseResponsibility('牵头部门:市财政局:参与部门:市发展和改革局、市委军民融合办。');
    expect(r.leads).toEqual(['市财政局']);
    expect(r.participants).toEqual(['市发展和改革局', '市委军民融合办']);
  });

  it('reads a lead with no participants', () => {
    expect(parseResponsibility('牵头部门:市市场监管局。')).toEqual({ leads: ['市市场监管局'], participants: [], isLeadInferred: false });
  });

  it('takes the first unit of a bare 责任单位 list as lead and says it was inferred', () => {
    const r = parseResponsibility('(责任单位:标准化处、省标质院、各市州局)');
    expect(r).toEqual({ leads: ['标准化处'], participants: ['省标质院', '各市州局'], isLeadInferred: true });
  });

  it('reads half-width punctuation, spaced labels, several leads and synonyms', () => {
    const r = parseResponsibility('牵 头 单 位:市质监局,各县区政府; 配合单位:市公安局等');
    expect(r.leads).toEqual(['市质监局', '各县区政府']);
    expect(r.participants).toEqual(['市公安局']);
  });

  it('does not take content that merely mentions 牵头部门 as a responsibility cell', () => {
    expect(startsWithResponsibility('积极参与上级牵头部门建立覆盖全省的信息平台')).toBe(false);
    expect(startsWithResponsibility('牵头部门:市教育局:参与部门:团市委。')).toBe(true);
  });
});

describe('splitDepartmentNames', () => {
  it('keeps names whose brackets contain 、 in one piece', () => {
    expect(splitDepartmentNames('各县(市、区)人民政府、市财政局')).toEqual(['各县(市、区)人民政府', '市财政局']);
  });

  it('keeps 各县、市、区政府 as one unit', () => {
    expect(splitDepartmentNames('市农业农村局、各县、市、区政府')).toEqual(['市农业农村局', '各县、市、区政府']);
  });
});
