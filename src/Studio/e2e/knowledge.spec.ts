import { expect, test } from '@playwright/test';
import { signIn, watchConsole } from './session';

test('uploads a Markdown document to a new space, follows its progress to done, and search finds it', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page);
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('button', { name: 'Knowledge' }).click();
  await expect(page.getByRole('heading', { name: 'Knowledge' })).toBeVisible();

  const form = page.getByRole('form', { name: 'New space' });
  await form.getByLabel('Space id').fill('e2e-handbook');
  await form.getByLabel('Space name').fill('E2E handbook');
  await form.getByRole('button', { name: 'Create space' }).click();
  await expect(page.getByLabel('Space', { exact: true })).toHaveValue('e2e-handbook');

  await page.getByLabel(/Upload files/).setInputFiles({
    name: 'refunds.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Refund policy\n\nCustomers may ask for a refund of the zephyrine plan within 14 days of purchase.\n'),
  });
  await expect(page.getByRole('status', { name: 'Status of refunds.md' })).toHaveText(/^Done/, { timeout: 60_000 });
  await expect(page.getByLabel('Upload of refunds.md')).toHaveAttribute('value', '100');
  await expect(page.getByRole('region', { name: 'Documents' })).toContainText(/Refund policy|refunds\.md/);

  const search = page.getByRole('region', { name: 'Search playground' });
  await search.getByLabel('Query').fill('zephyrine refund');
  await search.getByRole('button', { name: 'Search' }).click();
  const hits = search.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(hits.first()).toContainText('zephyrine plan');
  expect(errors).toEqual([]);
});
