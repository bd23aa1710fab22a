// A made-up county news report whose paragraphs each open with the unit that does the work, with no numbering and
// no labels: the page shape of the importer's last resort (shared/plan/unit-led-pieces.ts), for its unit test and
// its walk through the preview.
export const UNIT_LED_NEWS = [
  '中考临近 我县各部门全力做好服务保障',
  '本报讯 6月10日,记者从县教育局获悉,为确保中考顺利进行,我县各有关部门已做好各项准备。',
  '县交警大队承担考点周边交通疏导任务,在考试期间对考点周边道路实行临时交通管制。',
  '县市场监管局已对考点周边餐饮单位开展食品安全检查,严防食物中毒事件。',
  '县卫健局、县疾控中心安排医护人员进驻各考点,做好突发疾病的应急处置。',
  '县供电公司制定了考试期间保电方案,安排专人值守。',
].join('\n');
