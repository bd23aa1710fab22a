// Characters some offices and law databases print instead of the usual heading marks: ㈠–㈩ for (一)–(十), and
// two box-drawing rules (──) for the dash that opens an item's assignment line. Made-up content.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { foldPunctuation } from '../../shared/plan/text.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('㈠–㈩ and ── as printed heading marks', () => {
  it('reads ㈠ as (一) and a leading ── before text as ——, and leaves a drawn rule alone', () => {
    expect(foldPunctuation('㈢加强组织领导。')).toBe('(三)加强组织领导。');
    expect(foldPunctuation('──由区水利局牵头,区财政局配合。')).toBe('——由区水利局牵头,区财政局配合。');
    expect(foldPunctuation('──────────')).toBe('──────────');
    expect(foldPunctuation('├──┼──┤')).toBe('├──┼──┤');
  });

  it('reads ㈠ items as items, each with its own bracket', () => {
    const text = [
      '某县2026年河道治理工作方案',
      '一、重点任务',
      '㈠清理河道垃圾。全面清理县域主要河道沿岸垃圾。(县水利局牵头,各乡镇配合)',
      '㈡整治入河排污口。排查并整治沿河排污口。(县生态环境局牵头,县住建局配合)',
    ].join('\n');
    expect(read(text)).toEqual([
      ['清理河道垃圾', ['县水利局'], ['各乡镇']],
      ['整治入河排污口', ['县生态环境局'], ['县住建局']],
    ]);
  });

  it('reads a ── line under a numbered item as that item’s assignment', () => {
    const text = [
      '某区2026年民生工程任务分解',
      '一、民生工程',
      '1.新建社区养老服务站6个。',
      '──区民政局牵头,区财政局、各街道配合。',
      '2.改造老旧小区12个。',
      '──区住建局牵头,各街道配合。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['新建社区养老服务站6个', ['区民政局'], ['区财政局', '各街道']],
      ['改造老旧小区12个', ['区住建局'], ['各街道']],
    ]);
  });
});
