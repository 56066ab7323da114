import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { artifactsDir } from './paths';
import { api, signIn, watchConsole } from './session';

/** A loopback service that answers 503 until the test makes it healthy: the cause of the fault, fixed from the test. */
async function startFlakyService(): Promise<{ server: Server; url: string; heal: () => void }> {
  let healthy = false;
  const server = createServer((_, response) => {
    response.writeHead(healthy ? 200 : 503, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ healthy }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/ping`, heal: () => (healthy = true) };
}

test('a faulted instance shows its incident in the instance list and detail; Retry finishes it once the cause is fixed', async ({ page }) => {
  const errors = watchConsole(page);
  const service = await startFlakyService();
  try {
    await api('PUT', '/api/workflows/e2e-incident', {
      id: 'e2e-incident',
      name: 'E2E incident',
      activities: [
        { id: 'call', type: 'SendHttpRequest', inputs: { url: service.url }, position: { x: 0, y: 0 } },
        { id: 'after', type: 'Log', inputs: { message: 'called' }, position: { x: 260, y: 0 } },
      ],
      connections: [{ from: 'call', to: 'after' }],
    });
    await api('POST', '/api/workflows/e2e-incident/publish', {});
    const run = await api<{ instanceId: string; status: string }>('POST', '/api/workflows/e2e-incident/run?wait=5', { input: {}, correlationId: 'incident-1' });
    expect(run.status).toBe('Faulted');

    await signIn(page);
    await page.getByRole('navigation', { name: 'Studio' }).getByRole('button', { name: 'Instances' }).click();
    await expect(page.getByRole('heading', { name: 'Instances' })).toBeVisible();
    const filters = page.getByRole('form', { name: 'Instance filters' });
    await filters.getByLabel('Workflow').fill('e2e-incident');
    await filters.getByLabel('Status').selectOption('Faulted');
    await filters.getByRole('button', { name: 'Apply' }).click();
    const rows = page.getByRole('table', { name: 'Instances' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('incident-1');
    await rows.first().getByRole('button', { name: `Open instance ${run.instanceId}` }).click();

    await expect(page).toHaveURL(new RegExp(`/instances/${run.instanceId}$`));
    await expect(page.getByTestId('node-call')).toHaveClass(/run-failed/);
    const incidents = page.getByRole('region', { name: 'Incidents' });
    await expect(incidents).toContainText('call (SendHttpRequest)');
    await expect(incidents).toContainText('503');
    await expect(page.getByRole('region', { name: 'Journal' })).toContainText('Faulted');
    await page.screenshot({ path: path.join(artifactsDir, 'instance.png') });

    service.heal();
    await page.getByRole('group', { name: 'Instance actions' }).getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('status', { name: 'Instance status' })).toHaveText('Finished');
    await expect(page.getByTestId('node-call')).toHaveClass(/run-done/);
    await expect(page.getByTestId('node-after')).toHaveClass(/run-done/);
    await expect(page.getByRole('group', { name: 'Instance actions' }).getByRole('button', { name: 'Retry' })).toBeDisabled();
    expect(errors).toEqual([]);
  } finally {
    service.server.close();
  }
});

test('the instance list pages with a cursor', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-many', { id: 'e2e-many', name: 'E2E many', activities: [{ id: 'log', type: 'Log', inputs: { message: 'hi' } }], connections: [] });
  await api('POST', '/api/workflows/e2e-many/publish', {});
  for (let index = 0; index < 27; index++) {
    await api('POST', '/api/workflows/e2e-many/run', { input: {} });
  }
  await signIn(page);
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('button', { name: 'Instances' }).click();
  await page.getByRole('form', { name: 'Instance filters' }).getByLabel('Workflow').fill('e2e-many');
  await page.getByRole('button', { name: 'Apply' }).click();
  const rows = page.getByRole('table', { name: 'Instances' }).locator('tbody tr');
  await expect(rows).toHaveCount(25);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(rows).toHaveCount(25);
  expect(errors).toEqual([]);
});
