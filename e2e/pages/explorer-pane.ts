import type { Locator, Page } from '@playwright/test';

export type TriggerGroup = 'routes' | 'cron' | 'databaseEvents' | 'aiTools' | 'workflowActions' | 'noTrigger';

export class ExplorerPane {
  readonly root: Locator;
  readonly functions: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('explorer');
    this.functions = this.root.getByTestId('explorer-function');
  }

  /** The function rows listed under one trigger group ("Routes", "Cron", ...). */
  functionsUnder(group: TriggerGroup): Locator {
    return this.root.getByTestId(`trigger-group-${group}`).getByTestId('explorer-function');
  }

  functionNamed(name: string, group?: TriggerGroup): Locator {
    const scope = group ? this.root.getByTestId(`trigger-group-${group}`) : this.root;
    return scope.locator(`[data-testid="explorer-function"][data-name="${name}"]`);
  }

  async openFunction(name: string): Promise<void> {
    await this.functionNamed(name).first().click();
  }

  /** Clicks a file in the file tree, unfolding its folders first. */
  async openFile(path: string): Promise<void> {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = this.root.locator(`[data-testid="file-tree-folder"][data-path="${parts.slice(0, i).join('/')}"]`);
      if ((await folder.getAttribute('aria-expanded')) !== 'true') await folder.click();
    }
    await this.root.locator(`[data-testid="file-tree-file"][data-path="${path}"]`).click();
  }
}
