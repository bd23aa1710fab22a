// Shapes of the held-out shelf's batches heldout40/41 (branch fix44), each written with made-up content in the
// shape the page had.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a page of unnumbered task paragraphs with no outline, each opening with a title sentence and closing with a bracket', () => {
  const paragraphs = [
    '  安阳县推进农业现代化三年行动方案',
    '',
    '  为加快农业现代化步伐,推动乡村全面振兴,结合本县实际,制定本方案。',
    '',
    '  提升粮食综合生产能力。新建高标准农田5万亩,推广良种良法,完善农田水利设施,到2026年粮食总产稳定在40万吨以上。(县农业农村局牵头负责,县水利局配合)',
    '',
    '  壮大农产品加工产业。培育省级农业产业化龙头企业,建设农产品加工园区,延长产业链条,提升产品附加值。(县工业和信息化局牵头负责,县商务局、县市场监管局配合)',
    '',
    '  完善农村物流体系。建设县乡村三级物流配送网络,推动快递进村,支持冷链仓储设施建设,降低农产品流通成',
  ];

  it('reads each paragraph as a task, titled by its opening sentence, the cut last paragraph too', () => {
    expect(read(paragraphs.join('\n'))).toEqual([
      ['提升粮食综合生产能力', ['县农业农村局'], ['县水利局']],
      ['壮大农产品加工产业', ['县工业和信息化局'], ['县商务局', '县市场监管局']],
      ['完善农村物流体系', [], []],
    ]);
  });

  it('reads nothing when only one paragraph closes with a bracket and no cut paragraph follows', () => {
    const one = [...paragraphs.slice(0, 6), '  以上措施由各单位认真抓好落实,确保取得实效。'].join('\n');
    expect(read(one).filter((t) => t[0].startsWith('提升'))).toEqual([]);
  });
});

describe('units named once after a numbered list, in order, by a line 以上…分别转交A、B、C', () => {
  const items = [
    '群众来信摘编',
    '1、城东街道居民反映,小区路灯长期不亮。希望维修。',
    '2、市民反映,滨河路段井盖缺失。希望处理。',
    '3、河口村村民反映,灌溉渠堵塞。请求疏通。',
  ];

  it('gives each item the unit of its place in the list, as an inferred lead', () => {
    const text = [...items, '以上来信,市信访局已分别转交城东街道办事处、市城市管理局、县水利局,要求限期办理。', '本周受理来信120件。'].join('\n');
    expect(read(text).map((t) => t[1])).toEqual([['城东街道办事处'], ['市城市管理局'], ['县水利局']]);
    expect(parsePlanText(text).tasks.every((t) => t.isLeadInferred)).toBe(true);
  });

  it('gives nothing when the list counts fewer units than items', () => {
    const text = [...items, '以上来信,市信访局已分别转交市城市管理局、县水利局,要求限期办理。'].join('\n');
    expect(read(text).map((t) => t[1])).toEqual([[], [], []]);
  });
});
