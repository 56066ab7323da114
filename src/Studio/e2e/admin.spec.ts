import { expect, test } from '@playwright/test';
import { DesignerPage } from './designer-page';
import { api, createKey, signIn, url, watchConsole } from './session';

test('an admin sets a secret, whose value is never shown, and creates a key shown once', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page);

  await page.getByRole('button', { name: 'Secrets', exact: true }).click();
  await expect(page).toHaveURL(/\/secrets$/);
  await page.getByLabel('Secret name').fill('e2e-hmac');
  await page.getByLabel('Secret value').fill('value-never-shown');
  await page.getByRole('button', { name: 'Save secret' }).click();
  await expect(page.getByRole('status')).toContainText('Saved e2e-hmac');
  await expect(page.getByRole('table', { name: 'Secrets' })).toContainText('e2e-hmac');
  await expect(page.locator('body')).not.toContainText('value-never-shown');
  await expect(page.getByLabel('Secret value')).toHaveValue('');

  await page.getByRole('button', { name: 'API keys', exact: true }).click();
  await expect(page).toHaveURL(/\/keys$/);
  await page.getByLabel('Key name').fill('e2e reporting');
  await page.getByLabel('Key role').selectOption('runner');
  await page.getByRole('button', { name: 'Create key' }).click();
  const secret = page.getByRole('region', { name: 'New key secret' });
  await expect(secret.getByRole('alert')).toContainText('it will not be shown again');
  await expect(secret.getByRole('button', { name: 'Copy' })).toBeVisible();
  const key = await secret.getByLabel('New key').inputValue();
  expect(key.length).toBeGreaterThan(16);
  expect((await api<{ role: string }>('GET', '/api/me', undefined, key)).role).toBe('runner');
  await expect(page.getByRole('table', { name: 'Keys' })).toContainText('e2e reporting');
  await secret.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: 'New key secret' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(key);
  expect(errors).toEqual([]);
});

test('other roles see neither page', async ({ page }) => {
  await signIn(page, await createKey('editor'));
  await expect(page.getByTestId('session')).toHaveText('default · editor');
  await expect(page.getByRole('button', { name: 'Secrets', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'API keys', exact: true })).toHaveCount(0);
  await page.goto(`${url()}/keys`);
  await expect(page.getByText('Only admins see this page.')).toBeVisible();
});

test('an input that takes a secret picks one of the tenant\'s secret names', async ({ page }) => {
  const errors = watchConsole(page);
  await api('POST', '/api/secrets', { name: 'e2e-picked', value: 'hidden' });
  await api('PUT', '/api/workflows/e2e-secret-picker', {
    id: 'e2e-secret-picker',
    name: 'E2E secret picker',
    activities: [{ id: 'hook', type: 'HttpEndpoint', inputs: { path: 'e2e-secret-picker', auth: 'hmac' } }],
    connections: [],
  });
  await signIn(page);
  await page.goto(`${url()}/designer/e2e-secret-picker`);
  const designer = new DesignerPage(page);
  await designer.select('hook');
  await designer.field('secret').getByRole('radio', { name: 'Secret' }).click();
  const picker = designer.field('secret').getByRole('combobox', { name: 'secret (secret)' });
  await expect(picker.locator('option', { hasText: 'e2e-picked' })).toHaveCount(1);
  await picker.selectOption('e2e-picked');
  await designer.save();
  await expect(designer.status()).toHaveText(/^Saved v\d+$/);
  const saved = await api<{ activities: { inputs: Record<string, unknown> }[] }>('GET', '/api/workflows/e2e-secret-picker');
  expect(saved.activities[0]!.inputs.secret).toEqual({ $secret: 'e2e-picked' });
  expect(errors).toEqual([]);
});
