import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from './paths';
import { api } from './session';

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

test('shows the last run status of a workflow, and duplicates it into the designer', async ({ page }) => {
  await api('PUT', '/api/workflows/e2e-last-run', {
    id: 'e2e-last-run',
    name: 'E2E last run',
    activities: [
      { id: 'inbound', type: 'HttpEndpoint', inputs: { path: 'e2e/last-run', methods: ['POST'] }, position: { x: 0, y: 0 } },
      { id: 'reply', type: 'WriteHttpResponse', inputs: { body: 'ok', contentType: 'text/plain' }, position: { x: 260, y: 0 } },
    ],
    connections: [{ from: 'inbound', to: 'reply' }],
  });
  await page.reload();
  await expect(page.getByTestId('last-run-e2e-last-run')).toHaveText('never run');

  await api('POST', '/api/workflows/e2e-last-run/publish', {});
  const response = await fetch(`${url()}/workflows/e2e/last-run`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  expect(await response.text()).toBe('ok');
  const { items } = await api<{ items: { id: string; status: string }[] }>('GET', '/api/instances?workflowId=e2e-last-run&limit=1');
  await page.reload();
  const badge = page.getByTestId('last-run-e2e-last-run');
  await expect(badge).toHaveText(items[0]!.status);
  await expect(badge).toHaveAttribute('href', `/instances/${items[0]!.id}`);
  await badge.click();
  await expect(page).toHaveURL(new RegExp(`/instances/${items[0]!.id}$`));
  await page.goBack();

  // Duplicate: the id is validated in the dialog; the copy opens in the designer.
  await page.getByRole('button', { name: 'Duplicate e2e-last-run' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate e2e-last-run' });
  await dialog.getByLabel('New id').fill('Not a slug');
  await expect(dialog.getByText('Use lower-case letters, digits and -.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Duplicate' })).toBeDisabled();
  await dialog.getByLabel('New id').fill('e2e-last-run-copy');
  await dialog.getByLabel('New name').fill('E2E last run copy');
  await dialog.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page).toHaveURL(/\/designer\/e2e-last-run-copy$/);
  await expect(page.getByTestId('node-reply')).toBeVisible();
  const copy = await api<{ id: string; name: string }>('GET', '/api/workflows/e2e-last-run-copy');
  expect(copy).toMatchObject({ id: 'e2e-last-run-copy', name: 'E2E last run copy' });
});
