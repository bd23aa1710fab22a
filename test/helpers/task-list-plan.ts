// A made-up town plan in the shape of a real 分工, whose task list the reader gets wrong twice: a stray task
// before the first heading (left among the unplaced lines) and a closing remark numbered as an item (read
// as a task). The import preview's 不是任务 / 作为任务 are tested on it, in the API and in Chromium.
export const TASK_LIST_PLAN = [
  '某镇2026年河湖长制工作任务分工',
  '为落实河湖长制,制定本分工。',
  '推进河道清淤疏浚,由镇水务站牵头,镇财政所、镇农业服务中心配合。',
  '一、重点任务',
  '1.开展河湖“清四乱”行动。(牵头单位:镇水务站;配合单位:镇综合执法队)',
  '2.本分工由镇水务站负责解释。',
  '3.加强入河排污口监管。(牵头单位:镇生态环境办;配合单位:镇农业服务中心)',
].join('\n');
