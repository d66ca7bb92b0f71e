/**
 * The first stage's answers to the extension's messages (first-stage.ts listens): `gateChanged`
 * reaches every frame that listens; everything else is answered by the top frame only, for the
 * page — forwarded to the second stage where it runs (its diagnostics with the gate's figures
 * added), loading it for a message only it answers (the popup's report, a keyboard jump), and
 * the first stage's own diagnostics before then.
 */
import { envelopeType } from '@/lib/messages/envelope';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import type { StageHandoff } from './handoff';
import type { NativeSender } from './native-api';

/** Messages that need the second stage: it is loaded to answer them. */
const NEEDS_STAGE_TWO = new Set(['pageMentions', 'revealMention', 'stepMention']);

/** What the first stage answers with. */
export interface StageOne {
  readonly handoff: StageHandoff;
  /** The extension's id (read when a message comes: the API is set up by then). */
  extensionId(): string | undefined;
  /** Whether this frame answers for the page (the top frame). */
  isTop(): boolean;
  /** The settings or the gate changed. */
  gateChanged(): void;
  /** The first stage's diagnostics (while the second stage is not here). */
  diagnostics(): PageDiagnostics;
  /** The first stage's figures added to the second stage's diagnostics. */
  gateFigures(secondStage: { lastFailure?: unknown }): Pick<PageDiagnostics, 'gate' | 'framesAnswered' | 'childFrames' | 'lastFailure'>;
  loadSecondStage(): Promise<void>;
}

/** One message's answer, as a runtime.onMessage listener gives it (true: `sendResponse` comes later). */
export function answerStageOneMessage(stage: StageOne, message: unknown, sender: NativeSender, sendResponse: (reply: unknown) => void): boolean | undefined {
  // Every frame's that listens: the settings or the gate changed (lib/background/gate-text.ts).
  const type = envelopeType(message);
  if (type === 'gateChanged' && sender.id === stage.extensionId()) {
    stage.gateChanged();
    return undefined;
  }
  // A message to the tab reaches every frame, and the first answer wins: the top frame answers
  // for the page (it gathers its frames' mentions for the popup: frame-reports.ts).
  if (!stage.isTop()) return undefined;
  const { handoff } = stage;
  const forwarded = handoff.answer?.(message, sender);
  if (forwarded) {
    void forwarded.then((reply) => sendResponse(type === 'diagnostics' ? withGate(stage, reply) : reply), (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  }
  if (handoff.answer || sender.id !== stage.extensionId()) return undefined;
  if (type === 'diagnostics') {
    sendResponse({ ok: true, value: stage.diagnostics() });
    return undefined;
  }
  if (type === null || !NEEDS_STAGE_TWO.has(type)) return undefined;
  stage.loadSecondStage().then(
    () => handoff.answer?.(message, sender) ?? { ok: false, error: 'the page stage did not answer' },
    (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  ).then(sendResponse, () => undefined);
  return true;
}

/** The second stage's diagnostics with the gate's figures added. */
function withGate(stage: StageOne, reply: unknown): unknown {
  const value = (reply as { ok?: unknown; value?: unknown } | null)?.ok === true ? (reply as { value: { lastFailure?: unknown } }).value : null;
  return value ? { ok: true, value: { ...value, ...stage.gateFigures(value) } } : reply;
}
