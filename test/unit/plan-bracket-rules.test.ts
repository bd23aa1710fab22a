// Closing brackets from reposts (issue 15, layouts 5 and 6): a bare list followed in the same bracket by the
// document's rule that the first unit leads, with a state depot or a grain store among the units; `X牵头Y负责`
// with the comma after 牵头 left out; every 行政机关 as a group of units.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const first = (item: string) => parsePlanText(`一、重点工作\n1.${item}`).tasks[0];

describe('a bare list with the rule that the first listed unit leads', () => {
  it('reads the list, the depot included, with its first unit leading, also in traditional script', () => {
    const units = '(县发展改革局、县农业农村局、各乡镇人民政府、中储粮某某直属库。排名第一的为牵头单位,下同)';
    expect(first(`稳定粮食生产。${units}`)).toMatchObject({
      leads: ['县发展改革局'],
      participants: ['县农业农村局', '各乡镇人民政府', '中储粮某某直属库'],
      isLeadInferred: false,
    });
    expect(first('穩定糧食生產。(縣發展改革局、縣農業農村局、國家糧食儲備直屬庫。排名第一的為牽頭單位,下同)')).toMatchObject({
      leads: ['县发展改革局'],
      participants: ['县农业农村局', '国家粮食储备直属库'],
    });
  });
});

describe('X牵头 glued to the units that carry it out', () => {
  it('reads (X牵头各行政机关负责) as X leading and the group taking part', () => {
    expect(first('公开重大决策信息。(县政府办公室牵头各行政机关负责)')).toMatchObject({ leads: ['县政府办公室'], participants: ['各行政机关'] });
  });

  it('leaves 牵头 followed by work, not units, as it was read', () => {
    expect(first('公开重大决策信息。(县政府办公室牵头组织实施)')).toMatchObject({ leads: ['县政府办公室'], participants: [] });
  });
});
