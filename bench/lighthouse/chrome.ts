import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test-support/chromium';

/** Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium), headless, with nothing of its own on the network. */
export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
}
