import { expect, test } from '@playwright/test';
import path from 'node:path';
import { DesignerPage } from './designer-page';
import { artifactsDir } from './paths';

const url = () => process.env.STUDIO_E2E_URL!;
const adminKey = () => process.env.STUDIO_E2E_ADMIN_KEY!;

test('designs, saves and publishes an HTTP workflow that answers through the If True port', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  // Sign in with the admin key.
  await page.goto(url());
  await page.getByLabel('API key').fill(adminKey());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Workflows' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hello', exact: true })).toBeVisible(); // workflows/hello.json, published at start

  // A new workflow opens in the designer.
  await page.getByRole('button', { name: 'New workflow' }).click();
  await page.getByLabel('Name').fill('E2E greeting');
  await expect(page.getByLabel('Id')).toHaveValue('e2e-greeting');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/designer\/e2e-greeting$/);
  const designer = new DesignerPage(page);

  // Drag the three activities from the palette.
  await designer.drag('HttpEndpoint', 140, 160);
  await expect(designer.node('http-endpoint-1')).toBeVisible();
  await designer.field('path').locator('input').fill('e2e/greet');

  await designer.drag('If', 420, 160);
  await expect(designer.node('if-1')).toBeVisible();
  await expect(designer.node('if-1').locator('.ports li')).toHaveText(['True', 'False']);

  await designer.drag('WriteHttpResponse', 600, 60);
  await expect(designer.node('write-http-response-1')).toBeVisible();

  // Wire HttpEndpoint → If, and If's True port → WriteHttpResponse.
  await designer.connect('http-endpoint-1', 'Done', 'if-1');
  await designer.connect('if-1', 'True', 'write-http-response-1');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // A JavaScript condition on If, a Liquid body on WriteHttpResponse.
  await designer.select('if-1');
  await expect(designer.field('condition').getByRole('radio', { name: 'JavaScript' })).toHaveAttribute('aria-checked', 'true');
  await designer.typeCode('condition', 'trigger.body.amount > 100');

  await designer.select('write-http-response-1');
  await designer.setMode('body', 'Liquid');
  await designer.typeCode('body', 'Hello {{ trigger.body.name }}');
  await designer.field('contentType').locator('input').fill('text/plain');

  // Save, then publish.
  await designer.save();
  await expect(designer.status()).toHaveText('Saved v2');
  await designer.publish();
  await expect(designer.status()).toHaveText('Published v2');
  await page.screenshot({ path: path.join(artifactsDir, 'designer.png') });

  // The saved definition is what was drawn.
  const saved = await (await fetch(`${url()}/api/workflows/e2e-greeting`, { headers: { 'X-Api-Key': adminKey() } })).json();
  expect(saved.connections).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ from: 'http-endpoint-1', to: 'if-1' }),
      expect.objectContaining({ from: 'if-1', port: 'True', to: 'write-http-response-1' }),
    ]),
  );
  expect(saved.activities.find((a: { id: string }) => a.id === 'if-1').inputs.condition).toEqual({ $js: 'trigger.body.amount > 100' });
  expect(saved.activities.find((a: { id: string }) => a.id === 'write-http-response-1').inputs.body).toEqual({ $liquid: 'Hello {{ trigger.body.name }}' });

  // The endpoint answers with the written response.
  const response = await fetch(`${url()}/workflows/e2e/greet`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Ana', amount: 150 }),
  });
  expect(response.status).toBe(200);
  expect(await response.text()).toBe('Hello Ana');

  expect(consoleErrors).toEqual([]);
});

test('shows the server validation error on the node and the field, and does not publish', async ({ page }) => {
  await page.goto(url());
  await page.getByLabel('API key').fill(adminKey());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'New workflow' }).click();
  await page.getByLabel('Name').fill('E2E broken');
  await page.getByRole('button', { name: 'Create' }).click();
  const designer = new DesignerPage(page);

  await designer.drag('If', 300, 200);
  await designer.typeCode('condition', '1 +');
  await designer.publish();

  await expect(designer.status()).toHaveText('Not saved: the definition is not valid');
  await expect(designer.node('if-1')).toHaveClass(/has-errors/);
  await expect(designer.field('condition').getByRole('alert')).toContainText('JavaScript syntax error');
  const list = await (await fetch(`${url()}/api/workflows`, { headers: { 'X-Api-Key': adminKey() } })).json();
  expect(list.find((w: { id: string }) => w.id === 'e2e-broken').publishedVersion ?? null).toBeNull();
});
