import type { Locator, Page } from '@playwright/test';

/** The inspector's trigger form, the cron previewer and the New function / Cron dialogs. */
export class TriggerFormPane {
  readonly root: Locator;
  readonly cronPreviewer: Locator;
  readonly newFunctionDialog: Locator;
  readonly cronDialog: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('trigger-form');
    this.cronPreviewer = this.root.getByTestId('cron-previewer');
    this.newFunctionDialog = page.getByTestId('new-function-dialog');
    this.cronDialog = page.getByTestId('cron-dialog');
  }

  field(path: string): Locator {
    return this.root.getByTestId(`field-${path.replace(/\./g, '-')}`);
  }

  input(testId: string): Locator {
    return this.root.getByTestId(testId);
  }

  /** Replaces a text field's value and commits it (Enter), as a person would. */
  async fillAndCommit(testId: string, value: string): Promise<void> {
    const input = this.input(testId);
    await input.fill(value);
    await input.press('Enter');
  }

  async createFunction(name: string, triggers: string[]): Promise<void> {
    await this.page.getByTestId('new-function-button').click();
    await this.newFunctionDialog.getByTestId('new-function-name').fill(name);
    for (const trigger of ['httpRoute', 'cron', 'databaseEvent', 'tool', 'workflowAction']) {
      await this.newFunctionDialog.getByTestId(`new-function-trigger-${trigger}`).setChecked(triggers.includes(trigger));
    }
    await this.newFunctionDialog.getByTestId('new-function-create').click();
  }
}
