import { expect, test } from '@playwright/test';
import { api, signIn, watchConsole } from './session';

const size = 200;

/** 200 Log activities in a chain, laid out in rows of 20. */
function bigWorkflow() {
  const activities = Array.from({ length: size }, (_, index) => ({
    id: `a${index}`,
    type: 'Log',
    inputs: { message: `step ${index}` },
    position: { x: (index % 20) * 260, y: Math.floor(index / 20) * 160 },
  }));
  const connections = activities.slice(1).map((activity, index) => ({ from: `a${index}`, to: activity.id }));
  return { id: 'e2e-big', name: 'E2E big', activities, connections };
}

test('a 200-activity workflow opens quickly and a node can be dragged', async ({ page }) => {
  const errors = watchConsole(page);
  await api('PUT', '/api/workflows/e2e-big', bigWorkflow());
  await api('PUT', '/api/workflows/e2e-small', { id: 'e2e-small', name: 'E2E small', activities: [{ id: 'log', type: 'Log', inputs: { message: 'hi' } }], connections: [] });
  await signIn(page);
  // The designer's code is loaded once (with a small workflow) before measuring, so the figure is the render, not the download.
  await page.getByRole('button', { name: 'E2E small', exact: true }).click();
  await page.getByTestId('node-log').waitFor();
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('button', { name: 'Workflows' }).click();

  await page.evaluate(() => ((window as unknown as { openedAt: number }).openedAt = performance.now()));
  await page.getByRole('button', { name: 'E2E big', exact: true }).click();
  await page.getByTestId('node-a0').waitFor();
  const firstRender = await page.evaluate(() => performance.now() - (window as unknown as { openedAt: number }).openedAt);
  await expect(page.locator('.react-flow__node')).toHaveCount(size);
  const allNodes = await page.evaluate(() => performance.now() - (window as unknown as { openedAt: number }).openedAt);
  console.log(`200-activity workflow: first node rendered after ${firstRender.toFixed(0)} ms, all ${size} after ${allNodes.toFixed(0)} ms`);
  test.info().annotations.push({ type: 'time to first render (ms)', description: firstRender.toFixed(0) });

  // The canvas fits the workflow (down to its smallest zoom) once every node is measured; then drag one that is well inside it.
  await expect(page.locator('.react-flow__node[data-id="a199"]')).toBeVisible();
  const id = await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    const inside = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find((element) => {
      const box = element.getBoundingClientRect();
      return box.left > canvas.left + 40 && box.right < canvas.right - 260 && box.top > canvas.top + 40 && box.bottom < canvas.bottom - 260;
    });
    return inside?.dataset.id ?? null;
  });
  if (!id) throw new Error('no node is inside the canvas');
  const node = page.locator(`.react-flow__node[data-id="${id}"]`);
  const before = await node.boundingBox();
  if (!before) throw new Error(`node ${id} is not on screen`);
  const dragStart = await page.evaluate(() => performance.now());
  await page.mouse.move(before.x + before.width / 2, before.y + 10);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width / 2 + 120, before.y + 90, { steps: 15 });
  await page.mouse.up();
  const dragged = await page.evaluate((start) => performance.now() - start, dragStart);
  console.log(`dragging a node among ${size} took ${dragged.toFixed(0)} ms`);
  const after = await node.boundingBox();
  expect(after!.x).toBeGreaterThan(before.x + 20);
  expect(after!.y).toBeGreaterThan(before.y + 20);
  await expect(page.locator('.designer-toolbar')).toContainText('unsaved');
  expect(firstRender).toBeLessThan(5000);
  expect(errors).toEqual([]);
});
