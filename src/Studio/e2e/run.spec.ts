import { expect, test } from '@playwright/test';
import path from 'node:path';
import { artifactsDir } from './paths';
import { api, signIn, url, watchConsole } from './session';

const definition = {
  id: 'e2e-run',
  name: 'E2E run',
  activities: [
    { id: 'inbound', type: 'HttpEndpoint', inputs: { path: 'e2e/run', methods: ['POST'] }, position: { x: 0, y: 0 } },
    { id: 'check', type: 'If', inputs: { condition: { $js: 'trigger.body.amount > 100' } }, position: { x: 260, y: 0 } },
    { id: 'reply', type: 'WriteHttpResponse', inputs: { body: { $liquid: 'Big order from {{ trigger.body.name }}' }, contentType: 'text/plain' }, position: { x: 520, y: 0 } },
  ],
  connections: [
    { from: 'inbound', to: 'check' },
    { from: 'check', port: 'True', to: 'reply' },
  ],
};

test('the run view of an HTTP-triggered instance shows every node done, and If its output', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-run', definition);
  await api('POST', '/api/workflows/e2e-run/publish', {});

  const response = await fetch(`${url()}/workflows/e2e/run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Ana', amount: 150 }),
  });
  expect(await response.text()).toBe('Big order from Ana');
  const { items } = await api<{ items: { id: string }[] }>('GET', '/api/instances?workflowId=e2e-run');
  expect(items).toHaveLength(1);

  // The designer's run dialog lists the latest runs; one opens the run view.
  await signIn(page);
  await page.getByRole('button', { name: 'E2E run', exact: true }).click();
  await page.locator('.designer-toolbar').getByRole('button', { name: 'Run…' }).click();
  await page.getByRole('dialog', { name: 'Run' }).getByRole('button', { name: `Open run ${items[0]!.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/instances/${items[0]!.id}$`));
  await expect(page.getByRole('heading', { name: 'Run of E2E run v1' })).toBeVisible();
  for (const id of ['inbound', 'check', 'reply']) {
    await expect(page.getByTestId(`node-${id}`)).toHaveClass(/run-done/);
    await expect(page.getByTestId(`node-${id}`).getByTestId('run-status')).toContainText('done');
  }
  await expect(page.getByRole('status', { name: 'Instance status' })).toHaveText('Finished');

  await page.getByTestId('node-check').locator('.title').click();
  const executions = page.getByRole('region', { name: 'Executions of check' });
  // If has no output values: its output is the port it continued through, True for an amount over 100.
  await expect(executions.getByRole('region', { name: 'Outputs' })).toContainText('Port True');
  await expect(executions.getByRole('region', { name: 'Inputs' })).toContainText('"condition": true');
  await expect(executions).toContainText('1 attempt');
  await page.screenshot({ path: path.join(artifactsDir, 'run-view.png') });
  expect(errors).toEqual([]);
});

test('runs the published version with a JSON input from the designer and follows it', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-run-input', {
    id: 'e2e-run-input',
    name: 'E2E run input',
    activities: [
      { id: 'check', type: 'If', inputs: { condition: { $js: 'input.amount > 1' } }, position: { x: 0, y: 0 } },
      { id: 'big', type: 'Log', inputs: { message: 'big' }, position: { x: 260, y: -60 } },
      { id: 'small', type: 'Log', inputs: { message: 'small' }, position: { x: 260, y: 60 } },
    ],
    connections: [
      { from: 'check', port: 'True', to: 'big' },
      { from: 'check', port: 'False', to: 'small' },
    ],
  });
  await api('POST', '/api/workflows/e2e-run-input/publish', {});
  await signIn(page);
  await page.getByRole('button', { name: 'E2E run input', exact: true }).click();
  await page.locator('.designer-toolbar').getByRole('button', { name: 'Run…' }).click();
  await page.getByLabel(/Input \(JSON\)/).fill('{ "amount": 5 }');
  await page.getByRole('button', { name: 'Run v1' }).click();

  await expect(page).toHaveURL(/\/instances\/[^/]+$/);
  await expect(page.getByTestId('node-check')).toHaveClass(/run-done/);
  await expect(page.getByTestId('node-big')).toHaveClass(/run-done/);
  await expect(page.getByTestId('node-small')).not.toHaveClass(/run-/);
  // Nodes are selected with the keyboard too.
  await page.locator('.react-flow__node[data-id="small"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Executions of small' })).toContainText('Not executed in this run.');
  expect(errors).toEqual([]);
});

test('follows a run as it happens: a wait shows waiting, then the event moves it on to a failure with its error', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-run-live', {
    id: 'e2e-run-live',
    name: 'E2E run live',
    activities: [
      { id: 'wait', type: 'WaitForEvent', inputs: { name: 'e2e-go' }, position: { x: 0, y: 0 } },
      { id: 'stop', type: 'Fail', inputs: { message: 'stopped on purpose' }, position: { x: 260, y: 0 } },
    ],
    connections: [{ from: 'wait', to: 'stop' }],
  });
  await api('POST', '/api/workflows/e2e-run-live/publish', {});
  const { instanceId } = await api<{ instanceId: string }>('POST', '/api/workflows/e2e-run-live/run', { input: {}, correlationId: 'live-1' });

  await signIn(page);
  await page.goto(`${url()}/runs/${instanceId}`);
  await expect(page.getByTestId('node-wait')).toHaveClass(/run-waiting/);
  await expect(page.getByRole('status', { name: 'Instance status' })).toHaveText('Suspended');

  await api('POST', '/api/events/e2e-go', { correlationId: 'live-1', payload: {} });
  await expect(page.getByTestId('node-wait')).toHaveClass(/run-done/);
  await expect(page.getByTestId('node-stop')).toHaveClass(/run-failed/);
  await expect(page.getByRole('status', { name: 'Instance status' })).toHaveText('Faulted');
  await page.getByTestId('node-stop').locator('.title').click();
  await expect(page.getByRole('region', { name: 'Executions of stop' }).getByRole('region', { name: 'Errors' })).toContainText('stopped on purpose');
  expect(errors).toEqual([]);
});
