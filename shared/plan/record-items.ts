// A report printed as records: `01 项目名称:提升县域生态环境` / `项目内容:…` / `责任单位:` / `水务局、城管局` /
// `进展与成效:…`, the number sometimes alone on its line and the name on the line after its label. The
// record's number and name are the item; its other fields are the item's text. Made into `1.名称` lines
// for the body reader, when at least two records stand so.
import type { SourceLine } from './body.js';

const NAME_LABEL = /^(?:(0?\d{1,2})\s*)?(?:项目|任务|事项|工作|实事|民生实事)名称\s*[::]?\s*(.*)$/;
const NUMBER_ALONE = /^0?\d{1,2}$/;

export const numberRecordItems = (lines: SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  let records = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text.trim();
    // `03` alone, its name label on the next line.
    const numberAlone = NUMBER_ALONE.test(text) && NAME_LABEL.test(lines[i + 1]?.text.trim() ?? '') ? text : null;
    const head = NAME_LABEL.exec(numberAlone !== null ? (lines[i + 1]?.text.trim() ?? '') : text);
    const number = numberAlone ?? head?.[1];
    if (!head || number === undefined) {
      out.push(line);
      continue;
    }
    let at = numberAlone !== null ? i + 1 : i;
    let name = (head[2] ?? '').trim();
    // The name on the line after its label.
    if (name === '' && (lines[at + 1]?.text.trim() ?? '') !== '') {
      at += 1;
      name = lines[at]?.text.trim() ?? '';
    }
    out.push({ line: line.line, text: `${Number(number)}.${name}` });
    records += 1;
    i = at;
  }
  return records >= 2 ? out : lines;
};
