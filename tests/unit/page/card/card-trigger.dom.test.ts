/**
 * The page's card trigger (lib/page/card/card-trigger.ts): it loads the card's interface only
 * when a card is asked for, hands the page's cards over to the controller that arrives with it,
 * and leaves nothing of its own listening afterwards. The page side and the interface are fakes
 * that record what is asked of them; the hover delay runs on fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardOpener, CardPage, CardTriggerSettings, CardUi } from '@/lib/page/card/card-opener';
import type { CardSource } from '@/lib/page/card/card-source';
import { CardTrigger } from '@/lib/page/card/card-trigger';
import type { MentionRef } from '@/lib/page/read/navigation';

const HOVER: CardTriggerSettings = { mode: 'hover', delayMs: 200 };

function refNamed(entity: string): MentionRef {
  return { record: {}, index: 0, mention: { entity }, range: {} } as unknown as MentionRef;
}

function fakes(load: () => Promise<CardUi>) {
  const csto = refNamed('csto');
  const opened: Array<{ ref: MentionRef; by: string | undefined }> = [];
  const controller: CardOpener & { closed: boolean[]; triggers: CardTriggerSettings[] } = {
    isOpen: false,
    closed: [],
    triggers: [],
    show: (ref, by) => void opened.push({ ref, by }),
    close(restoreFocus) {
      this.closed.push(restoreFocus);
    },
    followPage: () => {},
    setTrigger(trigger) {
      this.triggers.push(trigger);
    },
  };
  const openCards = vi.fn(() => controller);
  const ui = { css: '', show: () => {}, clear: () => {}, openCards } as CardUi;
  const underPointer = { ref: null as MentionRef | null };
  const current: Array<AbstractRange | null> = [];
  const failures: string[] = [];
  const loadUi = vi.fn(load);
  const page = {
    doc: document,
    highlighter: { setCurrent: (range: AbstractRange | null) => current.push(range) },
    cursor: {},
    host: { containsEvent: () => false },
    loadUi,
    events: { emit: (_type: string, what: string) => failures.push(what) },
    mentionAt: () => underPointer.ref,
    visibleMentions: () => [],
  } as unknown as CardPage;
  const asked: string[] = [];
  const source: CardSource = {
    card: (entity) => (asked.push(entity), Promise.resolve({ ok: false, error: 'not here' })),
    nameOf: (entity) => entity,
    openSearch: () => {},
  };
  return { csto, opened, controller, openCards, ui, underPointer, current, failures, loadUi, page, asked, source };
}

function pointerAt(x: number, y: number): void {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
}

function clickAt(target: EventTarget, x: number, y: number): void {
  target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
}

describe('the card trigger', () => {
  let controller: AbortController;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'] });
    controller = new AbortController();
    document.body.innerHTML = '<p>text <a href="#x">a link</a></p>';
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('loads nothing while the pointer moves over text without a mention', async () => {
    const f = fakes(() => Promise.resolve({} as CardUi));
    new CardTrigger(f.page, f.source, HOVER, controller.signal);
    pointerAt(10, 10);
    await vi.advanceTimersByTimeAsync(1000);
    clickAt(document.body, 10, 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.loadUi).not.toHaveBeenCalled();
    expect(f.asked).toEqual([]);
  });

  it('opens a hovered mention only once the hover has lasted the delay, then hands over to the controller', async () => {
    const f = fakes(() => Promise.resolve(f.ui));
    new CardTrigger(f.page, f.source, HOVER, controller.signal);
    f.underPointer.ref = f.csto;
    pointerAt(10, 10);
    await vi.advanceTimersByTimeAsync(150);
    expect(f.loadUi).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(f.loadUi).toHaveBeenCalledTimes(1);
    expect(f.asked).toEqual(['csto']); // the passages are asked for while the interface loads
    expect(f.current).toEqual([f.csto.range]);
    expect(f.openCards).toHaveBeenCalledTimes(1);
    expect(f.opened).toEqual([{ ref: f.csto, by: 'hover' }]);
  });

  it('forgets a hover that left the mention before the delay', async () => {
    const f = fakes(() => Promise.resolve(f.ui));
    new CardTrigger(f.page, f.source, HOVER, controller.signal);
    f.underPointer.ref = f.csto;
    pointerAt(10, 10);
    await vi.advanceTimersByTimeAsync(100);
    f.underPointer.ref = null;
    pointerAt(300, 10);
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.loadUi).not.toHaveBeenCalled();
  });

  it('opens on a click in click mode, not on hover, and never for a click on a link', async () => {
    const f = fakes(() => Promise.resolve(f.ui));
    new CardTrigger(f.page, f.source, { mode: 'click', delayMs: 200 }, controller.signal);
    f.underPointer.ref = f.csto;
    pointerAt(10, 10);
    await vi.advanceTimersByTimeAsync(1000);
    clickAt(document.querySelector('a') as Element, 10, 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.loadUi).not.toHaveBeenCalled();
    clickAt(document.body, 10, 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.opened).toEqual([{ ref: f.csto, by: 'click' }]);
  });

  it('stops listening once the controller has taken over, and passes on what is asked of it', async () => {
    const f = fakes(() => Promise.resolve(f.ui));
    const trigger = new CardTrigger(f.page, f.source, HOVER, controller.signal);
    trigger.show(f.csto);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.opened).toEqual([{ ref: f.csto, by: 'keyboard' }]);
    // The controller's own listeners answer the page from now on: the trigger's are gone.
    f.underPointer.ref = f.csto;
    clickAt(document.body, 10, 10);
    pointerAt(10, 10);
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.opened).toHaveLength(1);
    trigger.show(f.csto, 'click');
    trigger.close(true);
    const next: CardTriggerSettings = { mode: 'click', delayMs: 0 };
    trigger.setTrigger(next);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.opened).toEqual([{ ref: f.csto, by: 'keyboard' }, { ref: f.csto, by: 'click' }]);
    expect(f.controller.closed).toEqual([true]);
    expect(f.controller.triggers).toEqual([next]);
    expect(f.loadUi).toHaveBeenCalledTimes(1);
    expect(f.openCards).toHaveBeenCalledTimes(1);
  });

  it('builds one controller when two cards are asked for while the interface loads', async () => {
    const f = fakes(() => new Promise<CardUi>((resolve) => setTimeout(() => resolve(f.ui), 50)));
    const trigger = new CardTrigger(f.page, f.source, HOVER, controller.signal);
    const other = refNamed('kazakhstan');
    trigger.show(f.csto);
    trigger.show(other, 'click');
    await vi.advanceTimersByTimeAsync(100);
    expect(f.openCards).toHaveBeenCalledTimes(1);
    expect(f.opened.map((o) => o.ref)).toEqual([f.csto, other]);
  });

  it('tells a failed load, unmarks the mention, and tries again on the next card', async () => {
    let attempt = 0;
    const f = fakes(() => (++attempt === 1 ? Promise.reject(new Error('no tab')) : Promise.resolve(f.ui)));
    new CardTrigger(f.page, f.source, { mode: 'click', delayMs: 0 }, controller.signal);
    f.underPointer.ref = f.csto;
    clickAt(document.body, 10, 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.failures).toEqual(['card']);
    expect(f.current).toEqual([f.csto.range, null]);
    expect(f.opened).toEqual([]);
    clickAt(document.body, 10, 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.opened).toEqual([{ ref: f.csto, by: 'click' }]);
  });

  it('opens nothing once the page has ended', async () => {
    const f = fakes(() => Promise.resolve(f.ui));
    new CardTrigger(f.page, f.source, HOVER, controller.signal);
    f.underPointer.ref = f.csto;
    pointerAt(10, 10);
    controller.abort();
    await vi.advanceTimersByTimeAsync(1000);
    clickAt(document.body, 10, 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.loadUi).not.toHaveBeenCalled();
  });
});
