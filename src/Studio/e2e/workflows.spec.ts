import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from './paths';

const url = () => process.env.STUDIO_E2E_URL!;
const adminKey = () => process.env.STUDIO_E2E_ADMIN_KEY!;

test.beforeEach(async ({ page }) => {
  await page.goto(url());
  await page.getByLabel('API key').fill(adminKey());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Workflows' })).toBeVisible();
});

test('refuses a wrong key', async ({ page }) => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('API key').fill('wp_not-a-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('This API key is not valid.');
});

test('imports a file from workflows/, opens it in the designer, exports it, and deletes a workflow', async ({ page }) => {
  // Import: a copy of workflows/hello.json under another id.
  const hello = JSON.parse(await readFile(path.join(repositoryRoot, 'workflows/hello.json'), 'utf8'));
  await page.getByTestId('import-file').setInputFiles({
    name: 'imported.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...hello, id: 'imported-hello', name: 'Imported hello', tags: ['imported'] })),
  });
  await expect(page).toHaveURL(/\/designer\/imported-hello$/);
  await expect(page.getByTestId('node-inbound')).toBeVisible();
  await expect(page.getByTestId('node-greet')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Back to the list (the browser's back button works too): search and tags.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Workflows' })).toBeVisible();
  await page.getByRole('group', { name: 'Tags' }).getByRole('button', { name: 'imported' }).click();
  await expect(page.locator('table.workflows tbody tr')).toHaveCount(1);
  await page.getByRole('group', { name: 'Tags' }).getByRole('button', { name: 'imported' }).click();
  await page.getByLabel('Search workflows').fill('imported');
  await expect(page.locator('table.workflows tbody tr')).toHaveCount(1);

  // Export: the document without its server-assigned version.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export imported-hello' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({ id: 'imported-hello', name: 'Imported hello', activities: hello.activities });
  expect(exported.version).toBeUndefined();

  // Delete, after confirming.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete imported-hello' }).click();
  await expect(page.getByText('No workflow matches.')).toBeVisible();
});

test('a reload of a designer page opens the same workflow', async ({ page }) => {
  await page.goto(`${url()}/designer/hello`);
  await expect(page.getByTestId('node-greet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hello' })).toBeVisible();
});
