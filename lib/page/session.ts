/**
 * One activation of Backstory on a page: scan, follow mutations, hit-test, open cards. Created
 * when highlighting is on for the site and destroyed (every highlight and listener released)
 * when it is switched off, when the watched entities change, or when the extension unloads.
 */
import type { CardData } from '@/lib/corpus/types';
import type { EntityId, Matcher, Mention } from '@/lib/entities/types';
import type { Result } from '@/lib/messages/protocol';
import type { Settings } from '@/lib/settings/schema';
import type { Recognition } from '@/lib/ui/recognition';
import type { TextBlock } from './read/blocks';
import { CardController } from './card/controller';
import type { CardUi } from './card/card-ui';
import type { CardHost } from './card/host';
import type { Diagnostics } from './diagnostics';
import { HighlightGuard } from './paint/highlight-guard';
import { Highlighter, type HighlightApi } from './paint/highlighter';
import { MutationBatcher } from './read/mutations';
import { BlockLanguages } from './read/language';
import { MentionCursor, type MentionRef } from './read/navigation';
import { PageIndex } from './read/page-index';
import { PrivateOverlay } from './paint/private-overlay';
import { rescan, scanAll, type ScanContext } from './read/scanner';
import { ShadowRoots } from './read/shadow-roots';

export interface SessionDeps {
  doc: Document;
  matcher: Matcher;
  highlightApi: HighlightApi;
  host: CardHost;
  entities: ReadonlySet<EntityId>;
  settings(): Settings;
  /** The card of `entity`, with `limit` passages when asked for more than the first few. */
  loadCard(entity: EntityId, limit?: number): Promise<Result<CardData>>;
  loadUi(): Promise<CardUi>;
  describe(mention: Mention): Recognition;
  nameOf(entity: EntityId): string;
  openSearch(query: string): void;
  diagnostics: Diagnostics;
  /** Highlight rules that shadow roots must adopt (Firefox), or null. */
  shadowHighlightCss: string | null;
  /** After the first scan and after every rescan (the toolbar badge's count). */
  onIndexChange?(index: PageIndex): void;
  /**
   * Which entities are painted by the private overlay instead of `CSS.highlights` (all of them
   * on a site marked sensitive, the reader's own elsewhere), or null when none are.
   */
  privateEntities: ((entity: EntityId) => boolean) | null;
}

export class PageSession {
  readonly index = new PageIndex();
  readonly highlighter: Highlighter;
  readonly cursor: MentionCursor;
  readonly cards: CardController;
  /** Resolves when the first full scan has finished (or was aborted). */
  readonly scanned: Promise<boolean>;
  private readonly controller = new AbortController();

  constructor(deps: SessionDeps, parent: AbortSignal) {
    const signal = AbortSignal.any([parent, this.controller.signal]);
    const { privateEntities } = deps;
    const overlay = privateEntities
      ? new PrivateOverlay(
          {
            doc: deps.doc,
            layer: () => deps.host.overlayLayer(),
            isPrivate: privateEntities,
            style: deps.settings().style,
            onDraw: (ms, boxes) => deps.diagnostics.overlayDrawn(ms, boxes),
          },
          signal,
        )
      : null;
    this.highlighter = new Highlighter(deps.highlightApi, deps.settings().style, overlay);
    this.cursor = new MentionCursor(this.index);
    const docLang = deps.doc.documentElement.lang || undefined;
    // Fresh for every scan, so a language attribute changed since the last one is seen.
    let languages = new BlockLanguages(docLang);
    const ctx: ScanContext = {
      matcher: deps.matcher,
      index: this.index,
      highlighter: this.highlighter,
      optionsFor: (block: TextBlock) => ({ lang: languages.of(block.element), entities: deps.entities }),
      onShadowRoot: (root) => shadowRoots.add(root),
    };
    const shadowRoots = new ShadowRoots({ onNew: (root) => batcher.observe(root), highlightCss: deps.shadowHighlightCss }, signal);
    const { diagnostics } = deps;
    // A page that clears CSS.highlights gets ours back (bounded: see highlight-guard.ts).
    const guard = new HighlightGuard(this.highlighter, signal, { onReport: (r) => diagnostics.highlightsRestored(r) });
    guard.watch(deps.doc.defaultView ?? window);
    const batcher = new MutationBatcher((work) => {
      languages = new BlockLanguages(docLang);
      const run = diagnostics.begin('rescan');
      guard.request();
      return rescan(ctx, work, signal, run).then((complete) => {
        run.done(complete);
        guard.request();
        if (!signal.aborted) deps.onIndexChange?.(this.index);
        // The page changed: an open card follows its mention into the new text, or closes.
        this.cards.followPage();
      });
    }, signal);
    this.cards = new CardController(
      {
        doc: deps.doc,
        index: this.index,
        highlighter: this.highlighter,
        cursor: this.cursor,
        host: deps.host,
        trigger: () => ({ mode: deps.settings().trigger, delayMs: deps.settings().hoverDelayMs }),
        loadCard: deps.loadCard,
        loadUi: deps.loadUi,
        describe: deps.describe,
        nameOf: deps.nameOf,
        openSearch: deps.openSearch,
        diagnostics,
        shadowRoots: () => shadowRoots.list(),
      },
      signal,
    );
    batcher.observe(deps.doc.documentElement);
    const run = diagnostics.begin('scan');
    this.scanned = scanAll(ctx, deps.doc.body ?? deps.doc.documentElement, signal, run).then((complete) => {
      run.done(complete);
      guard.request();
      if (!signal.aborted) deps.onIndexChange?.(this.index);
      return complete;
    });
    signal.addEventListener('abort', () => {
      this.highlighter.clear();
      this.index.clear();
    }, { once: true });
  }

  /** Scrolls a mention into view and opens its card with focus in it. */
  reveal(ref: MentionRef | null): boolean {
    if (!ref) return false;
    const target = ref.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.cards.show(ref, 'keyboard');
    return true;
  }

  destroy(): void {
    this.controller.abort();
  }
}
