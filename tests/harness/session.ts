/**
 * The shared e2e fixture: for each browser, one browser session with the built extension and one
 * fixture server, opened before a file's tests and closed after them even when a test fails.
 * A feature adds a few lines per browser:
 *
 *   forEachBrowser((ctx) => {
 *     it('highlights', async () => {
 *       const page = await ctx().session.openPage(ctx().server.url('pages/rferl-en.html'));
 *       …
 *     });
 *   });
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { BUILD_DIRS, FIXTURES, type BrowserName } from './paths';
import { startFixtureServer, type FixtureServer } from './server';
import type { ExtensionSession } from './session-types';
import { extensionClient, type ExtensionClient } from './extension-client';

export type { BrowserPage } from './page';
export type { ExtensionSession } from './session-types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface E2EContext {
  browserName: BrowserName;
  session: ExtensionSession;
  server: FixtureServer;
  /** Talks to the installed extension from one of its own pages. */
  extension: ExtensionClient;
}

export async function launchExtension(
  browserName: BrowserName,
  headless = true,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<ExtensionSession> {
  const options = { extensionDir: BUILD_DIRS[browserName], headless, colorScheme };
  return browserName === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

export function forEachBrowser(
  body: (ctx: () => E2EContext) => void,
  { colorScheme = 'light' }: { colorScheme?: 'light' | 'dark' } = {},
): void {
  for (const browserName of BROWSERS) {
    describe(browserName, () => {
      let context: E2EContext | undefined;
      let server: FixtureServer | undefined;
      let session: ExtensionSession | undefined;
      beforeAll(async () => {
        server = await startFixtureServer(FIXTURES);
        session = await launchExtension(browserName, true, colorScheme);
        context = { browserName, session, server, extension: extensionClient(session) };
        // Opened now, so it never becomes the active tab in the middle of a test.
        await context.extension.page();
      });
      afterAll(async () => {
        // Each one closed even when the one before fails to.
        try {
          await context?.extension.close();
        } finally {
          try {
            await session?.close();
          } finally {
            await server?.close();
          }
        }
      });
      body(() => {
        if (!context) throw new Error(`${browserName} session did not start`);
        return context;
      });
    });
  }
}
