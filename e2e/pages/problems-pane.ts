import type { Locator, Page } from '@playwright/test';

export class ProblemsPane {
  readonly tab: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.tab = page.getByTestId('panel-tab-problems');
    this.rows = page.getByTestId('problems-panel').getByTestId('problem-row');
  }

  async show(): Promise<void> {
    await this.tab.click();
  }

  /** The rows whose location (`file:line:col`) is in `file`. */
  rowsFor(file: string): Locator {
    return this.rows.filter({ hasText: `${file}:` });
  }
}
