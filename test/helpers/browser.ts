import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Debian's Chromium: `npm test` installs it with apt-get (the Playwright download is not reachable). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The README's pictures (`docs/screens/`) are taken only when asked (`UPDATE_SCREENSHOTS=1`): a full-page
 * picture costs the browser a second of CPU, and an ordinary run leaves the working tree as it was.
 */
const SCREENS_DIR = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screens') : null;

/** Fails early, saying what to run, when the console or the browser is missing. */
export function assertBrowserTestsCanRun(): void {
  if (!existsSync(join(ROOT, 'apps', 'console', 'dist', 'index.html'))) {
    throw new Error('apps/console/dist is missing: run `npm run build:console` before the browser tests');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian packages chromium and fonts-noto-cjk`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Logs in through the console's login page as a demo user and waits for the page behind it. */
export async function logInAs(page: Page, baseUrl: string, username: string, password = 'Demo@2026'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Keeps a picture of the page for the README, when asked, once nothing on it is still loading (antd spinners). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (!SCREENS_DIR) return;
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  // Transitions finished, so a list that has just loaded is not caught half faded in.
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage, animations: 'disabled' });
}

/**
 * Chooses an option of an antd Select or TreeSelect by its title and returns once the field
 * shows it. A click can land while a dropdown is still opening or closing, or a re-render (a query
 * answering, a dependent field resetting) can close it under the pointer: the field's own display
 * is the proof that the form took the value, so the pick is made again until it shows.
 */
export async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  // Waits for the select to be enabled (a dependent field is disabled until the one it hangs on is set).
  const select = field
    .locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')
    .and(page.locator('.ant-select:not(.ant-select-disabled)'));
  const choice = page.locator(`.ant-select-dropdown:visible [title="${option}"]`);
  const shown = select.locator(`.ant-select-selection-item[title="${option}"]`);
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Opened only when closed: a click on an open select's selector closes it (a multiple select
      // stays open between picks, and its dropdown may be moving when the option is looked for).
      if (!(await select.evaluate((element) => element.classList.contains('ant-select-open')))) await select.locator('.ant-select-selector').click();
      await choice.click({ timeout: 10_000 });
      await shown.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  // A single select closes its dropdown on the pick; a multiple one stays open for the next.
  if (!(await select.evaluate((element) => element.classList.contains('ant-select-multiple')))) {
    await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
  }
}

/**
 * Chooses an option of the antd Select or TreeSelect of a form field (its input's id) by the option's
 * text, within `scope` (a dialog), after filling `search` into the field's search box: filled, not typed,
 * since keys typed before the box has the focus are lost.
 */
export async function chooseFieldOption(
  page: Page,
  fieldId: string,
  option: string,
  { scope = page, search }: { scope?: Page | Locator; search?: string } = {},
): Promise<void> {
  const field = scope.locator('.ant-form-item').filter({ has: page.locator(`#${fieldId}`) });
  await field.locator('.ant-select-selector').click();
  if (search) await field.locator('input.ant-select-selection-search-input').fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper')
    .filter({ hasText: option })
    .click();
}

/**
 * The antd modal dialog of that name once it has opened: its zoom-in motion over (rc-motion takes
 * its classes off at the end). A click during the motion can land beside the control it aimed at,
 * or on the modal's wrapper, and change nothing.
 */
export async function openedDialog(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await dialog.and(page.locator('.ant-modal:not([class*="-appear"]):not([class*="-enter"])')).waitFor();
  return dialog;
}
