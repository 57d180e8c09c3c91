import Sequencer from '@jest/test-sequencer';

// Jest starts the files it has timed slowest first, and files it has not timed (a fresh clone)
// largest first. The browser files are the slowest of all (a whole system and Chromium each), so
// they start early, but apart: two of them at once on two cores each ran more than twice as slow
// as alone (528 s and 493 s against 210 s and 240 s), while one beside the other files keeps both
// cores busy. So the second starts after the slowest other files, about when the first ends.
const isBrowserFile = (test) => test.path.includes('/test/browser/');

/** Other files started between two browser files (~5 minutes of them on this machine). */
const BETWEEN_BROWSER_FILES = 8;

export default class BrowserFilesApart extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const browser = sorted.filter(isBrowserFile);
    const others = sorted.filter((test) => !isBrowserFile(test));
    const order = [];
    browser.forEach((file, index) => {
      order.push(file);
      if (index < browser.length - 1) order.push(...others.splice(0, BETWEEN_BROWSER_FILES));
    });
    return [...order, ...others];
  }
}
