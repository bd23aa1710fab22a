// Rebuilds, as .xlsx, the tables of corpus pages whose table the stored text gives faithfully (issue 15:
// “where a page's table can be rebuilt faithfully, add a .docx or .xlsx version”). Run once with
// `node build/corpus.mjs --make-tables`; the files are committed beside the text and share its key.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeXlsx } from '../helpers/plan-files.js';
import { corpusDir } from './score.js';

export const makeTables = async (): Promise<void> => {
  // 21-dazhu-2016: 大竹县 2016年民生实事目标任务分解表; item 5 has two rows under merged 序号 and 责任单位 cells.
  const dazhu = await makeXlsx(
    [
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
    ],
    ['A1:D1', 'A7:A8', 'C7:C8'],
  );
  writeFileSync(join(corpusDir, '21-dazhu-2016.xlsx'), dazhu);
};
