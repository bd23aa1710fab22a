// Headings that name no work: a plan's own chapters (指导思想, 保障措施 …) and a report's or notice's
// headings (总体情况, 存在的问题, 工作机构 …).

/** Chapters that describe rather than assign work. */
const NON_TASK = /回顾|发展基础|现实基础|工作基础|基本情况|发展环境|面临的?形势|形势分析|机遇|挑战|指导思想|指導思想|基本原则|基本原則|总体要求|總體要求|总体目标|總體目標|主要目标|主要目標|发展目标|工作目标|工作目標|总体思路|保障措施|保障機制|保障机制|组织保障|组织实施|组织领导|組織保障|組織實施|組織領導|工作要求|实施步骤|實施步驟|附则|附則|编制说明|名词解释/;

/**
 * A chapter word that is the object of a task's own verb (`5、制定年度总体目标,细化年度计划任务…`) names work
 * to do, not a chapter: `加强组织领导` and `2020年工作回顾` stay chapters.
 */
const TASK_VERB = /制定|制订|编制|建立|研究|开展|推进|实施|修订|出台|完成|细化|分解|起草|召开|举办/;
/** `组织实施林业生态补偿工作`: the chapter word is a verb with its object after it, work to do. */
const VERB_WITH_OBJECT = /^(?:组织实施|組織實施)(?![与和及、]|保障|要求|步骤)[\u4e00-\u9fff]{2}/;
export const isChapter = (title: string): boolean => {
  const m = NON_TASK.exec(title);
  if (m === null || VERB_WITH_OBJECT.test(title.slice(m.index))) return false;
  return !TASK_VERB.test(title.slice(0, m.index).split(/[,,;;。]/).pop() ?? '');
};

/**
 * A report's own headings (`一、总体情况`, `二、存在的问题`, `三、下一步工作打算`), a plan's `行动目标` and the
 * headings over who sits on its 指挥部 (`工作机构`, `职责分工`, `组织架构及职责`): whole
 * titles only, since a task may well be `整改巡察反馈存在的问题`. A chapter of goals is named for them (`宣讲目标`,
 * `建设目标`), its items are goals, not work.
 */
export const NON_TASK_TITLE = /^(总体情况|总体进展|基本情况|存在的?(主要)?问题|主要问题|问题和不足|下一步(工作)?(打算|计划|安排|措施|工作)?|行动目标|工作成效|主要成效|主要做法|进展情况|工作开展情况|工作进展情况|(工作|组织|組織)(机构|機構|架构|架構)([及和与]?(职责|職責)(分工)?)?|职责分工|職責分工|工作职责|出台背景|起草背景|制定背景|起草过程|制定过程|形成过程|制定依据|起草依据|具体要求|(政策)?主要内容|督查(目的|时间|方式|安排|重点内容|范围|对象)|督查時間|有关要求|[\u4e00-\u9fa5]{2,4}目标)$/;

/**
 * An event plan's facts before its duties (`一、时间、地点`, `二、活动主题:…`, `三、主办、承办单位`): they say when,
 * what and who hosts, not what to do, even when a `主办单位:X` line sits under them.
 */
export const EVENT_FACT_TITLE = /^(时间[、和及与]?地点|(活动|宣传|演出|巡演)(时间|地点|对象|形式|规模)([、和及与](时间|地点|对象|形式|规模))*|(主办|承办|协办)([、和及与]?(主办|承办|协办))*单位|参加(人员|对象|范围))[::]?$|^(活动|宣传|演出|巡演)?主题\s*[::]/;

/**
 * A numbered line that is only a document's title (`1.《烟花爆竹安全管理条例》(国务院令第455号)`, `3.市公安局“三定”规定`):
 * the list of what a duty table rests on (相关依据), not work.
 */
export const REFERENCE_TITLE = /^《[^》]{2,80}》(?:[((][^()()]{1,30}[))])?[。.;;]?$|^[\u4e00-\u9fff]{2,20}“三定”(?:规定|方案)[。.]?$/;
