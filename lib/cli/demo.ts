/** The headless part of `npm start`: show a card, take the screenshot, describe what was found. */
import type { PageMentionsReport } from '@/lib/page/report';
import type { BrowserPage } from '../../tests/harness/page';
import type { ExtensionClient } from '../../tests/harness/extension-client';

export interface DemoRun {
  page: BrowserPage;
  client: ExtensionClient;
  url: string;
  report: PageMentionsReport;
  screenshot: string;
}

export async function runDemo({ page, screenshot }: DemoRun): Promise<void> {
  await page.setViewport(1100, 900);
  await page.screenshot(screenshot);
}

/** One line per entity: its count and the forms seen. */
export function formatReport(report: PageMentionsReport): string {
  if (report.entities.length === 0) {
    return `Scanned ${report.blocks} text blocks; no watched entity found.`;
  }
  return report.entities
    .map((e) => `${e.entity.padEnd(12)} ×${String(e.count).padEnd(3)} ${e.forms.map((f) => f.form).join(', ')}`)
    .join('\n');
}
