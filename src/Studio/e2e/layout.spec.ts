import { expect, test } from '@playwright/test';
import { DesignerPage } from './designer-page';
import { api, signIn, watchConsole } from './session';

test('auto-layout arranges a piled-up flow left to right, and one undo puts it back', async ({ page }) => {
  const errors = watchConsole(page);
  // Every activity at the same spot: nothing can be read until the layout spreads them out.
  await api('PUT', '/api/workflows/e2e-layout', {
    id: 'e2e-layout',
    name: 'E2E layout',
    activities: [
      { id: 'start', type: 'Log', inputs: { message: 'a' }, position: { x: 0, y: 0 } },
      { id: 'check', type: 'If', inputs: { condition: { $js: 'true' } }, position: { x: 0, y: 0 } },
      { id: 'yes', type: 'Log', inputs: { message: 'y' }, position: { x: 0, y: 0 } },
      { id: 'no', type: 'Log', inputs: { message: 'n' }, position: { x: 0, y: 0 } },
    ],
    connections: [
      { from: 'start', to: 'check' },
      { from: 'check', port: 'True', to: 'yes' },
      { from: 'check', port: 'False', to: 'no' },
    ],
  });
  const designer = new DesignerPage(page);
  await signIn(page);
  await page.getByRole('button', { name: 'E2E layout', exact: true }).click();
  await expect(designer.node('no')).toBeVisible();

  const toolbar = page.locator('.designer-toolbar');
  await toolbar.getByRole('button', { name: 'Auto-layout' }).click();
  await designer.save();
  await expect(designer.status()).toHaveText(/^Saved v\d+$/);
  const saved = await api<{ activities: { id: string; position: { x: number; y: number } }[] }>('GET', '/api/workflows/e2e-layout');
  const at = Object.fromEntries(saved.activities.map((activity) => [activity.id, activity.position]));
  expect(at.start!.x).toBeLessThan(at.check!.x);
  expect(at.check!.x).toBeLessThan(at.yes!.x);
  expect(at.yes!.x).toBe(at.no!.x);
  expect(at.yes!.y).not.toBe(at.no!.y);

  // The screen agrees: the branches are side by side, not on top of each other.
  const yes = (await designer.node('yes').boundingBox())!;
  const no = (await designer.node('no').boundingBox())!;
  expect(Math.abs(yes.y - no.y)).toBeGreaterThan(yes.height / 2);

  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await designer.save();
  await expect.poll(async () => (await api<{ activities: { position: { x: number; y: number } }[] }>('GET', '/api/workflows/e2e-layout')).activities.every((a) => a.position.x === 0 && a.position.y === 0)).toBe(true);
  expect(errors).toEqual([]);
});
