import { expect, test } from '@playwright/test';
import { api, signIn, watchConsole } from './session';

const v1 = {
  id: 'e2e-history',
  name: 'E2E history',
  activities: [
    { id: 'start', type: 'Log', inputs: { message: 'first' }, position: { x: 0, y: 0 } },
    { id: 'gone', type: 'Log', inputs: { message: 'removed in v2' }, position: { x: 240, y: 0 } },
  ],
  connections: [{ from: 'start', to: 'gone' }],
};
const v2 = {
  ...v1,
  activities: [
    { id: 'start', type: 'Log', inputs: { message: 'second' }, position: { x: 0, y: 0 } },
    { id: 'added', type: 'Log', inputs: { message: 'new in v2' }, position: { x: 240, y: 120 } },
  ],
  connections: [{ from: 'start', to: 'added' }],
};

test('shows v1 and v2 with their difference, and restores v1 as a new draft', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-history', v1);
  await api('PUT', '/api/workflows/e2e-history', v2);
  await signIn(page);
  await page.getByRole('button', { name: 'E2E history', exact: true }).click();
  await expect(page.getByTestId('node-added')).toBeVisible();

  await page.locator('.designer-toolbar').getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Version history' });
  await expect(history.locator('table.versions tbody tr')).toHaveCount(2);
  await expect(history.locator('table.versions')).toContainText('v1');
  await expect(history.locator('table.versions')).toContainText('v2');

  const diff = history.getByRole('table', { name: 'Difference between v1 and v2' });
  await expect(diff.getByRole('row', { name: /Activity removed gone/ })).toBeVisible();
  await expect(diff.getByRole('row', { name: /Activity added — added/ })).toBeVisible();
  await expect(diff.getByRole('row', { name: 'start.message "first" "second"' })).toBeVisible();
  await expect(diff.getByRole('row', { name: /Connection removed start Done → gone/ })).toBeVisible();
  await expect(diff.getByRole('row', { name: /Connection added — start Done → added/ })).toBeVisible();

  await history.getByRole('button', { name: 'Restore v1' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('node-gone')).toBeVisible();
  await expect(page.getByTestId('node-added')).toHaveCount(0);
  await expect(page.locator('.designer-toolbar')).toContainText('v3');

  const saved = await api<{ version: number; activities: { id: string; inputs: { message: string } }[] }>('GET', '/api/workflows/e2e-history');
  expect(saved.version).toBe(3);
  expect(saved.activities.map((a) => a.id)).toEqual(['start', 'gone']);
  expect(saved.activities[0]!.inputs.message).toBe('first');
  expect(errors).toEqual([]);
});
