// `文化部门`, `公安部门`, `财政部门`: a line of government work and 部门 name the department that does it, as
// national and provincial documents write for every level below them. Short as they are, they are units, not
// the field words of the same length (`主管部门`, `实施单位`, `责任部门`) that unit-first.ts turns away.

const SECTORS = [
  '公安', '财政', '文化', '商务', '宣传', '组织', '教育', '卫生', '卫健', '卫计', '计生', '民政', '人社', '人事', '劳动',
  '劳动保障', '环保', '生态环境', '交通', '交通运输', '水利', '水务', '农业', '农业农村', '农牧', '畜牧', '渔业', '水产',
  '林业', '林草', '国土', '自然资源', '住建', '建设', '城建', '房管', '住房', '规划', '城管', '城管执法', '工商',
  '工商行政管理', '税务', '质监', '质量技术监督', '市场监管', '食药监', '药监', '食品药品监督管理', '统计', '审计', '司法',
  '应急', '安监', '发改', '发展改革', '经信', '工信', '科技', '旅游', '文旅', '体育', '广电', '新闻出版', '气象', '地震',
  '海事', '海关', '人防', '粮食', '物价', '价格', '供销', '邮政', '电力', '通信', '通讯', '金融', '消防', '交警', '编制',
  '外事', '侨务', '民宗', '宗教', '档案', '信访', '扶贫', '移民', '园林', '市政', '环卫', '国资', '商贸', '招商', '网信',
  '保密', '公路', '铁路', '民航', '口岸', '外贸', '经贸', '监察', '纪检', '政法', '妇联', '团委', '工会', '残联',
  '检察', '法院', '医保', '医疗保障', '退役军人', '环境保护', '人力资源社会保障', '人力资源和社会保障', '住房城乡建设',
  '住房和城乡建设', '城乡规划', '教体', '海洋', '港口', '烟草', '盐业', '无线电', '大数据', '行政审批', '政务服务',
  '综合执法', '机关事务', '农机', '水文',
] as const;

const SECTOR_DEPARTMENT = new RegExp(`^(?:[省市区县州]|各级)?(?:${[...SECTORS].sort((a, b) => b.length - a.length).join('|')})部门$`);

/** A department named by its line of work (`文化部门`, `市公安部门`, `各级财政部门`). */
export const isSectorDepartment = (name: string): boolean => SECTOR_DEPARTMENT.test(name.trim());

/** A people's organisation written without its level (`(工商联)`, `(妇联)`, `共青团`): a unit, short as it is. */
export const BARE_ORGANISATION = /^(总工会|工会|妇联|团委|共青团|残联|科协|侨联|文联|社科联|工商联|台联|台联会|红十字会|供销社|供销合作社)$/;
