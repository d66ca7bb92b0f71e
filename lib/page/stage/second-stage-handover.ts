/**
 * The first stage's side of the handoff (handoff.ts) to a second stage that the background
 * injects with a gate answer: the handover such a stage waits for (one at a time), what the answer
 * said came with it, and handing it the page the first stage read. Kept apart from
 * first-stage.ts, which decides when to ask and what to follow.
 */
import type { TextBlock } from '../read/blocks';
import { handedScan, type InjectedWith } from './handed-page';
import { leaveHandoff, type StageHandoff, type StageHandover } from './handoff';
import type { PageWatch } from './page-watch';

export class SecondStageHandover {
  /** Left on the isolated world's global for the second stage (handoff.ts). */
  readonly handoff: StageHandoff;
  /** The background injected the second stage with an answer (whichever ask it was). */
  injected = false;
  /** What came with that injection, until it is handed over. */
  #with: InjectedWith | null = null;
  /** Settles the handover that a second stage injected now would wait for. */
  #settle: ((handover: StageHandover | null) => void) | null = null;

  constructor(signal: AbortSignal) {
    this.handoff = { signal, startedAt: performance.now() };
    leaveHandoff(this.handoff);
  }

  /** The second stage has started here (it left its message answerer on the handoff). */
  get started(): boolean {
    return !!this.handoff.answer;
  }

  /** A second stage (one injected for the page's rough text) may be waiting for its handover. */
  get awaited(): boolean {
    return this.#settle !== null;
  }

  /** A handover for a second stage that the next ask's answer may inject (one at a time). */
  expect(): void {
    if (this.#settle || this.started) return;
    this.handoff.handover = new Promise((resolve) => (this.#settle = resolve));
  }

  /** Settles the awaited handover; null: the second stage reads the page itself. */
  settle(handover: StageHandover | null): void {
    const settle = this.#settle;
    this.#settle = null;
    settle?.(handover);
  }

  /** An ask begins: its answer reads the stored values after any change told before now. */
  asking(): void {
    this.handoff.staleStart = false;
  }

  /**
   * The settings or the gate changed (`gateChanged`): the second stage, here or still on its way
   * with values read before the change, reads them again. Its own storage listener may have come
   * too late: the change can land between the background's read and the stage's start.
   */
  gateChanged(): void {
    this.handoff.staleStart = true;
    this.handoff.onGateChanged?.();
  }

  /** The background's answer injected the second stage, with these. */
  arrived(injectedWith: InjectedWith): void {
    this.injected = true;
    this.#with = injectedWith;
  }

  /**
   * Hands the injected second stage what came with it and the page as `ask` read it (`blocks`,
   * the whole page, go only where the injection came with that ask's answer). The page's
   * changes stay followed until the second stage follows them itself (HandedScan.takeRecords);
   * without a scan to hand, `unwatch` stops following them at once. False: the second stage did
   * not start (this world is ending), and the next message that needs it asks for it again.
   */
  handOver(ask: number, blocks: TextBlock[] | null, watch: PageWatch, unwatch: () => void): boolean {
    const injectedWith = this.#with;
    const scan = handedScan(injectedWith, watch.read(injectedWith?.ask === ask ? blocks : null, unwatch));
    if (!scan) unwatch();
    this.settle({ ...(injectedWith?.start && { start: injectedWith.start }), scan });
    this.#with = null;
    if (this.started) return true;
    scan?.takeRecords();
    this.injected = false;
    return false;
  }
}
