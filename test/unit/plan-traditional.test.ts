// A traditional-script page (a government site's 繁體 mirror, or a repost of one) reads as its simplified
// original: labels, units and indicator tables are found, the preview says the page was folded, and a
// simplified page with a stray traditional character in a name is left exactly as it is.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { foldTraditionalLine, isTraditionalText, toSimplified } from '../../shared/plan/script-fold.js';
import { standards, traditionalTotals } from '../corpus/traditional.js';

const PAGE = [
  '某縣人民政府辦公室關於印發優化營商環境重點任務分工方案的通知',
  '一、深化「放管服」改革',
  '1.推進政務服務「一網通辦」,年底前實現高頻事項全程網上辦理。',
  '牽頭單位:縣政務服務中心',
  '配合單位:縣發展改革局、縣財政局',
  '2.開展涉企收費專項清理,公佈收費目錄清單。(縣市場監管局牽頭,縣稅務局、各鄉鎮配合)',
].join('\n');

describe('a traditional-script page', () => {
  it('reads its tasks, leads and participants as the simplified original', () => {
    const plan = parsePlanText(PAGE);
    expect(plan.notes).toContain('原文为繁体字,已按简体字读取和显示。');
    expect(plan.tasks.map((t) => [t.title.slice(0, 8), t.leads, t.participants])).toEqual([
      ['推进政务服务“一', ['县政务服务中心'], ['县发展改革局', '县财政局']],
      ['开展涉企收费专项', ['县市场监管局'], ['县税务局', '各乡镇']],
    ]);
  });

  it('reads an indicator table printed in traditional characters', () => {
    const plan = parsePlanText(
      ['某市「十四五」衛生健康規劃', '主要指標', '指標 | 單位 | 2020年 | 2025年 | 屬性 |', '每千人口執業(助理)醫師數 | 人 | 2.9 | 3.4 | 預期性 |', '孕產婦死亡率 | /10萬 | 9.8 | ≤9.5 | 約束性 |'].join('\n'),
    );
    expect(plan.indicators?.map((i) => [i.name, i.unit, i.target.text, i.attribute])).toEqual([
      ['每千人口执业(助理)医师数', '人', '3.4', 'expected'],
      ['孕产妇死亡率', '/10万', '≤9.5', 'binding'],
    ]);
  });

  it('leaves a simplified page alone, even with a traditional character in a name', () => {
    const text = ['某区2024年重点工作任务分工', '1.建设體育公园一座。(牵头单位:区文体局)', '2.显著提升乾坤湾景区服务水平。(牵头单位:区文旅局)'].join('\n');
    expect(isTraditionalText(text.split('\n'))).toBe(false);
    const plan = parsePlanText(text);
    expect(plan.notes ?? []).not.toContain('原文为繁体字,已按简体字读取和显示。');
    expect(plan.tasks.map((t) => t.title)).toEqual(['建设體育公园一座', '显著提升乾坤湾景区服务水平']);
  });

  it('never folds a character that is also simplified (著, 乾), except 著 in words that are 着 (着力, 随着)', () => {
    expect(toSimplified('顯著乾坤發展')).toBe('显著乾坤发展');
    expect(foldTraditionalLine('著力推進,隨著發展,顯著提升,本著「節約」原則')).toBe('着力推进,随着发展,显著提升,本着“节约”原则');
  });
});

// The whole corpus converted by an independent converter (OpenCC; Taiwan and Hong Kong standards) reads
// within about a point of the corpus as stored (test/corpus/traditional.ts prints the figures).
describe('the corpus as traditional mirrors print it', () => {
  for (const [name, convert] of Object.entries(standards)) {
    it(`reads the ${name} conversion nearly as well as the original`, () => {
      const t = traditionalTotals(convert);
      expect(t.taskRecall).toBeGreaterThanOrEqual(0.99);
      expect(t.taskPrecision).toBeGreaterThanOrEqual(0.985);
      expect(t.exactLeads).toBeGreaterThanOrEqual(0.99);
      expect(t.exactParticipants).toBeGreaterThanOrEqual(0.985);
      // Indicators within 1.5 points of the corpus as stored (which holds held-out misses of its own, 221's).
      const stored = traditionalTotals((text) => text);
      expect(t.indicatorRecall).toBeGreaterThanOrEqual(stored.indicatorRecall - 0.015);
      expect(t.indicatorTargets).toBeGreaterThanOrEqual(stored.indicatorTargets - 0.015);
    }, 60_000);
  }
});
