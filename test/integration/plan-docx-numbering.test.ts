// A plan typed in Word as an automatically numbered list: the numbers ("一、", "1.", "(1)") are not in
// the paragraphs' text, only in word/numbering.xml, as Word saves such a document. The importer draws
// them as Word does, so the tasks are found and numbered as the office sees them on paper.
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { numberingCounter, readNumberingXml } from '../../shared/plan/docx-numbering.js';
import { base64 } from '../helpers/plan-files.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A paragraph in list `numId` at level `ilvl`, as Word writes it (the number is in the properties only). */
const item = (numId: number, ilvl: number, text: string): string =>
  `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`;
const plain = (text: string): string => `<w:p><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`;

const level = (ilvl: number, format: string, text: string, start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/></w:lvl>`;

// Level 0 "一、" (chineseCounting), level 1 "1." (decimal), level 2 "(1)"; list 2 restarts list 1's
// definition at 1 for a second table of tasks; list 3 is bullets.
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'decimal', '%2.')}${level(2, 'decimal', '(%3)')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '●')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** A heading style numbered by list 1 at level 0, and a style based on it, as Word's 标题 1 is. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="篇章"/><w:basedOn w:val="1"/></w:style>
</w:styles>`;
const styled = (style: string, text: string): string => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`;

const docx = (paragraphs: string[]): Uint8Array =>
  zipSync({
    'word/styles.xml': strToU8(STYLES),
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`),
    'word/numbering.xml': strToU8(NUMBERING),
  });

let temp: TempBackend | undefined;
afterEach(() => {
  temp?.cleanup();
  temp = undefined;
});

describe('a Word document numbered by Word', () => {
  it('finds the tasks and their numbers, sections from the first level, bullets left as text', async () => {
    temp = makeTempBackend({ withDemo: false });
    const file = docx([
      plain('某县2024年重点工作任务分解方案'),
      item(1, 0, '经济发展'),
      item(1, 1, '新建口袋公园5个。'),
      plain('牵头单位:县园林局'),
      plain('责任单位:各街道'),
      item(1, 1, '改造绿道10公里。(牵头单位:县园林局;责任单位:县交通局、各街道)'),
      item(1, 0, '社会民生'),
      item(1, 1, '新建学校3所。(牵头单位:县教育局;责任单位:县住建局)'),
      item(1, 2, '新建小学2所;'),
      item(1, 2, '新建初中1所。'),
      item(3, 0, '资金由县财政统筹。'),
    ]);
    const preview = await temp.backend['plans.preview']({ fileName: '任务分解.docx', contentBase64: base64(file) });
    const tasks = preview.plan.tasks.map((t) => [t.path, t.title, t.leads, t.participants]);
    expect(tasks.slice(0, 3)).toEqual([
      ['1/1', '新建口袋公园5个', ['县园林局'], ['各街道']],
      ['1/2', '改造绿道10公里', ['县园林局'], ['县交通局', '各街道']],
      ['2/1', '新建学校3所', ['县教育局'], ['县住建局']],
    ]);
    // The numbers restart under each new item of the level above, as Word draws them: 2. under 二、 is 1.
    expect((preview.plan.sections ?? []).map((s) => s.title)).toEqual(expect.arrayContaining(['经济发展', '社会民生']));
    expect(JSON.stringify(preview.plan)).not.toContain('●');
  });

  it('numbers a paragraph by its style (a numbered heading style, or one based on it)', async () => {
    temp = makeTempBackend({ withDemo: false });
    const file = docx([
      plain('某县2024年重点工作任务分解方案'),
      styled('1', '经济发展'),
      item(1, 1, '新建口袋公园5个。(牵头单位:县园林局)'),
      styled('Section', '社会民生'),
      item(1, 1, '新建学校3所。(牵头单位:县教育局)'),
    ]);
    const preview = await temp.backend['plans.preview']({ fileName: '任务分解.docx', contentBase64: base64(file) });
    expect(preview.plan.tasks.map((t) => [t.path, t.title, t.section])).toEqual([
      ['1/1', '新建口袋公园5个', '经济发展'],
      ['2/1', '新建学校3所', '社会民生'],
    ]);
  });

  it('draws numbers as Word does: Chinese counting past ten, restarts under a new parent, a start override', () => {
    const numbering = readNumberingXml(
      NUMBERING.replace('</w:numbering>', '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="11"/></w:lvlOverride></w:num></w:numbering>'),
    );
    const draw = numberingCounter(numbering);
    const firsts = Array.from({ length: 12 }, () => draw('1', 0));
    expect(firsts.slice(8)).toEqual(['九、', '十、', '十一、', '十二、']);
    expect([draw('1', 1), draw('1', 1), draw('1', 2), draw('1', 0), draw('1', 1)]).toEqual(['1.', '2.', '(1)', '十三、', '1.']);
    expect(draw('3', 0)).toBeNull();
    expect(draw('9', 0)).toBeNull();
    expect(numberingCounter(numbering)('2', 0)).toBe('十一、');
  });
});
