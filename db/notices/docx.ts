// A notice as .docx, written by hand as WordprocessingML (three parts in a zip), as the Word fill-in form
// is (db/adoption/docx-form.ts): A4 portrait, the office's name in red at the head, 文号, the unit, the
// tasks in a table, the reply-by date, the office's name and date at the foot.
import { strToU8, zipSync } from 'fflate';
import { noticeTaskSituation, type IssuedNotice } from '../../shared/notices/types.js';
import { formatDay } from '../../shared/progress/deadline.js';
import { safeFileName } from '../../shared/desktop/save-file.js';
import { noticeClosing, noticeOpening, noticeTitle } from '../../shared/notices/wording.js';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const SONG = '<w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/>';
const HEI = '<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/>';
const run = (text: string, props: string): string => `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const para = (text: string, runProps: string, paraProps = ''): string => `<w:p>${paraProps ? `<w:pPr>${paraProps}</w:pPr>` : ''}${run(text, runProps)}</w:p>`;

const WIDTHS = [800, 4300, 1900, 2300];
const HEADERS = ['序号', '工作任务', '完成时限', '情形'];
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');

const cell = (width: number, text: string, bold = false, center = false): string =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${para(text, `${bold ? HEI : SONG}<w:sz w:val="21"/>`, center ? '<w:jc w:val="center"/>' : '')}</w:tc>`;

const table = (n: IssuedNotice): string => {
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${HEADERS.map((h, i) => cell(WIDTHS[i] ?? 1000, h, true, true)).join('')}</w:tr>`;
  const rows = n.tasks
    .map(
      (t) =>
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(WIDTHS[0] ?? 0, t.code, false, true)}${cell(WIDTHS[1] ?? 0, t.title)}${cell(
          WIDTHS[2] ?? 0,
          t.deadlineText || (t.deadline ? formatDay(t.deadline) : '—'),
        )}${cell(WIDTHS[3] ?? 0, noticeTaskSituation(t, n.periodLabel))}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${WIDTHS.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${header}${rows}</w:tbl>`;
};

const documentXml = (n: IssuedNotice): string => {
  const body = [
    para(n.officeName, `${HEI}<w:b/><w:color w:val="C00000"/><w:sz w:val="44"/>`, '<w:jc w:val="center"/><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="C00000"/></w:pBdr>'),
    para(n.docNumber, `${SONG}<w:sz w:val="24"/>`, '<w:jc w:val="center"/><w:spacing w:before="120" w:after="120"/>'),
    para(noticeTitle, `${HEI}<w:b/><w:sz w:val="36"/>`, '<w:jc w:val="center"/><w:spacing w:after="240"/>'),
    para(`${n.departmentName}:`, `${SONG}<w:sz w:val="24"/>`),
    para(noticeOpening(n), `${SONG}<w:sz w:val="24"/>`, '<w:ind w:firstLine="480"/><w:spacing w:line="400" w:lineRule="auto"/>'),
    table(n),
    para(noticeClosing(n), `${SONG}<w:sz w:val="24"/>`, '<w:ind w:firstLine="480"/><w:spacing w:before="240" w:line="400" w:lineRule="auto"/>'),
    para(n.officeName, `${SONG}<w:sz w:val="24"/>`, '<w:jc w:val="right"/><w:spacing w:before="480"/>'),
    para(formatDay(n.issuedOn), `${SONG}<w:sz w:val="24"/>`, '<w:jc w:val="right"/>'),
  ].join('');
  const section = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}${section}</w:body></w:document>`;
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const docxParts = (n: IssuedNotice): Record<string, Uint8Array> => ({
  '[Content_Types].xml': strToU8(CONTENT_TYPES),
  '_rels/.rels': strToU8(RELS),
  'word/document.xml': strToU8(documentXml(n)),
});

export const noticeFileName = (n: IssuedNotice, ext: 'docx' | 'pdf'): string => safeFileName(`催办通知单-${n.departmentName}-${n.docNumber}.${ext}`, '催办通知单');

export const writeNoticeDocx = (n: IssuedNotice): Buffer => Buffer.from(zipSync(docxParts(n), { level: 6 }));

/** A batch: one folder in a zip, one .docx per unit, so the office unpacks it into one folder to print or send. */
export const writeNoticeFolderZip = (folder: string, notices: IssuedNotice[]): Buffer => {
  const entries: Record<string, Uint8Array> = {};
  for (const n of notices) entries[`${folder}/${noticeFileName(n, 'docx')}`] = new Uint8Array(writeNoticeDocx(n));
  return Buffer.from(zipSync(entries, { level: 0 }));
};
