/**
 * What the content script answers (`ContentProtocol`): the popup's "On this page" report and
 * jumps to a mention, the keyboard commands relayed by the background, and the diagnostics the
 * benchmark reads. Listening starts with the content script: the popup may ask while a long page
 * is still being parsed; the answer waits for the first scan. On web pages these handlers come
 * with the page extras (lib/page/extras/start-extras.ts), loaded by the first message that needs
 * them; the first-run page (main.ts) has them from the start.
 */
import { browser } from 'wxt/browser';
import type { ContentProtocol } from '@/lib/messages/protocol';
import { createRouter, type Handlers } from '@/lib/messages/router';
import type { ContentScript } from './content-script';
import type { PageDiagnostics } from './diagnostics';
import { isShown } from './read/navigation';
import { buildReportInSlices } from './read/report';
import { createSentenceContexts } from './read/sentence-context';
import { MentionSteps, showMention } from './extras/mention-steps';
import type { PageSession } from './session';
import { mergeFrameReports } from './stage/frame-reports';
import { sendToBackground } from '@/lib/messages/send';

/** The running session once its first scan is done; null when Backstory is off here. */
async function scannedSession(page: ContentScript): Promise<PageSession | null> {
  const session = await page.currentSession();
  if (session) await session.scanned;
  return session;
}

/**
 * `normalise`: the matching form of a text (lib/text/normalise.ts `normaliseForMatch`), the page's
 * own — passed in, so that the page extras bring no second normaliser with its tables.
 */
export function contentHandlers(page: ContentScript, diagnostics: () => PageDiagnostics, normalise: (text: string) => string): Handlers<ContentProtocol> {
  const { doc } = page;
  return {
    pageMentions: async () => {
      const session = await scannedSession(page);
      // In time slices: a page of 100,000 mentions takes seconds to report (read/report.ts).
      const own = await buildReportInSlices(
        doc.location.href,
        doc.contentType,
        session !== null,
        session?.index.blockCount ?? 0,
        session ? session.index.withMentions() : [],
        {
          normalise,
          title: doc.title,
          langOf: (record) => record.block.element.closest('[lang]')?.getAttribute('lang') ?? undefined,
          contextOf: createSentenceContexts(),
          // What CSS hides now is indexed (it may be shown later) but not reported.
          include: isShown,
          onSlice: (ms) => page.events.emit('task', 'page report slice', ms),
        },
      );
      // The top frame speaks for the page: its frames' mentions count too (stage/frame-reports.ts).
      const win = doc.defaultView;
      if (!win || win !== win.top) return own;
      const frames = await sendToBackground('frameMentions', null);
      return frames.ok && frames.value.length > 0 ? mergeFrameReports(own, frames.value) : own;
    },
    revealMention: async ({ entity, index }) => {
      const session = await scannedSession(page);
      return { found: !!session && showMention(session, new MentionSteps(session.index, session.cursor).reveal(entity, index ?? 0)) };
    },
    stepMention: async ({ direction }) => {
      const session = await scannedSession(page);
      return { found: !!session && showMention(session, new MentionSteps(session.index, session.cursor).step(direction)) };
    },
    diagnostics: () => diagnostics(),
  };
}

/** Answers `ContentProtocol` messages from this extension until `signal` aborts. */
export function answerMessages(page: ContentScript, diagnostics: () => PageDiagnostics, normalise: (text: string) => string, signal: AbortSignal): void {
  const router = createRouter<ContentProtocol>(contentHandlers(page, diagnostics, normalise), { extensionId: browser.runtime.id });
  browser.runtime.onMessage.addListener(router);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(router), { once: true });
}
