import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertBrowserTestsCanRun, launchChromium, logInAs } from '../helpers/browser.js';
import { CaseApi } from '../helpers/case-api.js';
import { SystemUnderTest } from '../helpers/system.js';

/**
 * One running system and one Chromium shared by the browser scenarios of a file (starting the system is
 * the slow part). The scenarios of a file run one after another in the order the file lists
 * them; the clock only moves forward, and each scenario works on cases it registers itself.
 */
export class BrowserSuite {
  readonly system = new SystemUnderTest({ clockStart: new Date('2026-07-01T01:00:00Z') });
  api!: CaseApi;
  private browser!: Browser;
  /** The profiles opened by the running test, closed when it ends (an idle page still costs Chromium). */
  private testContexts: BrowserContext[] = [];
  /** The profiles a scenario keeps across its tests, closed with the suite. */
  private readonly keptContexts: BrowserContext[] = [];
  private pageErrors: string[] = [];
  /** The system's day (China time), which every new page's clock also reads. */
  today = '2026-07-01';

  /**
   * A test of a scenario. When it fails, its error also tells what its pages showed then (open
   * dialogs, alerts, the address) and what the system logged at warning or above meanwhile: a timed-out
   * wait alone does not say whether a form was refused or a request failed.
   */
  readonly it = (name: string, test: () => Promise<void>, timeout?: number): void => {
    it(
      name,
      async () => {
        const logsFrom = this.system.logs().length;
        try {
          await test();
        } catch (error) {
          throw await this.explained(error, logsFrom);
        }
      },
      timeout,
    );
  };

  get baseUrl(): string {
    return this.system.gatewayUrl;
  }

  async start(): Promise<void> {
    assertBrowserTestsCanRun();
    await this.system.start();
    this.api = new CaseApi(this.system.gatewayUrl);
    this.browser = await launchChromium();
  }

  async stop(): Promise<void> {
    await this.closeTestPages();
    for (const context of this.keptContexts) await context.close();
    await this.browser?.close();
    await this.system.stop();
  }

  /** Moves the system and the pages opened from now on to `date` (never backwards). */
  setToday(date: string): void {
    if (date < this.today) throw new Error(`the suite's clock only moves forward (${this.today} → ${date})`);
    this.today = date;
    this.system.setToday(date);
  }

  /** Closes the pages the last test opened, except those it asked to keep. */
  async closeTestPages(): Promise<void> {
    const contexts = this.testContexts;
    this.testContexts = [];
    for (const context of contexts) await context.close();
  }

  /**
   * A fresh browser profile (its own cookies) whose clock reads the system's day. It is closed when the
   * test ends, unless `keep` (a page the scenario's next tests go on with).
   */
  async newPage({ keep = false }: { keep?: boolean } = {}): Promise<Page> {
    const context = await this.browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1360, height: 800 },
      // The console and the portal then open dialogs and menus without their motion: nothing to wait out.
      reducedMotion: 'reduce',
    });
    (keep ? this.keptContexts : this.testContexts).push(context);
    await context.clock.setFixedTime(new Date(`${this.today}T09:00:00+08:00`));
    const page = await context.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`));
    return page;
  }

  private async explained(error: unknown, logsFrom: number): Promise<unknown> {
    if (!(error instanceof Error)) return error;
    const pages = [...this.testContexts, ...this.keptContexts].flatMap((context) => context.pages());
    const shown = await Promise.all(pages.map((page) => pageDigest(page).catch((failure: Error) => `${page.url()}: ${failure.message}`)));
    const warnings = this.system
      .logs()
      .slice(logsFrom)
      .split('\n')
      .filter((line) => /"level":"(warn|error|fatal)"/.test(line))
      .slice(-20);
    const frames = error.stack?.includes('\n    at ') ? error.stack.slice(error.stack.indexOf('\n    at ')) : '';
    error.message += `\n\nThe test's pages then:\n${shown.join('\n') || '(none open)'}\n\nThe system's warnings and errors meanwhile:\n${warnings.join('\n') || '(none)'}`;
    // Jest prints the stack, whose first lines are the message as it was when the stack was taken.
    error.stack = `${error.name}: ${error.message}${frames}`;
    return error;
  }

  /** The uncaught script errors of the pages since the last call (a crashed page shows nothing). */
  takePageErrors(): string[] {
    const errors = this.pageErrors;
    this.pageErrors = [];
    return errors;
  }

  /** A fresh page logged in as a demo user (password Demo@2026); `keep` as for `newPage`. */
  async pageAs(username: string, options: { keep?: boolean } = {}): Promise<Page> {
    const page = await this.newPage(options);
    await logInAs(page, this.baseUrl, username);
    return page;
  }
}

/** A page's address, open dialogs and alerts, as text (each cut short). */
async function pageDigest(page: Page): Promise<string> {
  const texts = await page
    .locator('.ant-modal:visible, .ant-alert:visible, .ant-message:visible, .ant-notification:visible, .ant-form-item-explain-error:visible')
    .allInnerTexts();
  return `${page.url()}: ${texts.map((text) => text.replace(/\s+/g, ' ').slice(0, 300)).join(' | ') || '(no dialog or alert)'}`;
}

/** A file of browser scenarios: one system and one Chromium for all of them, run in the order given. */
export function describeConsole(title: string, scenarios: readonly ((suite: BrowserSuite) => void)[]): void {
  describe(`staff console in Chromium, against the whole system: ${title}`, () => {
    const suite = new BrowserSuite();
    beforeAll(() => suite.start(), 180_000);
    afterAll(() => suite.stop(), 60_000);
    afterEach(async () => {
      await suite.closeTestPages();
      expect(suite.takePageErrors()).toEqual([]);
    });
    for (const scenario of scenarios) scenario(suite);
  });
}
