// Words the generated plan and reports are made of: real-sounding unit names, task topics and report
// phrases, so trigram search meets text shaped like a province's reports (repeated stock phrases,
// a few rare terms).
export const PREFIXES = ['省', '广州市', '深圳市', '珠海市', '汕头市', '佛山市', '韶关市', '湛江市', '肇庆市', '江门市', '茂名市', '惠州市', '梅州市', '汕尾市', '河源市', '阳江市', '清远市', '东莞市', '中山市', '潮州市', '揭阳市', '云浮市'];

export const BUREAUS = [
  '发展改革委', '教育厅', '科技厅', '工业和信息化厅', '公安厅', '民政厅', '司法厅', '财政厅', '人力资源社会保障厅', '自然资源厅',
  '生态环境厅', '住房城乡建设厅', '交通运输厅', '水利厅', '农业农村厅', '商务厅', '文化和旅游厅', '卫生健康委', '应急管理厅', '审计厅',
  '市场监管局', '统计局', '医保局', '林业局', '粮食和储备局', '药监局', '知识产权局', '能源局', '海洋渔业局', '税务局',
];

export const TOPICS = [
  '食品安全', '农产品质量', '冷链物流', '标准化建设', '计量检测', '认证认可', '品牌培育', '知识产权保护', '工程质量', '产品质量监督抽查',
  '特种设备安全', '质量基础设施', '检验检测机构', '数字化转型', '绿色低碳', '营商环境', '中小企业', '人才培养', '消费品召回', '质量追溯体系',
  '电梯安全', '药品安全', '海洋经济', '乡村振兴', '智慧监管', '信用监管', '首席质量官', '质量提升行动', '先进制造业', '现代服务业',
];

export const ACTIONS = ['推进', '加强', '完善', '深化', '健全', '实施', '开展', '建设', '提升', '落实'];

export const PROGRESS_PHRASES = [
  '已召开专题部署会议', '制定工作方案并印发', '完成年度任务分解', '开展专项检查行动', '组织抽检{n}批次', '培训基层人员{n}人次',
  '推动{n}家企业完成改造', '建成示范点{n}个', '完成投资{n}万元', '受理投诉举报{n}件并全部办结', '编制地方标准{n}项', '开展联合执法{n}次',
  '完成数据归集{n}万条', '召开推进会{n}次', '督促整改问题{n}个', '发布典型案例{n}个', '形成调研报告', '上线信息化平台',
];

export const PROBLEM_PHRASES = ['基层检测力量不足', '资金到位较慢', '部门协同机制有待完善', '企业参与积极性不高', '数据共享渠道不畅', '专业人才短缺', '无'];

export const NEXT_PHRASES = ['继续推进专项整治', '开展冬春季专项抽检', '加快平台建设进度', '完善考核评价机制', '组织第三方评估', '加强督促检查'];

/** Rare words sprinkled into a few reports: what a clerk searches for when looking for one case. */
export const RARE_TERMS = ['荔枝冻品溯源', '蚝油抽检不合格', '跨境电商质检', '渔船北斗终端', '陶瓷釉面铅溶出'];

export const STATUSES = ['not_started', 'on_track', 'done', 'behind', 'ongoing'] as const;
