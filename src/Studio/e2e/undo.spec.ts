import { expect, test } from '@playwright/test';
import { DesignerPage } from './designer-page';
import { api, signIn, watchConsole } from './session';

test('undo and redo a deletion and a drag, with the toolbar and the keyboard', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-undo', {
    id: 'e2e-undo',
    name: 'E2E undo',
    activities: [
      { id: 'first', type: 'Log', inputs: { message: 'one' }, position: { x: 0, y: 0 } },
      { id: 'second', type: 'Log', inputs: { message: 'two' }, position: { x: 300, y: 0 } },
    ],
    connections: [{ from: 'first', to: 'second' }],
  });
  const designer = new DesignerPage(page);
  await signIn(page);
  await page.getByRole('button', { name: 'E2E undo', exact: true }).click();
  const toolbar = page.locator('.designer-toolbar');
  await expect(designer.node('second')).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await designer.select('second');
  await page.keyboard.press('Delete');
  await expect(designer.node('second')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(designer.node('second')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(designer.node('second')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(designer.node('second')).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeEnabled();

  // A drag is one step, however many moves it makes.
  const node = page.locator('.react-flow__node[data-id="first"]');
  const start = (await node.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + 10);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 60, start.y + 110, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await node.boundingBox())!.y).toBeGreaterThan(start.y + 50);
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => Math.round((await node.boundingBox())!.y)).toBe(Math.round(start.y));
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(async () => (await node.boundingBox())!.y).toBeGreaterThan(start.y + 50);
  expect(errors).toEqual([]);
});
