// The parts of a document around its tasks: title, 发文 metadata, salutation, section headings, the
// signature, page furniture — as real published pages print them (the corpus's own pages are the
// examples: the notice frame of 01/07/13, the site panels of 39/44, the page numbers of PDF reposts 78).
import type { Rng } from '../../../bench/rng.js';

const places = ['市', '区', '县'] as const;
const issuers = ['江北区', '临川县', '长宁市', '东湖区', '清河县', '南平市', '西城区', '安溪县', '青山市', '望城区'];
const topics = ['2023年政府工作报告重点任务分工', '优化营商环境行动方案', '2024年民生实事项目', '乡村振兴重点工作', '城市更新三年行动', '生态环境保护工作要点'];

export const cn = (n: number): string => {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n] ?? '';
  if (n < 20) return `十${d[n - 10] ?? ''}`;
  return `${d[Math.floor(n / 10)] ?? ''}十${d[n % 10] ?? ''}`;
};

export type Style = '一、' | '(一)' | '1.' | '(1)' | '①' | '一是';
export const styles: Style[] = ['一、', '(一)', '1.', '(1)', '①', '一是'];

/** The item's number as the style prints it (full-width brackets half the time, as pages vary). */
export const numbered = (rng: Rng, style: Style, n: number): string => {
  const wide = rng.next() < 0.5;
  switch (style) {
    case '一、':
      return `${cn(n)}、`;
    case '(一)':
      return wide ? `(${cn(n)})` : `(${cn(n)})`;
    case '1.':
      return rng.next() < 0.8 ? `${n}.` : `${n}、`;
    case '(1)':
      return wide ? `(${n})` : `(${n})`;
    case '①':
      return String.fromCodePoint(0x2460 + n - 1);
    case '一是':
      return `${cn(n)}是`;
  }
};

/** The heading level above an item style (a section heading that is not a task). */
export const headingStyle = (style: Style): Style | null =>
  ({ '一、': null, '(一)': '一、', '1.': '(一)', '(1)': '1.', '①': '(1)', '一是': '(一)' } as const)[style];

const sectionNames = ['推动经济高质量发展', '持续改善民生福祉', '加快城乡融合发展', '深化重点领域改革', '强化生态环境保护', '提升社会治理水平'];

export type Frame = { head: string[]; foot: string[]; issuer: string; place: string };

export const frame = (rng: Rng, extraRule?: string): Frame => {
  const issuer = rng.pick(issuers);
  const place = issuer.slice(-1);
  const year = 2015 + rng.int(10);
  const topic = rng.pick(topics);
  const abbr = `${issuer.slice(0, 2)}${place === '县' ? '政办' : '府办'}发`;
  const head = [
    `${issuer}人民政府办公室关于印发${issuer}${topic}的通知`,
    `${abbr}〔${year}〕${1 + rng.int(60)}号`,
    `各${place === '市' ? '县(市、区)人民政府' : '乡镇人民政府、街道办事处'},${place}政府各部门、各直属机构:`,
    `现将《${issuer}${topic}》印发给你们,请认真组织实施。${extraRule ?? ''}`,
    `${issuer}人民政府办公室`,
    `${year}年${1 + rng.int(12)}月${1 + rng.int(28)}日`,
    `${issuer}${topic}`,
  ];
  const foot = [`${issuer}人民政府办公室 ${year}年${1 + rng.int(12)}月${1 + rng.int(28)}日印发`];
  return { head, foot, issuer, place: places.includes(place as (typeof places)[number]) ? place : '区' };
};

export const sectionTitle = (rng: Rng, style: Style | null, n: number): string[] =>
  style === null ? [] : [`${numbered(rng, style, n)}${rng.pick(sectionNames)}`];

/**
 * Page furniture real reposts carry between lines: dash rules, site headers, 转载 notices, page numbers.
 * (`- 3 -` and `第3页 共9页` are what PDF-to-text reposts leave, as in corpus 78; `———` rules as in 24.)
 */
export const noiseLine = (rng: Rng, page: number): string =>
  rng.pick([
    '———————————————',
    '---',
    `- ${page} -`,
    `第${page}页 共9页`,
    '首页 > 政务公开 > 政府文件',
    '【字体:大 中 小】 打印本页 关闭窗口',
    '本文转载自政府门户网站,如有侵权请联系删除。',
    '来源:区政府办公室 发布时间:2023-05-12 浏览次数:1024',
  ]);

export const deadline = (rng: Rng): string => rng.pick(['2023年12月底前', '6月底前', '长期坚持', '持续推进', '2024年6月', '年底前完成']);
export const person = (rng: Rng): string => rng.pick(['张伟', '李明华', '王芳', '刘建国', '陈静', '杨帆']);
