import { expect, type Page } from '@playwright/test';

export const url = () => process.env.STUDIO_E2E_URL!;
export const adminKey = () => process.env.STUDIO_E2E_ADMIN_KEY!;

/** Calls the host's API with a key (the admin key by default). */
export async function api<T = unknown>(method: string, path: string, body?: unknown, key = adminKey()): Promise<T> {
  const response = await fetch(`${url()}${path}`, {
    method,
    headers: { 'X-Api-Key': key, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A new key of the default tenant with this role. */
export async function createKey(role: string): Promise<string> {
  return (await api<{ key: string }>('POST', '/api/keys', { role, name: `e2e ${role}` })).key;
}

export async function signIn(page: Page, key = adminKey()): Promise<void> {
  await page.goto(url());
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Workflows' })).toBeVisible();
}

/** Collects console errors and page errors; the test expects none at its end. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
