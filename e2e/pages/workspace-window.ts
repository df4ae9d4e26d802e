import { expect, type Locator, type Page } from '@playwright/test';

/** The Workspace window: the Local workspace's records, activity, key-value store and data. */
export class WorkspaceWindow {
  readonly root: Locator;
  readonly openButton: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly form: Locator;
  readonly detail: Locator;
  readonly activityEntries: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('workspace-window');
    this.openButton = page.getByTestId('open-workspace');
    this.table = this.root.getByTestId('ws-table');
    this.rows = this.root.getByTestId('ws-record-row');
    this.form = this.root.getByTestId('ws-record-form');
    this.detail = this.root.getByTestId('ws-record-detail');
    this.activityEntries = this.root.getByTestId('ws-activity-entry');
  }

  /** Opens the window from the top bar; the first open on a machine builds the database template (~15 s). */
  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.root).toBeVisible();
    await expect(this.root.getByTestId('ws-records')).toBeVisible({ timeout: 90_000 });
  }

  tab(name: 'records' | 'activity' | 'jobs' | 'connections' | 'agents' | 'kv' | 'data'): Locator {
    return this.root.getByTestId(`ws-tab-${name}`);
  }

  object(name: string): Locator {
    return this.root.locator(`[data-testid="ws-object"][data-name="${name}"]`);
  }

  async showObject(name: string): Promise<void> {
    await this.tab('records').click();
    await this.object(name).click();
    await expect(this.table).toHaveAttribute('data-object', name);
  }

  row(label: string): Locator {
    return this.root.locator(`[data-testid="ws-record-row"][data-label="${label}"]`);
  }

  input(path: string): Locator {
    return this.form.locator(`[data-testid="ws-form-input"][data-path="${path}"]`);
  }

  /** Fills the create or edit form (text inputs by field path) and submits it. */
  async submitForm(values: Record<string, string>): Promise<void> {
    for (const [path, value] of Object.entries(values)) await this.input(path).fill(value);
    await this.form.getByTestId('ws-form-submit').click();
  }

  activity(kind: string, text: string | RegExp): Locator {
    return this.activityEntries.filter({ hasText: text }).and(this.root.locator(`[data-kind="${kind}"]`));
  }
}
