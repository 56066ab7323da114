import { expect, test } from '@playwright/test';
import { DesignerPage } from './designer-page';
import { api, signIn, watchConsole } from './session';

test('ctrl-click and a shift-drag box select activities; Ctrl+C and Ctrl+V paste them with new ids and their connection, as one undo step', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-clipboard', {
    id: 'e2e-clipboard',
    name: 'E2E clipboard',
    activities: [
      { id: 'first', type: 'Log', inputs: { message: 'one' }, position: { x: 0, y: 0 } },
      { id: 'second', type: 'Log', inputs: { message: 'two' }, position: { x: 300, y: 0 } },
      { id: 'third', type: 'Log', inputs: { message: 'three' }, position: { x: 600, y: 0 } },
    ],
    connections: [
      { from: 'first', to: 'second' },
      { from: 'second', to: 'third' },
    ],
  });
  const designer = new DesignerPage(page);
  await signIn(page);
  await page.getByRole('button', { name: 'E2E clipboard', exact: true }).click();
  await expect(designer.node('third')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  await designer.node('first').locator('.title').click();
  await designer.node('second').locator('.title').click({ modifiers: ['ControlOrMeta'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  await page.keyboard.press('ControlOrMeta+C');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(designer.node('log-1')).toBeVisible();
  await expect(designer.node('log-2')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  await designer.save();
  await expect(designer.status()).toHaveText(/^Saved v\d+$/);
  const saved = await api<{ activities: { id: string; inputs: { message: string }; position: { x: number; y: number } }[]; connections: { from: string; to: string }[] }>(
    'GET',
    '/api/workflows/e2e-clipboard',
  );
  const pasted = saved.activities.find((activity) => activity.id === 'log-1')!;
  expect(pasted.inputs.message).toBe('one');
  expect(pasted.position).toEqual({ x: 40, y: 40 });
  expect(saved.connections).toContainEqual(expect.objectContaining({ from: 'log-1', to: 'log-2' }));

  await page.locator('.designer-toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Shift+drag draws a box that selects the activities inside it.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  const first = (await designer.node('first').boundingBox())!;
  const second = (await designer.node('second').boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(first.x - 15, first.y - 15);
  await page.mouse.down();
  await page.mouse.move(second.x + second.width + 15, second.y + second.height + 15, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await expect(page.locator('.react-flow__node[data-id="third"]')).not.toHaveClass(/selected/);
  expect(errors).toEqual([]);
});
