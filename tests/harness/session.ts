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
import { FIXTURES, type BrowserName } from '../../lib/dev/paths';
import { launchExtension } from '../../lib/dev/launch';
import { startFixtureServer, type FixtureServer } from '../../lib/dev/server';
import type { ExtensionSession } from '../../lib/dev/session-types';
import { extensionClient, type ExtensionClient } from '../../lib/dev/extension-client';

export { launchExtension };
export type { BrowserPage } from '../../lib/dev/page';
export type { ExtensionSession } from '../../lib/dev/session-types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface E2EContext {
  browserName: BrowserName;
  session: ExtensionSession;
  server: FixtureServer;
  /** Talks to the installed extension from one of its own pages. */
  extension: ExtensionClient;
}


export function forEachBrowser(
  body: (ctx: () => E2EContext) => void,
  { colorScheme = 'light', locale }: { colorScheme?: 'light' | 'dark'; locale?: string } = {},
): void {
  for (const browserName of BROWSERS) {
    describe(browserName, () => {
      let context: E2EContext | undefined;
      let server: FixtureServer | undefined;
      let session: ExtensionSession | undefined;
      beforeAll(async () => {
        server = await startFixtureServer(FIXTURES);
        session = await launchExtension(browserName, true, colorScheme, locale);
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
