import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { artifactsDir, workflowsFolder } from './paths';
import { adminKey, signIn, url, watchConsole } from './session';

// Every file of the folder the host published at start (e2e/host.ts passes it as Workflows:Path), read when the spec
// is collected: a workflow added to workflows/ is opened here without touching this spec.
const files = readdirSync(workflowsFolder)
  .filter((file) => file.endsWith('.json'))
  .sort();

interface WorkflowFile {
  id: string;
  activities: { id: string; type: string }[];
  connections?: unknown[];
}

test('the workflows folder has workflow files', () => {
  expect(files.length, `no *.json in ${workflowsFolder}`).toBeGreaterThan(0);
});

for (const file of files) {
  test(`${file} opens in the designer with every activity drawn and no error`, async ({ page }) => {
    const workflow = JSON.parse(readFileSync(path.join(workflowsFolder, file), 'utf8')) as WorkflowFile;
    // The host refuses an invalid file at start and logs why; say so rather than only "not found" in the designer.
    const stored = await fetch(`${url()}/api/workflows/${encodeURIComponent(workflow.id)}`, { headers: { 'X-Api-Key': adminKey() } });
    expect(stored.status, `the host did not load ${file}; ${path.join(artifactsDir, 'host.log')} says why`).toBe(200);

    const errors = watchConsole(page);
    await signIn(page);
    await page.goto(`${url()}/designer/${encodeURIComponent(workflow.id)}`);

    const canvas = page.getByTestId('canvas');
    await expect(canvas).toBeVisible();
    for (const activity of workflow.activities) {
      const node = canvas.getByTestId(`node-${activity.id}`);
      await expect(node, `${file}: activity ${activity.id} (${activity.type})`).toBeVisible();
      // A type the host does not describe is drawn as "Unknown type": the workflow would not run.
      await expect(node.locator('.unknown'), `${file}: activity ${activity.id} has a type the host does not know`).toHaveCount(0);
    }
    await expect(canvas.locator('.react-flow__node')).toHaveCount(workflow.activities.length);
    await expect(canvas.locator('.react-flow__edge')).toHaveCount(workflow.connections?.length ?? 0);
    await expect(page.locator('.error-banner')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
