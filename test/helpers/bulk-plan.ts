// A made-up county plan in a real 分工's shape whose units the reader cannot get right on its own: the first
// section's tasks name no unit (the office knows they all fall to one bureau), and the second's list several
// units with no lead word, which the reader reads as "the first leads" while this county means them to lead
// together. The import preview's bulk corrections are tested on it, in the API and in Chromium.
export const BULK_PLAN = [
  '某县2026年民生实事任务分工',
  '一、教育卫生',
  '1.新建公办幼儿园3所。',
  '2.改造乡镇卫生院5所。',
  '3.培训乡村医生200人次。',
  '二、城乡建设',
  '4.改造老旧小区12个。责任单位:县住建局、县财政局',
  '5.新建农村公路30公里。责任单位:县交通运输局、县财政局、各乡镇',
  '6.做好实事项目的宣传。责任单位:县委宣传部、县融媒体中心',
].join('\n');
