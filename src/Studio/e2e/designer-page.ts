import { expect, type Locator, type Page } from '@playwright/test';

/** What a designer does with the designer, in the Studio's words. */
export class DesignerPage {
  constructor(private readonly page: Page) {}

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  async drag(type: string, x: number, y: number): Promise<void> {
    await this.page.getByTestId(`palette-${type}`).dragTo(this.page.getByTestId('canvas'), { targetPosition: { x, y } });
  }

  /** Drags from a named port of one node onto another node's input handle. */
  async connect(from: string, port: string, to: string): Promise<void> {
    const source = this.node(from).locator(`.react-flow__handle.source[data-handleid="${port}"]`);
    const target = this.node(to).locator('.react-flow__handle.target');
    const start = await source.boundingBox();
    const end = await target.boundingBox();
    if (!start || !end) throw new Error(`No handle to connect ${from}.${port} to ${to}`);
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  async select(id: string): Promise<void> {
    await this.node(id).locator('.title').click();
    await expect(this.page.getByRole('complementary', { name: 'Properties' }).getByRole('region', { name: `Properties of ${id}` })).toBeVisible();
  }

  field(name: string): Locator {
    return this.page.getByTestId(`field-${name}`);
  }

  async setMode(name: string, mode: 'Literal' | 'JavaScript' | 'Liquid'): Promise<void> {
    await this.field(name).getByRole('radio', { name: mode }).click();
  }

  /** Types into the field's CodeMirror editor, replacing its text. */
  async typeCode(name: string, text: string): Promise<void> {
    const editor = this.field(name).locator('.cm-content');
    await editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Escape'); // closes a completion list, if one is open
  }

  status(): Locator {
    return this.page.locator('.designer-toolbar').getByRole('status').last();
  }

  async save(): Promise<void> {
    await this.page.locator('.designer-toolbar').getByRole('button', { name: 'Save draft' }).click();
  }

  async publish(): Promise<void> {
    await this.page.locator('.designer-toolbar').getByRole('button', { name: 'Publish', exact: true }).click();
  }
}
