import { expect, test } from '@playwright/test';
import { signIn, watchConsole } from './session';

test('? shows the keyboard shortcuts, Escape closes them, and a ? typed in a field stays text', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page);

  await page.getByLabel('Search workflows').fill('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await page.getByLabel('Search workflows').fill('');
  await page.getByRole('heading', { name: 'Workflows' }).click();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('region', { name: 'Designer' })).toContainText('Ctrl+V');
  await expect(help).toContainText('Shift+drag');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // In the designer too.
  await page.getByRole('button', { name: 'Hello', exact: true }).click();
  await expect(page.getByTestId('node-greet')).toBeVisible();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toHaveCount(0);
  expect(errors).toEqual([]);
});
