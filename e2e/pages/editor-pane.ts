import type { Locator, Page } from '@playwright/test';

export class EditorPane {
  readonly tabs: Locator;
  readonly conflictPrompt: Locator;
  private readonly monaco: Locator;

  constructor(private readonly page: Page) {
    this.tabs = page.getByTestId('editor-tab');
    this.conflictPrompt = page.getByTestId('conflict-prompt');
    this.monaco = page.getByTestId('code-editor');
  }

  tab(path: string): Locator {
    return this.page.locator(`[data-testid="editor-tab"][data-path="${path}"]`);
  }

  /** Puts the cursor at the very end of the open file and types there, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    await this.monaco.locator('.view-lines').click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  /** The text Monaco shows (its rendered lines, so only what is scrolled into view). */
  async visibleText(): Promise<string> {
    return (await this.monaco.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }
}
