// A town named in a responsibility wording is a unit (issue 15, layout 2): `县建发公司牵头,住建局、江南镇配合`
// lost its whole clause because 江南镇 did not read as a unit. Words that merely end in 镇 stay words.
import { describe, expect, it } from 'vitest';
import { parseLeadVerbForm } from '../../shared/plan/lead-verbs.js';
import { isTownName } from '../../shared/plan/unit-names.js';

describe('towns in a responsibility wording', () => {
  it('reads 江南镇 and 凤城镇 as units of X牵头,A、B配合', () => {
    expect(parseLeadVerbForm('县建发公司牵头,住建局、江南镇配合')).toMatchObject({ leads: ['县建发公司'], participants: ['住建局', '江南镇'] });
    expect(parseLeadVerbForm('凤城镇牵头,县住建局配合')).toMatchObject({ leads: ['凤城镇'], participants: ['县住建局'] });
  });

  it('reads a town in 由X会同Y负责 (all co-leads)', () => {
    expect(parseLeadVerbForm('由县城投公司会同住建局、凤城镇负责')).toMatchObject({ leads: ['县城投公司', '住建局', '凤城镇'], participants: [], isLeadInferred: false });
  });

  it('does not take words ending in 镇 or 乡 for towns', () => {
    expect(['美丽城镇', '新型城镇', '特色小镇', '小城镇', '重点镇', '城乡', '返乡', '下乡'].filter(isTownName)).toEqual([]);
  });
});
