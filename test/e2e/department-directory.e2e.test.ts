// The department directory screen in Chromium: reachable from the top navigation, search by pinyin
// initials and by a well-known short form, add an alias, rename, record group members, merge.
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';

const app = serveAppForTests();

describe('department directory screen', () => {
  it('finds, aliases, renames, groups and merges departments', async () => {
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '部门目录' }).click();
    const search = page.getByLabel('查找部门');
    await page.locator('.directory-table tbody tr').first().waitFor();

    await search.fill('发改委');
    await expect(page.locator('.directory-table tbody tr').allTextContents()).resolves.toEqual([expect.stringContaining('市发展和改革局')]);
    await search.fill('sswj');
    await expect(page.locator('.directory-table .entry-name').allTextContents()).resolves.toEqual(['市商务局', '市水务局']);

    await page.getByRole('button', { name: '市商务局' }).click();
    await page.getByLabel('添加别名').fill('商务局');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已添加别名“商务局”' }).waitFor();
    await page.getByLabel('联系方式').fill('王五 0759-2222222');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.locator('.entry-panel .muted', { hasText: '联系:王五' }).waitFor();

    await search.fill('');
    await page.getByRole('button', { name: '市直相关单位' }).click();
    await page.getByLabel(/集合成员/).fill('市商务局、市水务局\n市财政局');
    await page.getByRole('button', { name: '保存成员' }).click();
    await page.getByRole('status').filter({ hasText: '已保存成员 3 个' }).waitFor();
    await expect(page.locator('.directory-table tr.selected .groups').textContent()).resolves.toBe('成员 3 个');
    // A member now finds the group's task in its own list, marked as coming through the group.
    await page.getByRole('button', { name: '部门工作台' }).click();
    await page.getByLabel('本单位').selectOption({ label: '市财政局' });
    const viaGroup = page.locator('.task-row', { hasText: '作为“市直相关单位”成员' });
    await viaGroup.first().waitFor();
    expect(await viaGroup.count()).toBe(1);
    await screenshot(page, 'workbench-task-via-group');
    await page.getByRole('button', { name: '部门目录' }).click();

    await search.fill('scjg');
    await page.getByRole('button', { name: '市市场监管局' }).click();
    await page.getByLabel('更名').fill('市市场监督管理局');
    await page.getByRole('button', { name: '更名', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已更名为“市市场监督管理局”' }).waitFor();
    await search.fill('质监局');
    await expect(page.locator('.directory-table .entry-name').allTextContents()).resolves.toEqual(['市市场监督管理局']);

    await search.fill('sswj');
    await page.getByRole('button', { name: '市水务局' }).click();
    await page.getByLabel('合并到').fill('市商务局');
    await page.getByRole('button', { name: '合并', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已合并到“市商务局”' }).waitFor();
    await expect(page.locator('.directory-table .entry-name').allTextContents()).resolves.toEqual(['市商务局']);
    await expect(page.locator('.directory-table tr.selected .aliases').textContent()).resolves.toBe('商务局、市水务局');
    await screenshot(page, 'department-directory');
    const after = await app().temp.backend['departments.tasks']({ department: '市水务局' });
    expect(after.department.name).toBe('市商务局');
  });
});
