import Sequencer from '@jest/test-sequencer';

// Jest starts the files it has timed slowest first, and files it has not timed (a fresh clone)
// largest first. The browser files are small but the slowest of all (a whole system and Chromium
// each): started first, they do not end a run with one worker busy and the other idle.
const isBrowserFile = (test) => test.path.includes('/test/browser/');

export default class BrowserFilesFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted.filter(isBrowserFile), ...sorted.filter((test) => !isBrowserFile(test))];
  }
}
