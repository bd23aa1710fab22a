// Shapes of issue 15 (brief H-fix10-mixed57): explicit lead wording the reader missed, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。;]/)[0] ?? '', t.leads, t.participants]);

describe('a requirement line that opens with the rule it follows, a place before the role label', () => {
  it('reads the units after the label as the item’s leads', () => {
    const text = [
      '1、东湖路北段沿街商铺门前杂物堆放。',
      '整改要求:由包保单位区城管局负责督促商户清理杂物。',
      '2、南门桥下河道漂浮垃圾较多。',
      '整改要求:按照先清理、后巡查的要求,由南门片区包保单位区水务局、区环卫所、区园林站负责对各自河段开展经常性清理,每周报区创卫办备案。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['东湖路北段沿街商铺门前杂物堆放', ['区城管局'], []],
      ['南门桥下河道漂浮垃圾较多', ['区水务局', '区环卫所', '区园林站'], []],
    ]);
  });
});
