/**
 * One activation of Backstory on a page: scan, follow mutations, hit-test, open cards. It builds
 * every collaborator it uses, takes new settings with `update()`, and `destroy()` releases them
 * all (every highlight, listener and observer). The content script (content-script.ts) creates
 * one when highlighting is on for the site and replaces it when its scope (session-scope.ts) or
 * the matcher changes.
 */
import type { BlockQuestion, MatchBlocksRequest } from '@/lib/entities/block-answer';
import type { EntityId, Matcher, Mention } from '@/lib/entities/types';
import type { Settings } from '@/lib/settings/schema';
import { BackgroundCards } from './card/card-source';
import type { CardOpener, CardPage, CardTriggerSettings, CardUi } from './card/card-opener';
import { CardTrigger } from './card/card-trigger';
import { mentionAt } from './card/hit-test';
import type { CardHost } from './card/host';
import type { PageEvents, ScanKind } from './page-events';
import { HighlightGuard } from './paint/highlight-guard';
import highlightCss from './paint/highlights.css?inline';
import { Highlighter, type HighlightApi } from './paint/highlighter';
import { PrivateOverlay } from './paint/private-overlay';
import { BlockLanguages } from './read/language';
import { MutationBatcher } from './read/mutations';
import { MentionCursor, visibleMentions, type MentionRef } from './read/navigation';
import { PageIndex } from './read/page-index';
import { rescan, scanAll, type ScanContext, type ScanProgress } from './read/scanner';
import { ShadowRoots } from './read/shadow-roots';
import type { SessionScope } from './session-scope';
import type { HandedScan } from './stage/handoff';

/** What every session on a page works in: the content script's, for its whole life. */
export interface PageSetup {
  doc: Document;
  highlightApi: HighlightApi;
  host: CardHost;
  events: PageEvents;
  /** The card's interface, asked of the background once per page (card/ui-loader.ts). */
  loadUi: () => Promise<CardUi>;
  /** The mentions in blocks, matched by the background (read/scanner.ts); null: it cannot say. */
  matchBlocks?: (request: MatchBlocksRequest) => Promise<readonly (readonly Mention[])[] | null>;
}

/** The matcher a session scans with, and the names its cards give entities. */
export interface SessionMatcher {
  /** The page's own matcher, for what the background does not match. */
  matcher: Matcher;
  /** Makes `matcher` ready (it is loaded on first need: matcher-loader.ts); absent when it is. */
  prepare?: () => Promise<boolean>;
  nameOf(entity: EntityId): string;
  /** The matcher's key: the background matches blocks only with that matcher. */
  key?: string;
}

// Firefox does not carry the document's ::highlight() rules into shadow trees.
const SHADOW_HIGHLIGHT_CSS = import.meta.env.FIREFOX ? highlightCss : null;

const triggerOf = (settings: Settings): CardTriggerSettings => ({ mode: settings.trigger, delayMs: settings.hoverDelayMs });

export class PageSession implements CardPage {
  readonly doc: Document;
  readonly host: CardHost;
  readonly events: PageEvents;
  readonly loadUi: () => Promise<CardUi>;
  readonly index = new PageIndex();
  readonly highlighter: Highlighter;
  readonly cursor: MentionCursor;
  readonly shadowRoots: ShadowRoots;
  /** The page's cards: a trigger until the first opens, then the controller (card/card-opener.ts). */
  readonly cards: CardOpener;
  /** Resolves when the first full scan has finished (false if it was aborted). */
  readonly scanned: Promise<boolean>;
  readonly #controller = new AbortController();

