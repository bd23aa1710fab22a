// The plan's issuer as the preview shows it (发文机关): read from the title line when the page has no
// signature, without the page furniture a reposting site puts in front of it.
import { describe, expect, it } from 'vitest';
import { findIssuerAndDate } from '../../shared/plan/metadata.js';

describe('the issuer read from a title line', () => {
  it('leaves out a page number or site label in Latin letters before the issuing body', () => {
    const lines = ['Page 6 - 某某自治区人民政府关于印发某某规划的通知', '各盟行政公署:', '现将《某某规划》印发给你们。'];
    expect(findIssuerAndDate(lines).issuer).toBe('某某自治区人民政府');
  });

  it('keeps a body whose name starts the line', () => {
    expect(findIssuerAndDate(['某县人民政府办公室关于印发重点工作分工的通知']).issuer).toBe('某县人民政府办公室');
  });
});
