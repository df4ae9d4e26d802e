import type { Locator, Page } from '@playwright/test';

/** The run pane beside the console, the Run buttons on explorer rows, and the payload editor. */
export class RunPane {
  readonly root: Locator;
  readonly status: Locator;
  readonly data: Locator;
  readonly error: Locator;
  readonly errorType: Locator;
  readonly stackFrames: Locator;
  readonly cancel: Locator;
  readonly payloadEditor: Locator;
  readonly payloadText: Locator;
  readonly payloadError: Locator;
  readonly payloadRun: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('run-panel');
    this.status = this.root.getByTestId('run-status');
    this.data = this.root.getByTestId('run-data');
    this.error = this.root.getByTestId('run-error');
    this.errorType = this.root.getByTestId('run-error-type');
    this.stackFrames = this.root.getByTestId('run-stack-frame');
    this.cancel = this.root.getByTestId('run-cancel');
    this.payloadEditor = page.getByTestId('payload-editor');
    this.payloadText = this.payloadEditor.getByTestId('payload-text');
    this.payloadError = this.payloadEditor.getByTestId('payload-error');
    this.payloadRun = this.payloadEditor.getByTestId('payload-run');
  }

  private row(name: string): Locator {
    return this.page.locator(`[data-testid="explorer-function"][data-name="${name}"]`).first();
  }

  /** The Run button shows when the pointer is over the row, as a person finds it. */
  async runFromExplorer(name: string): Promise<void> {
    await this.row(name).hover();
    await this.page.locator(`[data-testid="run-function"][data-name="${name}"]`).first().click();
  }

  async runWithPayloadFromExplorer(name: string): Promise<void> {
    await this.row(name).hover();
    await this.page.locator(`[data-testid="run-function-with-payload"][data-name="${name}"]`).first().click();
  }
}

/** The console's terminal: only the rows xterm has drawn (the visible part of the output). */
export class ConsolePane {
  readonly tab: Locator;
  readonly terminal: Locator;

  constructor(page: Page) {
    this.tab = page.getByTestId('panel-tab-console');
    this.terminal = page.getByTestId('console-terminal');
  }

  async visibleText(): Promise<string> {
    return (await this.terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  }
}