  /**
   * `handed`: the page as the first stage read it, matched by the background for this scope's
   * matcher and entities (content-script.ts checks): painted as the first scan.
   */
  constructor(setup: PageSetup, matcher: SessionMatcher, readonly scope: SessionScope, settings: Settings, parent: AbortSignal, handed: HandedScan | null = null) {
    const signal = AbortSignal.any([parent, this.#controller.signal]);
    const { doc, events } = setup;
    this.doc = doc;
    this.host = setup.host;
    this.events = events;
    this.loadUi = setup.loadUi;
    const overlay = scope.isPrivate
      ? new PrivateOverlay(
          {
            doc,
            layer: () => setup.host.overlayLayer(),
            isPrivate: scope.isPrivate,
            style: settings.style,
            onDraw: (ms, boxes) => events.emit('overlayDraw', ms, boxes),
          },
          signal,
        )
      : null;
    this.highlighter = new Highlighter(setup.highlightApi, settings.style, overlay);
    this.cursor = new MentionCursor();
    // A page that clears CSS.highlights gets ours back (bounded: see paint/highlight-guard.ts).
    const guard = new HighlightGuard(this.highlighter, signal, { onReport: (r) => events.emit('highlightsRestored', r) });
    guard.watch(doc.defaultView ?? window);
    const docLang = doc.documentElement.lang || undefined;
    // Fresh for every scan, so a language attribute changed since the last one is seen.
    let languages = new BlockLanguages(docLang);
    const batcher = new MutationBatcher((work) => {
      languages = new BlockLanguages(docLang);
      return this.#read((progress) => rescan(ctx, work, signal, progress), 'rescan', guard, signal).then(() => {
        // The page changed: an open card follows its mention into the new text, or closes.
        this.cards.followPage();
      });
    }, signal);
    this.shadowRoots = new ShadowRoots(
      { onNew: (root) => batcher.observe(root), highlightCss: SHADOW_HIGHLIGHT_CSS, onFailure: (message) => events.emit('failure', 'shadow root', message) },
      signal,
    );
    const ctx: ScanContext = {
      matcher: matcher.matcher,
      ...(matcher.prepare && { prepare: matcher.prepare }),
      index: this.index,
      highlighter: this.highlighter,
      optionsFor: (block) => ({ lang: languages.of(block.element), entities: scope.entities }),
      onShadowRoot: (root) => this.shadowRoots.add(root),
    };
    const { matchBlocks } = setup;
    const { key } = matcher;
    if (matchBlocks && key !== undefined) {
      const entities = [...scope.entities];
      ctx.matchBlocks = (blocks: readonly BlockQuestion[]) => matchBlocks({ key, entities, blocks });
    }
    this.cards = new CardTrigger(this, new BackgroundCards(matcher.nameOf), triggerOf(settings), signal);
    batcher.observe(doc.documentElement);
    const root = doc.body ?? doc.documentElement;
    // No closure here names `handed`: one would keep it (every block's text) for the session's life.
    this.scanned = handed ? this.#paintHanded(handed, ctx, batcher, guard, signal) : this.#read((progress) => scanAll(ctx, root, signal, progress), 'scan', guard, signal);
    signal.addEventListener('abort', () => {
      this.highlighter.clear();
      this.index.clear();
    }, { once: true });
  }

  /**
   * The first scan of a page the first stage handed over: its blocks painted, then what changed
   * since the first stage read them read again.
   */
  async #paintHanded(handed: HandedScan, ctx: ScanContext, batcher: MutationBatcher, guard: HighlightGuard, signal: AbortSignal): Promise<boolean> {
    for (const shadow of handed.shadowRoots) this.shadowRoots.add(shadow);
    // Followed here from now on (the batcher observes the document and those roots).
    const changed = handed.takeRecords();
    this.events.emit('handedScan', handed.blocks.length);
    const complete = await this.#read((progress) => scanAll(ctx, this.doc, signal, progress, handed), 'scan', guard, signal);
    batcher.replay(changed);
    return complete;
  }

  /** Runs one scan or rescan, told as events; then checks the highlights and tells the new index. */
  async #read(
    scan: (progress: ScanProgress) => Promise<boolean>,
    kind: ScanKind,
    guard: HighlightGuard,
    signal: AbortSignal,
  ): Promise<boolean> {
    const run = this.events.run(kind);
    if (kind === 'rescan') guard.request();
    const complete = await scan(run);
    run.done(complete);
    guard.request();
    if (!signal.aborted) this.events.emit('indexed', this.index);
    return complete;
  }

  mentionAt(x: number, y: number): MentionRef | null {
    return mentionAt(this.doc, this.index, x, y, this.shadowRoots.list());
  }

  visibleMentions(): MentionRef[] {
    return visibleMentions(this.index);
  }

  /** New settings (same scope): the highlight style and how cards open. */
  update(settings: Settings): void {
    this.highlighter.setStyle(settings.style);
    this.cards.setTrigger(triggerOf(settings));
  }

  destroy(): void {
    this.#controller.abort();
  }
}
