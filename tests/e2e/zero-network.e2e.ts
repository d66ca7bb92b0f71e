/**
 * Zero network: during a session — install, a page with mentions, a card, the popup's search,
 * the library (an entity added to the watchlist, documents of every format imported, a backup
 * exported and imported again), a real news page — nothing in the browser asks for anything beyond
 * 127.0.0.1. Every request for another host is sent to a recording proxy on 127.0.0.1 (Chromium:
 * --proxy-server, which never applies to loopback; Firefox: its proxy preferences), which answers
 * none of them and keeps their addresses; the test asserts it kept none but the browsers' own
 * update and settings services (which Backstory does not use, and which are the vendor's).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../lib/dev/chromium';
import { launchFirefox } from '../../lib/dev/firefox';
import { waitForCard } from '../../lib/dev/card';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { BUILD_DIRS, FIXTURES, type BrowserName } from '../../lib/dev/paths';
import { startFixtureServer, type FixtureServer } from '../../lib/dev/server';
import type { ExtensionSession } from '../../lib/dev/session-types';
import { DEMO, DEMO_MENTIONS } from './demo-article';
import { exportThroughUi, importThroughUi, saveExport } from './backup-ui';
import { chooseImportFiles, importAndWait } from './support/library';

/** The browser vendors' own service hosts (Chromium's update and account services, Mozilla's). */
const BROWSER_SERVICES = /(^|\.)(googleapis\.com|google\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com)$/;

/** The host a proxy request line names ("CONNECT host:443" or "GET http://host/…"). */
function hostOf(line: string): string {
  const target = line.split(' ')[1] ?? '';
  return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
}

/** An HTTP proxy that records what it is asked for and serves nothing. */
async function recordingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method ?? '?'} ${req.url ?? ''}`);
    res.writeHead(502, { 'Content-Type': 'text/plain' }).end('refused by the test proxy');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  describe(browserName, () => {
    let proxy: Awaited<ReturnType<typeof recordingProxy>> | undefined;
    let server: FixtureServer | undefined;
    let session: ExtensionSession | undefined;
    beforeAll(async () => {
      proxy = await recordingProxy();
      server = await startFixtureServer(FIXTURES);
      const options = { extensionDir: BUILD_DIRS[browserName], headless: true };
      session = browserName === 'chromium'
        ? await launchChromium({ ...options, chromiumArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`] })
        : await launchFirefox({ ...options, firefoxPrefs: { 'network.proxy.http_port': proxy.port, 'network.proxy.ssl_port': proxy.port } });
    });
    afterAll(async () => {
      try {
        await session?.close();
      } finally {
        await server?.close();
        await proxy?.close();
      }
    });

    it('asks nothing of any host but 127.0.0.1 during a whole session', async () => {
      if (!session || !server || !proxy) throw new Error('session did not start');
      const article = await session.openPage(server.url(DEMO));
      expect(await waitForPainted(article, DEMO_MENTIONS)).toHaveLength(DEMO_MENTIONS.length);
      const point = await mentionPoint(article, 'ОДКБ');
      if (!point) throw new Error('mention not painted');
      await article.mouse.click(point.x, point.y);
      await waitForCard(article);
      const popup = await session.openExtensionPage('popup.html');
      await popup.waitFor(() => document.activeElement?.id === 'q');
      await popup.keyboard.type('Kazakhstan');
      await popup.waitFor(() => document.querySelectorAll('.result').length > 0);
      const options = await session.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelectorAll('input').length > 0);
      // The library: an entity of my own, one document of each format (the PDF through pdf.js and
      // its bundled worker), and a backup out and back in.
      await options.click('#tab-watchlist');
      await options.waitFor(() => !!document.querySelector('#wl-add'));
      await options.click('#wl-add');
      await options.fill('#wl-name', 'Olzhas Bektenov');
      await options.fill('#wl-alias-0-text', 'Bektenov');
      await options.click('#wl-save');
      await options.waitFor(() => document.querySelector('#wl-status')?.textContent?.includes('saved') || null);
      await options.click('#tab-documents');
      await options.waitFor(() => !!document.getElementById('import-files'));
      await chooseImportFiles(options, ['dispatch.txt', 'briefing.md', 'article.html', 'batch.json', 'report.pdf', 'notes.docx']);
      expect(await importAndWait(options)).toMatch(/^Imported 7 documents/);
      await options.click('#tab-backup');
      await options.waitFor(() => document.getElementById('backup-export'));
      const folder = mkdtempSync(join(tmpdir(), 'backstory-zero-network-'));
      try {
        const file = await saveExport(join(folder, 'backup.json'), await exportThroughUi(options));
        expect((await importThroughUi(options, file, 'merge')).text).toMatch(/^Backup imported/);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
      // A real news page full of links, images and scripts on other hosts (the fixture server's CSP
      // keeps the page itself to 127.0.0.1, so anything the proxy sees would be the browser's or ours).
      const news = await session.openPage(server.url('pages/foxnews-s300-en.html'));
      await waitForPainted(news, ['s300:S-300', 's300:S-300s']);
      // The browsers' own services (updates, accounts, remote settings) keep trying even with the
      // harness's flags: they are the vendor's, not Backstory's, and are listed apart. Anything
      // else — any other host, any request from the extension or the pages — fails the test.
      const theirs = proxy.seen.filter((line) => BROWSER_SERVICES.test(hostOf(line)));
      expect(proxy.seen.filter((line) => !theirs.includes(line))).toEqual([]);
      // The proxy is in the path: a tab sent to another host (as a person typing an address) reaches it.
      const probe = await session.openPage('http://probe.example/');
      expect(proxy.seen.map(hostOf)).toContain('probe.example');
      await probe.close();
      for (const p of [news, options, popup, article]) await p.close();
    });
  });
}
