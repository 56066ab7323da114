import { expect, test } from '@playwright/test';
import path from 'node:path';
import { artifactsDir } from './paths';
import { api, signIn, url, watchConsole } from './session';

const field = (name: string, type: string, extra: Record<string, unknown> = {}) => ({ name, type, ...extra });

// A template of tenant default: a greeting whose brand and price the copy fills in.
const template = (brand: Record<string, unknown>) => ({
  id: 'e2e-greeter',
  name: 'E2E greeter',
  description: 'Greets for {{ template.brand }}.',
  tags: ['e2e'],
  template: {
    fields: [
      brand,
      field('priceCents', 'integer', { label: 'Price (cents)' }),
      field('greeting', 'select', { options: ['Hello', 'Olá'], default: 'Hello' }),
      field('wait', 'duration', { default: 'PT24H' }),
      field('vip', 'boolean', { default: false }),
    ],
  },
  activities: [
    { id: 'inbound', type: 'HttpEndpoint', inputs: { path: 'e2e/greeter', methods: ['POST'] }, position: { x: 0, y: 0 } },
    {
      id: 'reply',
      type: 'WriteHttpResponse',
      inputs: { body: '{{ template.greeting }} from {{ template.brand }}: {{ template.priceCents }} cents', contentType: 'text/plain' },
      position: { x: 260, y: 0 },
    },
  ],
  connections: [{ from: 'inbound', to: 'reply' }],
});

async function publishTemplate(brand: Record<string, unknown>): Promise<void> {
  await api('PUT', '/api/workflows/e2e-greeter', template(brand));
  await api('POST', '/api/workflows/e2e-greeter/publish', {});
}

test('instantiates a template from the gallery: own checks, server refusals on their fields, then the copy in the designer', async ({ page }) => {
  const errors = watchConsole(page);
  await publishTemplate(field('brand', 'string', { label: 'Brand name', default: 'Acme' }));
  await signIn(page);

  // The gallery, from the Shell's nav: a card per template with its name, description and fields count.
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('button', { name: 'Templates' }).click();
  await expect(page).toHaveURL(/\/templates$/);
  const card = page.getByTestId('template-e2e-greeter');
  await expect(card.getByRole('heading', { name: 'E2E greeter' })).toBeVisible();
  await expect(card).toContainText('Greets for Acme.');
  await expect(card).toContainText('5 fields');
  await page.screenshot({ path: path.join(artifactsDir, 'templates-gallery.png') });
  await card.getByRole('button', { name: 'Use template' }).click();

  // The setup form: defaults filled in, the field without a default marked as needing a value.
  const form = page.getByRole('form', { name: 'Set up E2E greeter' });
  await expect(form.getByLabel('Brand name')).toHaveValue('Acme');
  await expect(form.getByLabel('greeting')).toHaveValue('Hello');
  await expect(form.getByLabel('wait')).toHaveValue('PT24H');
  await expect(form.getByRole('switch')).not.toBeChecked();
  const price = form.getByLabel('Price (cents)');
  await expect(price).toHaveAttribute('aria-required', 'true');
  const create = form.getByRole('button', { name: 'Create workflow' });

  // The form's own check: nothing is sent without a price.
  await create.click();
  await expect(form.getByTestId('template-field-priceCents').getByRole('alert')).toHaveText(/Needs a value/);
  await price.fill('4990');
  await expect(form.getByTestId('template-field-priceCents').getByRole('alert')).toHaveCount(0);

  // The template's own id is taken: the server's 409 shows on the copy id.
  await form.getByLabel('Copy id').fill('e2e-greeter');
  await create.click();
  await expect(form.getByRole('group', { name: 'Your copy' }).getByRole('alert')).toContainText("already has a workflow 'e2e-greeter'");

  // The template changes while the form is open (brand becomes a choice): the server refuses the brand on its field.
  await publishTemplate(field('brand', 'select', { label: 'Brand name', options: ['Zeta'], default: 'Zeta' }));
  await form.getByLabel('Copy id').fill('e2e-greeter-acme');
  await form.getByLabel('Brand name').fill('Acme Co');
  await form.getByLabel('greeting').selectOption('Olá');
  await create.click();
  await expect(form.getByTestId('template-field-brand').getByRole('alert')).toHaveText("'brand' must be one of Zeta; got 'Acme Co'.");
  await expect(form.getByRole('alert').filter({ hasText: "The values do not fit template 'e2e-greeter'." })).toBeVisible();
  await page.screenshot({ path: path.join(artifactsDir, 'templates-setup-refused.png') });

  await form.getByLabel('Brand name').fill('Zeta');
  await expect(form.getByTestId('template-field-brand').getByRole('alert')).toHaveCount(0);
  await create.click();

  // The copy opens in the designer; with nothing selected, its properties say where it came from.
  await expect(page).toHaveURL(/\/designer\/e2e-greeter-acme$/);
  await expect(page.getByTestId('node-inbound')).toBeVisible();
  const properties = page.getByRole('complementary', { name: 'Properties' });
  await expect(properties.getByTestId('template-origin')).toHaveText('Instantiated from e2e-greeter v2');
  await expect(properties.getByTestId('template-value-brand')).toContainText('Zeta');
  await expect(properties.getByTestId('template-value-priceCents')).toContainText('4990');
  await expect(properties.getByRole('list', { name: 'HTTP routes' })).toHaveText('POST /workflows/default/e2e-greeter-acme/e2e/greeter');
  await page.screenshot({ path: path.join(artifactsDir, 'templates-copy-designer.png') });

  // The copy is published and answers on its own route with the values put into it.
  const response = await fetch(`${url()}/workflows/default/e2e-greeter-acme/e2e/greeter`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
  expect(await response.text()).toBe('Olá from Zeta: 4990 cents');

  // The template itself lists its fields in its properties.
  await page.goto(`${url()}/designer/e2e-greeter`);
  const fields = page.getByRole('complementary', { name: 'Properties' }).getByRole('region', { name: 'Template fields' });
  await expect(fields.getByTestId('template-info-priceCents')).toContainText('integer');
  await expect(fields.getByTestId('template-info-priceCents').locator('.required')).toBeVisible();
  await expect(fields.getByTestId('template-info-greeting')).toContainText('options: Hello, Olá');
  // The browser logs the two refusals above; nothing else went wrong.
  expect(errors).toEqual([
    'Failed to load resource: the server responded with a status of 409 (Conflict)',
    'Failed to load resource: the server responded with a status of 400 (Bad Request)',
  ]);
});
