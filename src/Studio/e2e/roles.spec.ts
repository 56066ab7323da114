import { expect, test } from '@playwright/test';
import { createKey, signIn, watchConsole } from './session';

const toolbar = (page: import('@playwright/test').Page) => page.locator('.designer-toolbar');

test('shows the tenant and role of an admin, who may do everything', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page);
  await expect(page.getByTestId('session')).toHaveText('default · admin');
  await expect(page.getByRole('button', { name: 'New workflow' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete hello' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a viewer sees workflows but may not create, delete, save, publish or run', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page, await createKey('viewer'));
  await expect(page.getByTestId('session')).toHaveText('default · viewer');
  await expect(page.getByRole('button', { name: 'Hello', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New workflow' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import JSON…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete hello' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Hello', exact: true }).click();
  await expect(page.getByTestId('node-greet')).toBeVisible();
  await expect(toolbar(page).getByRole('button', { name: 'Save draft' })).toBeDisabled();
  await expect(toolbar(page).getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  await toolbar(page).getByRole('button', { name: 'Run…' }).click();
  await expect(page.getByRole('dialog', { name: 'Run' })).toContainText('Your role may not run workflows.');
  await expect(page.getByRole('button', { name: /^Run v/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a runner may run but not save or publish', async ({ page }) => {
  await signIn(page, await createKey('runner'));
  await expect(page.getByTestId('session')).toHaveText('default · runner');
  await expect(page.getByRole('button', { name: 'New workflow' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Hello', exact: true }).click();
  await expect(toolbar(page).getByRole('button', { name: 'Save draft' })).toBeDisabled();
  await toolbar(page).getByRole('button', { name: 'Run…' }).click();
  await expect(page.getByRole('button', { name: /^Run v\d+$/ })).toBeEnabled();
});

test('an editor may create and save', async ({ page }) => {
  await signIn(page, await createKey('editor'));
  await expect(page.getByTestId('session')).toHaveText('default · editor');
  await expect(page.getByRole('button', { name: 'New workflow' })).toBeVisible();
  await page.getByRole('button', { name: 'Hello', exact: true }).click();
  await expect(toolbar(page).getByRole('button', { name: 'Save draft' })).toBeEnabled();
});
