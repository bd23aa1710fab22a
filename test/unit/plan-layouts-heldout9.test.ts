// Layouts the ninth held-out batch of task documents (341-346 of the real-document corpus, issue 15,
// brief H-heldout9) showed when scored before any change: general rules, each in a small made-up
// document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma, leads and participants. */
const rows = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title.split(/[,,]/)[0] ?? '', t.leads, t.participants]);

describe("a preview that joins a PDF's lines with a space and prints each new line's first character twice", () => {
  const preview = [
    '某区关于推进养老服务体系建设的工作方案',
    '1 / 3 一、工作目标 到年底前建成 社社区养老服务中心五个,完善居家 养养老服务网络,让老年人 就就近享受助餐、助浴、日间照料 等等服务。 二、重点任务 1、新建区 级级养老服务指导中心 责任单位:区民 政政局 具体责任人 : * 区民政局局长 2、改造提升街道敬老院三所 责任单位:区卫 健健委 具体责任人 : * 分管副局长',
  ].join('\n');

  it('undoes the doubling, so a unit split over the break is one name again', () => {
    expect(rows(preview)).toEqual([
      ['新建区级养老服务指导中心', ['区民政局'], []],
      ['改造提升街道敬老院三所', ['区卫健委'], []],
    ]);
  });

  it('leaves a page alone whose spaces between characters are not such breaks', () => {
    const spaced = ['主 要 工 作 任 务', '1.开展 人人讲卫生 活动。(区卫健委负责)', '2.建设 社区 书屋 五个。(区文旅局负责)'].join('\n');
    expect(parsePlanText(spaced).tasks.map((t) => t.title)).toEqual(['开展 人人讲卫生 活动', '建设 社区 书屋 五个']);
  });
});
