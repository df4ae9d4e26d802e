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

  /**
   * A breakpoint at a line near the top of the open file: a click in the glyph margin, left of the line
   * number. The editor opens a file at its definition, so its top lines may be scrolled out of view
   * (Monaco renders only the lines in view): the cursor goes to the top first.
   */
  async breakpointNearTop(line: number): Promise<void> {
    await this.monaco.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+Home');
    const number = this.monaco.locator('.margin-view-overlays .line-numbers').filter({ hasText: new RegExp(`^${line}$`) });
    const box = (await number.boundingBox())!;
    await this.page.mouse.click(box.x - 10, box.y + box.height / 2);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  /** The text Monaco shows (its rendered lines, so only what is scrolled into view). */
  async visibleText(): Promise<string> {
    return (await this.monaco.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }
}
