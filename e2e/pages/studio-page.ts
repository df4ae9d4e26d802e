import type { Page } from '@playwright/test';
import type { StudioServer } from '../fixtures';
import { EditorPane } from './editor-pane';
import { ExplorerPane } from './explorer-pane';
import { ProblemsPane } from './problems-pane';
import { ConsolePane, RunPane } from './run-pane';

/** The studio window as a person sees it: an explorer, an editor, a problems list, the run pane and the console. */
export class StudioPage {
  readonly explorer: ExplorerPane;
  readonly editor: EditorPane;
  readonly problems: ProblemsPane;
  readonly run: RunPane;
  readonly console: ConsolePane;

  constructor(
    readonly page: Page,
    readonly server: StudioServer,
  ) {
    this.explorer = new ExplorerPane(page);
    this.editor = new EditorPane(page);
    this.problems = new ProblemsPane(page);
    this.run = new RunPane(page);
    this.console = new ConsolePane(page);
  }

  /** Opens the studio's URL and waits until the app's model is on screen. */
  async goto(): Promise<void> {
    await this.page.goto(this.server.url);
    await this.explorer.root.waitFor();
    await this.explorer.functions.first().waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.explorer.functions.first().waitFor();
  }
}
