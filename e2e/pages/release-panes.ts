import type { Locator, Page } from '@playwright/test';

/** The install simulator as a person uses it: two version pickers, a Run button, the timeline. */
export class InstallSimulatorPane {
  readonly openButton: Locator;
  readonly root: Locator;
  readonly runButton: Locator;
  readonly outcome: Locator;
  readonly timeline: Locator;
  readonly steps: Locator;
  readonly destructive: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('open-install-simulator');
    this.root = page.getByTestId('install-simulator');
    this.runButton = this.root.getByTestId('install-run');
    this.outcome = this.root.getByTestId('install-outcome');
    this.timeline = this.root.getByTestId('install-results').getByTestId('install-timeline');
    this.steps = this.timeline.getByTestId('install-step');
    this.destructive = this.root.getByTestId('diff-destructive-entry');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.root.waitFor();
  }

  /** Chooses a git tag on one side ('from' or 'to'), once install.versions has listed it. */
  async pickTag(side: 'from' | 'to', tag: string): Promise<void> {
    await this.root.getByTestId(`install-${side}-kind`).selectOption('git');
    const refs = this.root.getByTestId(`install-${side}-ref`);
    await refs.locator(`option[value="${tag}"]`).waitFor({ state: 'attached' });
    await refs.selectOption(tag);
  }

  step(name: string): Locator {
    return this.steps.and(this.page.locator(`[data-step="${name}"]`));
  }
}

/** The Package panel: the Package button, the file list, a failure's locations. */
export class PackagePane {
  readonly openButton: Locator;
  readonly root: Locator;
  readonly buildButton: Locator;
  readonly files: Locator;
  readonly tarball: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('open-package');
    this.root = page.getByTestId('package-panel');
    this.buildButton = this.root.getByTestId('package-build');
    this.files = this.root.getByTestId('package-file');
    this.tarball = this.root.getByTestId('package-tarball');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.root.waitFor();
  }

  file(path: string): Locator {
    return this.files.and(this.page.locator(`[data-path="${path}"]`));
  }
}
