// The plan's title from the top of the document: the line that names a kind of document, never a
// sentence of the notice (it ends in 。) nor an assignment naming 规划 inside a unit (市规划建设局配合。).
import { describe, expect, it } from 'vitest';
import { findTitle } from '../../shared/plan/metadata.js';

describe('plan title', () => {
  it('skips the notice sentence that quotes the plan and takes the plan line', () => {
    expect(findTitle(['经省政府同意,现将《某省“十四五”现代流通体系建设实施方案》印发给你们,请认真贯彻实施。', '某省“十四五”现代流通体系建设实施方案', '一、总体要求'])).toBe('某省“十四五”现代流通体系建设实施方案');
  });

  it('does not take an assignment or a label line for the title', () => {
    expect(findTitle(['市房管局牵头,市规划建设局配合。', '某市2008年住房保障工作方案'])).toBe('某市2008年住房保障工作方案');
    expect(findTitle(['某区教育局2025年重点工作任务分解表 文号:', '某区教育局2025年重点工作任务分解表'])).toBe('某区教育局2025年重点工作任务分解表');
  });
});
