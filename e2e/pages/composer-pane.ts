import type { Locator, Page } from '@playwright/test';

/** The Compose tab of the bottom panel: the route and event composers, saved payloads, the route server. */
export class ComposerPane {
  readonly tab: Locator;
  readonly root: Locator;
  readonly method: Locator;
  readonly url: Locator;
  readonly headers: Locator;
  readonly send: Locator;
  readonly preview: Locator;
  readonly droppedHeaders: Locator;
  readonly response: Locator;
  readonly responseStatus: Locator;
  readonly responseHeaders: Locator;
  readonly routeServerUrl: Locator;
  readonly savedPayloads: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('panel-tab-compose');
    this.root = page.getByTestId('composer');
    this.method = this.root.getByTestId('route-method');
    this.url = this.root.getByTestId('route-url');
    this.headers = this.root.getByTestId('route-headers');
    this.send = this.root.getByTestId('route-send');
    this.preview = this.root.getByTestId('route-preview');
    this.droppedHeaders = this.root.getByTestId('route-dropped-header');
    this.response = this.root.getByTestId('route-response');
    this.responseStatus = this.root.getByTestId('route-response-status');
    this.responseHeaders = this.root.getByTestId('route-response-headers');
    this.routeServerUrl = this.root.getByTestId('route-server-url');
    this.savedPayloads = this.root.getByTestId('saved-payload');
  }

  /** Selects the function in the explorer and opens the Compose tab on it. */
  async open(functionName: string): Promise<void> {
    await this.page.locator(`[data-testid="explorer-function"][data-name="${functionName}"]`).first().click();
    await this.tab.click();
    await this.root.and(this.page.locator(`[data-function="${functionName}"]`)).waitFor();
  }

  /** Fills the last row of the headers table (adding one first). */
  async addHeader(name: string, value: string): Promise<void> {
    await this.headers.getByTestId('route-headers-add').click();
    const row = this.headers.getByTestId('route-headers-row').last();
    await row.getByLabel('Headers name').fill(name);
    await row.getByLabel('Headers value').fill(value);
  }

  async setJsonBody(text: string): Promise<void> {
    await this.root.getByTestId('route-body-mode-json').check();
    await this.root.getByTestId('route-body-text').fill(text);
  }

  savedPayload(name: string): Locator {
    return this.root.locator(`[data-testid="saved-payload"][data-name="${name}"]`);
  }

  /** The saved payloads sit beside the composer when it is wide; otherwise the header's toggle shows them. */
  async showSaved(): Promise<void> {
    const panel = this.root.getByTestId('saved-payloads');
    if (!(await panel.isVisible())) await this.root.getByTestId('saved-payloads-toggle').click();
    await panel.waitFor();
  }

  /** Saves the composer's input under `name` (no expectation unless `status` is given). */
  async save(name: string, status?: 'SUCCESS' | 'ERROR'): Promise<void> {
    await this.showSaved();
    await this.root.getByTestId('save-payload').click();
    const form = this.root.getByTestId('save-payload-form');
    await form.getByTestId('save-payload-name').fill(name);
    if (status) {
      await form.locator('summary').click();
      await form.getByTestId('save-payload-status').selectOption(status);
    }
    await form.getByTestId('save-payload-submit').click();
    await form.waitFor({ state: 'detached' });
  }
}
