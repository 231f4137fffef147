import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Flags for Debian's Chromium here: headless, no sandbox (containers), no network of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Options of {@link launchChromium}. */
export interface LaunchOptions {
  /**
   * Let test tools inject scripts (axe-core) into pages whose Content-Security-Policy forbids
   * inline scripts. Off by default, so other tests see the policy as a reader's browser does.
   */
  bypassCSP?: boolean;
  /** `prefers-color-scheme` the pages see (default `light`). */
  colorScheme?: 'light' | 'dark';
}

/** A launched browser context and how to dispose of it. */
export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches the system Chromium (`/usr/bin/chromium`, or `CHROME_PATH`) with a fresh profile
 * that is deleted on `close()`. Never downloads a browser. Playwright refuses
 * `--user-data-dir` in `args`, so the profile goes through `launchPersistentContext`.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
      bypassCSP: options.bypassCSP ?? false,
      colorScheme: options.colorScheme ?? 'light',
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error('Cannot launch Chromium: expected /usr/bin/chromium (or CHROME_PATH) to start headless', { cause: error });
  }
  return {
    context,
    close: async () => {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
