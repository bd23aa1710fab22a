// The Word form (.docx) for a unit that prefers Word to Excel: the unit and period in the heading, one
// table row per task (序号, 工作任务, 牵头/参与, 进展情况, 存在问题, 下一步计划, 完成进度). Written by hand
// as WordprocessingML (three parts in a zip), the way the plan importer reads it by hand. Hidden text
// (w:vanish, which Word and WPS keep but do not show or print) carries the unit/period/plan and each
// row's task id, so the import can match rows exactly; without it, rows still match by 序号 and title.
import { zipSync, strToU8 } from 'fflate';
import { formatDay } from '../../shared/progress/deadline.js';
import type { SheetScope, SheetTask } from '../progress/sheet-scope.js';

export const WORD_FORM_COLUMNS = ['序号', '工作任务', '牵头/参与', '进展情况', '存在问题', '下一步计划', '完成进度(%)'] as const;
/** Column widths in twentieths of a point, summing to the landscape A4 text width. */
const WIDTHS = [700, 3600, 1100, 3600, 2000, 2000, 1100];

export const WORD_MARK = '督办识别信息';
export const WORD_TASK_MARK = '任务识别码';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const run = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const FONT = '<w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/>';
const paragraph = (runs: string, props = ''): string => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
const hidden = (text: string): string => paragraph(run(text, `<w:vanish/>${FONT}<w:sz w:val="16"/>`));

const cell = (width: number, body: string, shade = false): string =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade ? '<w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>' : ''}</w:tcPr>${body}</w:tc>`;

const textCell = (width: number, text: string, opts: { bold?: boolean; shade?: boolean; center?: boolean } = {}): string =>
  cell(
    width,
    text
      .split('\n')
      .map((line) => paragraph(run(line, `${FONT}${opts.bold ? '<w:b/>' : ''}<w:sz w:val="20"/>`), opts.center ? '<w:jc w:val="center"/>' : ''))
      .join(''),
    opts.shade,
  );

const roleText = (t: SheetTask): string => (t.role === 'lead' ? '牵头' : '参与');

const taskRow = (t: SheetTask): string => {
  const widths = WIDTHS;
  const seqCell = cell(widths[0] ?? 700, paragraph(run(t.code, `${FONT}<w:sz w:val="20"/>`), '<w:jc w:val="center"/>') + hidden(`${WORD_TASK_MARK}:${t.taskId}`), true);
  const percent = t.base.percent.trim();
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${seqCell}${textCell(widths[1] ?? 0, t.title, { shade: true })}${textCell(widths[2] ?? 0, roleText(t), { shade: true, center: true })}${textCell(widths[3] ?? 0, t.base.progress)}${textCell(widths[4] ?? 0, t.base.problems)}${textCell(widths[5] ?? 0, t.base.nextSteps)}${textCell(widths[6] ?? 0, percent, { center: true })}</w:tr>`;
};

const headerRow = (): string =>
  `<w:tr><w:trPr><w:tblHeader/></w:trPr>${WORD_FORM_COLUMNS.map((h, i) => textCell(WIDTHS[i] ?? 1000, h, { bold: true, shade: true, center: true })).join('')}</w:tr>`;

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');

const documentXml = (scope: SheetScope): string => {
  const heading = paragraph(run(`${scope.department.name}${scope.period.label}工作任务进展情况表`, `${FONT}<w:b/><w:sz w:val="32"/>`), '<w:jc w:val="center"/>');
  const sub = paragraph(
    run(`填报单位:${scope.department.name}    报告期:${scope.period.label}    报送截止:${formatDay(scope.period.due)}    规划:${scope.plan.title}`, `${FONT}<w:sz w:val="21"/>`),
  );
  const help = paragraph(
    run('请在表中填写进展情况、存在问题、下一步计划和完成进度(0 到 100 的整数);灰色各列不要修改。填好后保存为 .docx 文件交回办公室。', `${FONT}<w:sz w:val="18"/>`),
  );
  const identity = hidden(`${WORD_MARK}:${[scope.department.id, scope.period.id, scope.plan.id].join(';')}`);
  const table = `<w:tbl><w:tblPr><w:tblW w:w="${WIDTHS.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${headerRow()}${scope.tasks.map(taskRow).join('')}</w:tbl>`;
  const section = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${heading}${sub}${help}${identity}${table}${paragraph('')}${section}</w:body></w:document>`;
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export const wordFormFileName = (scope: Pick<SheetScope, 'department' | 'period'>): string => `${scope.department.name}-${scope.period.label}-填报表.docx`;

export const writeWordForm = (scope: SheetScope): Buffer =>
  Buffer.from(
    zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(documentXml(scope)) }, { level: 6 }),
  );
