// Rebuilds, as .xlsx, the tables of corpus pages whose table the stored text gives faithfully (issue 15:
// “where a page's table can be rebuilt faithfully, add a .docx or .xlsx version”). Run once with
// `node build/corpus.mjs --make-tables`; the files are committed beside the text and share its key.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeXlsx } from '../helpers/plan-files.js';
import { makeDocxTables } from './make-docx-tables.js';
import { corpusDir } from './score.js';

export const makeTables = async (): Promise<void> => {
  // 21-dazhu-2016: 大竹县 2016年民生实事目标任务分解表; item 5 has two rows under merged 序号 and 责任单位 cells.
  const dazhuRows = [
      ['2016年民生实事目标任务分解表', '', '', ''],
      ['序号', '民生实事', '责任单位', '完成时限'],
      [1, '启动建设东柳河城区段综合治理工程和东湖湿地公园。', '县水务局\n县住建局\n县护城河指挥部', '12月底前'],
      [2, '新建2座人行天桥。', '县住建局', '9月投入使用'],
      [3, '启动县图书馆新馆建设。', '县文体广新局\n县代建中心', '12月底前'],
      [4, '建成县残疾人综合服务中心。', '县残联', '5月底前动工'],
      [5, '开工建设县老年养护楼。', '县民政局', '5月底前动工'],
      ['', '开工建设老年大学。', '', '12月底前'],
      [6, '迁建县政务服务中心。', '县政务服务中心\n县代建中心', '12月底前'],
      [7, '加快推进土地滩水库建设。', '县水务局', '12月底前'],
      [8, '启动大竹县第十二小学建设,新建中心幼儿园2所。', '县教科局\n县代建中心', '12月底前'],
      [9, '完成棚户区改造2836户。', '县住建局', '12月底前'],
      [10, '城区再新建1个农贸市场。', '县商务局', '12月底前'],
  ];
  const dazhu = await makeXlsx(dazhuRows, ['A1:D1', 'A7:A8', 'C7:C8']);
  writeFileSync(join(corpusDir, '21-dazhu-2016.xlsx'), dazhu);

  // 78-nmg-disability-2021: 专栏1 of the 内蒙古 plan; the page is cut in row 8, so rows 1-7 only.
  const nmg = await makeXlsx(
    [
      ['专栏 1  “十四五”时期残疾人事业发展主要指标', '', ''],
      ['指 标', '2025 年', '属 性'],
      ['1.残疾人家庭人均收入年均增长(%)', '>7.5', '预期性'],
      ['2.城乡残疾人职业技能培训人数(万人)', '>4', '预期性'],
      ['3.符合条件的残疾人纳入最低生活保障比例(%)', 100, '约束性'],
      ['4.困难残疾人生活补贴覆盖率(%)', 100, '约束性'],
      ['5.重度残疾人护理补贴覆盖率(%)', 100, '约束性'],
      ['6.残疾人基本养老保险参保率(%)', '>90', '预期性'],
      ['7.残疾人基本医疗保险参保率(%)', '>95', '预期性'],
    ],
    ['A1:C1'],
  );
  writeFileSync(join(corpusDir, '78-nmg-disability-2021.xlsx'), nmg);

  // 82-miit-kpi-2018: the 工业和信息化部 2018 关键业绩指标 table; rows 8 and 9 share one 牵头负责司局 cell.
  const miitRows = [
      ['序号', '指标名称', '预期效果', '完成时限', '指标 属性', '牵头负责司局', '备注'],
      [1, '创建“中国制造2025”国家级示范区', '确定首批示范区创建名单', '6月', '预期性', '规划司', ''],
      [2, '遴选公告中小企业公共服务示范平台和创业创新示范基地数量', '各80个', '12月', '约束性', '中小企业局', ''],
      [3, '绿色制造示范典型发布数量', '400项', '10月', '预期性', '节能与综合 利用司', ''],
      [4, '钢铁去产能规模', '3000万吨左右', '12月', '约束性', '原材料工业司', ''],
      [5, '智能制造工程试点示范项目遴选数量', '100个左右', '12月', '预期性', '装备工业司', ''],
      [6, '小品种药(短缺药)稳定生产供应新增数量', '10个', '12月', '预期性', '消费品工业司', ''],
      [7, '制造业与互联网融合发展试点示范项目遴选数量', '120个', '12月', '约束性', '信息化和软件 服务业司', ''],
      [8, '通光纤行政村比例', '98%', '12月', '预期性', '信息通信发展司', '“十三五”规划预期2020年行政村通光纤比例达到98%。'],
      [9, '移动宽带用户普及率', '85%', '12月', '预期性', '', '“十三五”规划预期2020年移动宽带用户普及率达到85%。'],
  ];
  const miit = await makeXlsx(miitRows, ['F9:F10']);
  writeFileSync(join(corpusDir, '82-miit-kpi-2018.xlsx'), miit);

  // The .docx rebuilds, and .xlsx ones written with Excel's own formats (make-docx-tables.ts).
  await makeDocxTables(dazhuRows, miitRows);
};
