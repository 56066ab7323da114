import { expect, test } from '@playwright/test';
import path from 'node:path';
import { artifactsDir } from './paths';
import { api, signIn, watchConsole } from './session';

test('the dashboard shows the runs of the period after a run', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-dashboard', { id: 'e2e-dashboard', name: 'E2E dashboard', activities: [{ id: 'log', type: 'Log', inputs: { message: 'hi' } }], connections: [] });
  await api('POST', '/api/workflows/e2e-dashboard/publish', {});
  const run = await api<{ status: string }>('POST', '/api/workflows/e2e-dashboard/run?wait=5', { input: {} });
  expect(run.status).toBe('Finished');

  await signIn(page);
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  const runs = page.getByRole('region', { name: 'Runs' }).getByRole('img', { name: /^Runs:/ });
  await expect(runs).toHaveAttribute('aria-label', /Started [1-9]/);
  await expect(runs).toHaveAttribute('aria-label', /Finished [1-9]/);
  const today = new Date().toISOString().slice(0, 10);
  const perDay = page.getByRole('region', { name: 'Runs' }).getByRole('img', { name: /^Runs per day:/ });
  await expect(perDay).toHaveAttribute('aria-label', new RegExp(`${today} [1-9]\\d* started`));
  await expect(page.getByRole('region', { name: 'LLM' }).getByRole('group', { name: 'Tokens' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'NPS' })).toBeVisible();
  await page.screenshot({ path: path.join(artifactsDir, 'dashboard.png'), fullPage: true });
  expect(errors).toEqual([]);
});
