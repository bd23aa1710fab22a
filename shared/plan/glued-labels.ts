// A label glued to the next label with no break (`责任单位:甲镇任务目标:2025年完成…`, a form's paragraphs run together):
// the next label word ends the unit list. Only the words that head a form's own fields of work (goal, content, measures,
// schedule, funds) are such labels; read by responsibility.ts's list reader beside its other-field words.

const CONTENT_FIELD_WORD =
  '(?:任务目标|目标任务|工作目标|年度目标|建设目标|建设内容|建设规模|建设任务|主要内容|工作内容|任务内容|项目内容|实施内容|具体任务|工作任务|主要任务|推进措施|工作措施|主要措施|进度安排|时间安排|资金来源|总投资|计划投资|投资规模|备注)';

/** From a glued content-field label to the end of the list's text. */
export const GLUED_CONTENT_FIELD = new RegExp(`${CONTENT_FIELD_WORD}\\s*[::].*$`);
