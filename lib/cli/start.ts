/**
 * `npm start [-- --firefox] [-- --headless]`: builds the extension, serves the bundled demo
 * article from 127.0.0.1 and opens it in Chromium (or Firefox ESR) with Backstory loaded.
 * With a display the browser window stays open until you close it. Without one it runs
 * headless: opens the card of the first mention, saves a screenshot and prints what was found.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowsers } from './ensure-browsers';
import { ROOT, FIXTURES, type BrowserName } from '../dev/paths';
import { startFixtureServer } from '../dev/server';
import { launchExtension } from '../dev/launch';
import { extensionClient } from '../dev/extension-client';
import { until } from '../dev/until';
import { formatReport, runDemo } from './demo';

const args = process.argv.slice(2);
const browserName: BrowserName = args.includes('--firefox') ? 'firefox' : 'chromium';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes('--headless') || !hasDisplay;

async function main(): Promise<void> {
  ensureBrowsers([browserName]);
  const target = browserName === 'chromium' ? 'chrome' : 'firefox';
  console.log(`Building the ${target} extension…`);
  const build = spawnSync('npx', ['wxt', 'build', '-b', target], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed (see above).');

  const server = await startFixtureServer(FIXTURES);
  const session = await launchExtension(browserName, headless);
  const client = extensionClient(session);
  const url = server.url('demo/article.html');
  const stop = async () => {
    await client.close();
    await session.close();
    await server.close();
  };
  try {
    const page = await session.openPage(url);
    const report = await until(() => client.tab(url, 'pageMentions', null), (r) => r.ok, {
      what: 'Backstory to scan the demo article',
    });
    if (!report.ok) throw new Error(report.error);
    if (headless) {
      const outDir = resolve(ROOT, '.output');
      mkdirSync(outDir, { recursive: true });
      const screenshot = resolve(outDir, `demo-${browserName}.png`);
      await runDemo({ page, client, url, report: report.value, screenshot });
      console.log(formatReport(report.value));
      console.log(`Screenshot: ${screenshot}`);
      await stop();
      return;
    }
    console.log(formatReport(report.value));
    console.log(`Demo article open at ${url} in ${browserName}. Close the browser window to stop.`);
    process.once('SIGINT', () => void stop().then(() => process.exit(130)));
    await session.closed;
    await stop();
  } catch (error) {
    await stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
