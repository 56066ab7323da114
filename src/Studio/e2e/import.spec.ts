import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repositoryRoot } from './paths';
import { signIn, watchConsole } from './session';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

test('imports workflows/hello.json as it is: it opens in the designer', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page);
  await page.getByTestId('import-file').setInputFiles(path.join(repositoryRoot, 'workflows/hello.json'));
  await expect(page).toHaveURL(/\/designer\/hello$/);
  await expect(page.getByTestId('node-inbound')).toBeVisible();
  await expect(page.getByTestId('node-greet')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('imports an Elsa 3 export: shows what the server reported, then opens it in the designer', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page);
  await page.getByTestId('import-file').setInputFiles(path.join(fixtures, 'elsa-http-hello-world.json'));
  const report = page.getByRole('dialog', { name: 'Imported HTTP Hello World from Elsa' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('region', { name: 'Unmapped activities' })).toContainText('Every activity was mapped.');
  await expect(report.getByRole('region', { name: 'Warnings' })).toContainText('version');
  await report.getByRole('button', { name: 'Open in designer' }).click();

  await expect(page).toHaveURL(/\/designer\/f926beb0afc8505e$/);
  await expect(page.getByTestId('node-90c3d3b2ea1f6ddc')).toBeVisible();
  await expect(page.getByTestId('node-3048105347912af5')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('lists the activities an Elsa export could not map', async ({ page }) => {
  await signIn(page);
  const document = JSON.parse(await readFile(path.join(fixtures, 'elsa-subworkflow-child.json'), 'utf8'));
  await page.getByTestId('import-file').setInputFiles({ name: 'child.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
  const unmapped = page.getByRole('dialog').getByRole('region', { name: 'Unmapped activities' });
  await expect(unmapped).toContainText('8654ab45535f4069');
  await expect(unmapped).toContainText('Elsa.Complete');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Workflows' })).toBeVisible();
});
