/** The headless part of `npm start`: open the first mention's card, take the screenshot, report. */
import { displayName } from '@/lib/entities';
import type { PageMentionsReport } from '@/lib/page/read/report';
import type { BrowserPage } from '../dev/page';
import type { ExtensionClient } from '../dev/extension-client';
import { waitForCard } from '../dev/card';

export interface DemoRun {
  page: BrowserPage;
  client: ExtensionClient;
  url: string;
  report: PageMentionsReport;
  screenshot: string;
}

/** Opens the card of the first mention (as the keyboard command does) and saves a screenshot. */
export async function runDemo({ page, client, url, report, screenshot }: DemoRun): Promise<void> {
  await page.setViewport(1280, 900);
  if (report.entities.length > 0) {
    const step = await client.tab(url, 'stepMention', { direction: 1 });
    if (!step.ok) throw new Error(`Could not open the first card: ${step.error}`);
    await waitForCard(page);
    // The card is focused for keyboard users; blur it so the screenshot shows no focus ring.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  await page.screenshot(screenshot);
}

/** One line per entity: its count and the forms seen. */
export function formatReport(report: PageMentionsReport): string {
  if (!report.active) return 'Backstory is switched off for this page.';
  if (report.entities.length === 0) {
    return `Scanned ${report.blocks} text blocks; no watched entity found.`;
  }
  const rows = report.entities.map((e) => ({ name: displayName(e.entity), e }));
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows
    .map(({ name, e }) => `${name.padEnd(width)}  ×${String(e.count).padEnd(3)} ${e.forms.map((f) => f.form).join(', ')}`)
    .join('\n');
}
