/**
 * What the second stage answers of the messages the first stage forwards to it (handoff.ts):
 * `diagnostics` at once, from the record it keeps; the popup's report and the keyboard's and the
 * popup's jumps (EXTRAS_MESSAGES) through the page extras (lib/page/extras/), which the first such
 * message has the background inject into this world (`loadPageExtras`: scripting.executeScript,
 * nothing web-accessible) before it is answered. Once per world: concurrent asks share one
 * injection, a failure is kept for diagnostics and tried again by the next ask. A page where no
 * shortcut, popup or frame report asked never parses them.
 */
import { envelopeType } from '@/lib/messages/envelope';
import type { Result } from '@/lib/messages/protocol';
import type { ContentScript } from '../content-script';
import type { PageDiagnostics } from '../diagnostics';
import { leaveExtrasHandoff, type ExtrasHandoff } from './extras-handoff';
import type { NativeSender } from './native-api';

/** Messages the page extras answer: they are loaded for the first one. */
export const EXTRAS_MESSAGES: ReadonlySet<string> = new Set(['pageMentions', 'revealMention', 'stepMention']);

export type InjectExtras = () => Promise<Result<null>>;
type Answer = NonNullable<ExtrasHandoff['answer']>;

export class StageTwoMessages {
  #loading: Promise<Answer> | null = null;
  readonly #handoff: ExtrasHandoff;
  readonly #page: ContentScript;

  constructor(
    page: ContentScript,
    diagnostics: () => PageDiagnostics,
    private readonly extensionId: string,
    private readonly injectExtras: InjectExtras,
    signal: AbortSignal,
    global: object = globalThis,
  ) {
    this.#page = page;
    this.#handoff = { page, signal, diagnostics };
    leaveExtrasHandoff(this.#handoff, global);
  }

  /** The reply to `message` (a promise), or undefined when it is not one of ours. */
  answer(message: unknown, sender: NativeSender): Promise<unknown> | undefined {
    const type = envelopeType(message);
    if (type === null || sender.id !== this.extensionId) return undefined;
    if (type === 'diagnostics') return Promise.resolve({ ok: true, value: this.#handoff.diagnostics() });
    if (!EXTRAS_MESSAGES.has(type)) return undefined;
    return this.load(type).then(
      (answer) => answer(message, sender) ?? { ok: false, error: 'the page extras did not answer' },
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  }

  /** The extras' answer function, once they are in this world (injected for `reason`, once). */
  load(reason: string): Promise<Answer> {
    const ready = this.#handoff.answer;
    if (ready) return Promise.resolve(ready);
    const start = performance.now();
    this.#loading ??= this.injectExtras().then((reply) => {
      const answer = this.#handoff.answer;
      if (answer) {
        this.#page.events.emit('extras', reason, performance.now() - start);
        return answer;
      }
      this.#loading = null;
      const message = reply.ok ? 'the page extras did not start' : reply.error;
      // Kept for diagnostics: Backstory writes nothing to a page's console.
      this.#page.events.emit('failure', 'page extras', message);
      throw new Error(message);
    });
    return this.#loading;
  }
}
