// A progress report or project list that gives each item a small form: `一、关于《供水站提升项目》进展情况` /
// `(一)责任领导:张三` / `(二)年度目标:…` / `(三)完成情况:…`. The numbered fields describe the item above;
// read as tasks they turned one project into three tasks and left the project itself out.
import type { SourceLine } from './body.js';

const FORM_FIELD = /^(责任领导|分管领导|牵头领导|包抓领导|联系领导|责任人|年度目标|目标任务|建设内容|建设地点|建设规模|总投资|计划投资|完成情况|进展情况|推进情况|存在问题|下步打算|下一步打算|完成时限|时间节点)\s*[::]/;

type FieldNode = { code: string; rest: string; line: number; lines: SourceLine[]; children: FieldNode[] };

/** Folds an item's field children into the item's own lines, so the item is read as one task. */
export const foldFormFields = (nodes: FieldNode[]): void => {
  for (const node of nodes) {
    const fields = node.children;
    if (fields.length >= 2 && fields.every((c) => c.children.length === 0 && FORM_FIELD.test(c.rest.trim()))) {
      node.lines.push(...fields.flatMap((c) => [{ line: c.line, text: `${c.code}${c.rest}` }, ...c.lines.slice(1)]));
      node.children = [];
    } else foldFormFields(fields);
  }
};
