// The preview screen in Chromium: choose a file, see the task tree with leads, the unplaced lines,
// correct a lead, confirm; then a revised document shows its diff.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { seedsDir } from '../helpers/temp-backend.js';

const app = serveAppForTests({ withDemo: false, filesPrefix: 'duban-e2e-files-' });

const seedPath = (prefix: string): string => join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith(prefix)) ?? '');

describe('plan import screen', () => {
  it('previews seed 002, lets the office correct a lead, imports, and shows a revision diff', async () => {
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles(seedPath('002'));
    await page.getByRole('tab', { name: /任务 24/ }).waitFor();
    await expect(page.locator('.preview-head h2').textContent()).resolves.toContain('省质监局关于贯彻落实');
    const first = page.locator('tr[data-path="1/1"]');
    await expect(first.textContent()).resolves.toContain('标准化处');
    await expect(page.locator('.tag', { hasText: '推定' }).count()).resolves.toBe(24);
    await screenshot(page, 'plan-import-preview');

    // Correct a lead: task (五) gets two leads.
    const fifth = page.locator('tr[data-path="2/5"]');
    await fifth.getByRole('button', { name: /修改任务 .* 的牵头单位/ }).click();
    await fifth.getByLabel('牵头单位(用顿号分隔)').fill('省计量院、计量处');
    await fifth.getByRole('button', { name: '确定' }).click();
    await page.locator('tr[data-path="2/5"] td.col-leads', { hasText: '省计量院、计量处' }).waitFor();

    // Participants can be corrected too.
    await fifth.getByRole('button', { name: /修改任务 .* 的参与单位/ }).click();
    await fifth.getByLabel('参与单位(用顿号分隔)').fill('法规处、各市州局');
    await fifth.getByRole('button', { name: '确定' }).click();
    await page.locator('tr[data-path="2/5"] td.col-participants', { hasText: '法规处、各市州局' }).waitFor();

    await page.getByRole('tab', { name: /未导入的行/ }).click();
    await page.locator('.unplaced', { hasText: '网站导航' }).waitFor();
    await screenshot(page, 'plan-import-unplaced');
    // Any listed line, not only 待处理 ones, can be dropped or given to a task.
    const noise = page.locator('.unplaced', { hasText: '网站导航' }).first();
    const noiseLine = await noise.locator('.line-no').textContent();
    await noise.getByRole('button', { name: '忽略此行' }).click();
    await page.locator('.unplaced .line-no', { hasText: noiseLine ?? '' }).waitFor({ state: 'detached' });
    const skipped = page.locator('.unplaced.kind-skipped, .unplaced.kind-noise').first();
    const skippedText = (await skipped.locator('.text').textContent()) ?? '';
    const skippedLine = (await skipped.locator('.line-no').textContent()) ?? '';
    await skipped.getByRole('combobox').selectOption('1/1');
    await page.locator('.unplaced .line-no', { hasText: new RegExp(`^${skippedLine}$`) }).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /^任务/ }).click();
    await expect(page.locator('tr[data-path="1/1"] .task-content').textContent()).resolves.toContain(skippedText.slice(0, 10));

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入' }).waitFor();
    const stored = await app().temp.backend['tasks.list']({});
    expect(stored).toHaveLength(24);
    expect(stored.find((t) => t.path === '2/5')?.leads.map((l) => l.name)).toEqual(['省计量院', '计量处']);
    expect(stored.find((t) => t.path === '2/5')?.participants.map((l) => l.name)).toEqual(['法规处', '各市州局']);

    // A revised version: one task reworded, one responsibility changed.
    const revised = readFileSync(seedPath('002'), 'utf8')
      .replace('(二十四)强化技术性贸易措施服务', '(二十四)全面强化技术性贸易措施服务')
      .replace('(责任单位:计量处、法规处、省计量院)', '(责任单位:法规处、计量处)');
    const revisedPath = join(app().files.dir, '意见-修订版.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(revisedPath, revised);
    await page.getByLabel('选择规划文件').setInputFiles(revisedPath);
    await page.getByRole('tab', { name: '修订对比' }).click();
    await page.locator('.diff.changed', { hasText: '全面强化技术性贸易措施服务' }).waitFor();
    await expect(page.locator('.diff.changed').count()).resolves.toBeGreaterThanOrEqual(2);
    await screenshot(page, 'plan-import-diff');
  });

  it('shows every indicator of a real table in a hard shape, and the row it could not read in 未导入的行', async () => {
    // Corpus doc 78: a PDF page with its columns apart by wide gaps, cut off in its 8th row.
    const text = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '78-nmg-disability-2021.txt'), 'utf8');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '残疾人事业发展规划.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('tab', { name: /指标 8/ }).click();
    const row = page.locator('.task-table tr', { hasText: '残疾人基本养老保险参保率' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('>90');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '困难残疾人生活补贴覆盖率' }).textContent()).toContain('约束性');
    await screenshot(page, 'plan-import-indicators');
    await page.getByRole('tab', { name: /未导入的行/ }).click();
    await page.locator('.unplaced', { hasText: '这一行没有目标值' }).waitFor();
    await expect.poll(() => page.locator('.unplaced', { hasText: '这一行没有目标值' }).textContent()).toContain('残疾儿童少年义');
  });

  it('shows a department 绩效目标表 with its rows under the right columns and both group levels', async () => {
    // Corpus doc 261: a 繁體 mirror's `a | b | c |` rows, the merged 一级指标 and empty unit cells dropped; its empty
    // 经济效益指标 row is a group with no indicator under it, so five indicators, as the key has them.
    const text = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '261-yueyanglou-perf-2023.txt'), 'utf8');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '整体绩效目标表.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('tab', { name: /指标 5/ }).click();
    const first = page.locator('.task-table tr', { hasText: '业务工作支出安排金额' });
    await first.waitFor();
    await expect.poll(() => first.textContent()).toContain('产出指标 / 数量指标');
    await expect.poll(() => first.textContent()).toContain('28.8万元');
    const second = page.locator('.task-table tr', { hasText: '业务工作支出到位率' });
    await expect.poll(() => second.textContent()).toContain('质量指标');
    await expect.poll(() => second.textContent()).toContain('100');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '工作安排时间' }).textContent()).toContain('按月安排');
    await screenshot(page, 'plan-import-performance-form');
  });

  it('shows the sub-items of a 建设指标 table one per row, with the group they belong to', async () => {
    // Corpus doc 123: one cell per line, 序号 with two group columns before it, sub-items before their values.
    const text = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '123-hunan-ecocounty-2018.txt'), 'utf8');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '生态文明建设示范县指标.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('tab', { name: /指标 25/ }).click();
    const row = page.locator('.task-table tr', { hasText: '森林覆盖率:丘陵区' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('≥40');
    await expect.poll(() => row.textContent()).toContain('生态系统保护');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '生态保护红线划定占国土面积比例:湖区县' }).first().textContent()).toContain('15%以上');
    await screenshot(page, 'plan-import-subitems');
  });

  it('shows who answers for each indicator and what was achieved, when the table prints them', async () => {
    // Corpus doc 151: a 目标任务分解表 one cell per line, 监考单位 and 目标任务 merged down over rows.
    const text = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '151-jingyang-2016.txt'), 'utf8');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '目标任务分解表.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('tab', { name: /指标 25/ }).click();
    await page.getByRole('columnheader', { name: '责任单位' }).waitFor();
    const row = page.locator('.task-table tr', { hasText: '社会消费品零售总额增长率' });
    await expect.poll(() => row.textContent()).toContain('区商务局区统计局');
    await expect.poll(() => row.textContent()).toContain('宏观调控');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '城镇登记失业率' }).textContent()).toContain('区人社局');
    await screenshot(page, 'plan-import-indicator-owner');
    // Corpus doc 152: 预期目标 | 实际完成, the 完成值 beside the target.
    const progress = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '152-tongxiang-plan-2024.txt'), 'utf8');
    await page.getByLabel('选择规划文件').setInputFiles({ name: '计划执行情况.txt', mimeType: 'text/plain', buffer: Buffer.from(progress, 'utf8') });
    await page.getByRole('tab', { name: /指标 5/ }).click();
    await page.getByRole('columnheader', { name: '完成值' }).waitFor();
    await expect.poll(() => page.locator('.task-table tr', { hasText: '一般公共预算收入' }).textContent()).toContain('下降4.6%');
  });

  it('shows a repost with a bar before every cell, and an action plan with two dated target columns', async () => {
    // Corpus doc 181: bar-led cells with no row marks, 指 标 spanning the row numbers, a 牵头部门 column.
    const text = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '181-anhui-income-2011.txt'), 'utf8');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '考核指标.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('tab', { name: /指标 21/ }).click();
    await page.getByRole('columnheader', { name: '责任单位' }).waitFor();
    const row = page.locator('.task-table tr', { hasText: '非公有经济增加值占GDP比重' });
    await expect.poll(() => row.textContent()).toContain('省经信委');
    await expect.poll(() => row.textContent()).toContain('65');
    await expect.poll(() => row.textContent()).toContain('发展指标');
    await screenshot(page, 'plan-import-bar-led-cells');
    // Corpus doc 183: 基期水平 | 2022年目标值 | 2030年目标值, the plan's end is the target.
    const action = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '183-healthy-china-2019.txt'), 'utf8');
    await page.getByLabel('选择规划文件').setInputFiles({ name: '行动主要指标.txt', mimeType: 'text/plain', buffer: Buffer.from(action, 'utf8') });
    await page.getByRole('tab', { name: /指标 9/ }).click();
    const literacy = page.locator('.task-table tr', { hasText: '居民健康素养水平' });
    await expect.poll(() => literacy.textContent()).toContain('≥30');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '中医医院设置治未病科室比例' }).textContent()).toContain('100');
    await screenshot(page, 'plan-import-action-plan');
  });

  it('shows a box-drawn table with an indicator per area, and a `cell |` table with closed rows and seven year columns', async () => {
    // Corpus doc 223: ┌─┬─┐ box table, 项目 spanning its indicators, 苏南/苏中/苏北 sub-rows of one indicator.
    const box = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '223-jiangsu-newcountry-2006.txt'), 'utf8');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '评价指标.txt', mimeType: 'text/plain', buffer: Buffer.from(box, 'utf8') });
    await page.getByRole('tab', { name: /指标 5/ }).click();
    const north = page.locator('.task-table tr', { hasText: '劳均农林牧渔业增加值(苏北)' });
    await expect.poll(() => north.textContent()).toContain('11000');
    await expect.poll(() => north.textContent()).toContain('≥18000');
    await expect.poll(() => north.textContent()).toContain('高效农业规模化工程');
    await screenshot(page, 'plan-import-box-areas');
    // Corpus doc 224: rows opened by a lone bar and closed by padding bars, 2009年 … 2015年, 考核责任单位.
    const closed = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '224-jinan-services-2010.txt'), 'utf8');
    await page.getByLabel('选择规划文件').setInputFiles({ name: '考核分工表.txt', mimeType: 'text/plain', buffer: Buffer.from(closed, 'utf8') });
    await page.getByRole('tab', { name: /指标 17/ }).click();
    const share = page.locator('.task-table tr', { hasText: '服务业增加值占生产总值比重' });
    await expect.poll(() => share.textContent()).toContain('56');
    await expect.poll(() => share.textContent()).toContain('市发改委');
    await screenshot(page, 'plan-import-closed-rows');
  });

  it('names a plan with no title line after its file, and lets the office rename it before importing', async () => {
    // A bare decomposition table, as an office pastes it out of a spreadsheet: no title, no signature.
    const table = ['序号', '工作任务', '牵头单位', '配合单位', '1', '新建口袋公园5个', '县园林局', '各乡镇', '2', '改造农贸市场3个', '县商务局', '县市场监管局'].join('\n');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '2026年重点工作分解表.txt', mimeType: 'text/plain', buffer: Buffer.from(table, 'utf8') });
    await page.getByRole('tab', { name: /任务 2/ }).waitFor();
    await expect.poll(() => page.locator('.preview-head h2').textContent()).toBe('2026年重点工作分解表');
    await page.locator('.preview-head .tag', { hasText: '取自文件名' }).waitFor();

    await page.getByRole('button', { name: '改名' }).click();
    await page.getByLabel('规划名称').fill('   ');
    await expect.poll(() => page.getByRole('button', { name: '确定' }).isDisabled()).toBe(true);
    await page.getByLabel('规划名称').fill('某县2026年重点工作任务分解');
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('.preview-head h2').textContent()).toBe('某县2026年重点工作任务分解');
    await page.locator('.preview-head .tag', { hasText: '取自文件名' }).waitFor({ state: 'detached' });
    await screenshot(page, 'plan-import-renamed');

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入' }).waitFor();
    const plans = await app().temp.backend['plans.list']({});
    expect(plans.map((p) => p.title)).toContain('某县2026年重点工作任务分解');
  });

  it('flags for the office a task whose title is nothing but units (a 责任单位 cell read as the task)', async () => {
    const text = ['某市垃圾分类重点任务分工', '1.市委宣传部(市文明办)、市城管委,市住建局', '2.推进生活垃圾分类宣传。(市城管委)'].join('\n');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '垃圾分类分工.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('tab', { name: /未导入的行/ }).click();
    const flag = page.locator('.unplaced', { hasText: '标题全是单位名称' });
    await flag.waitFor();
    await expect.poll(() => flag.textContent()).toContain('请确认');
    await screenshot(page, 'plan-import-title-units-flag');
  });

  it('shows a Chinese reason for a file that is not a plan', async () => {
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '照片.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18)) });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/不是 Word/);
  });
});
