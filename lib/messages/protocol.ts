/**
 * Every message Backstory sends, in one place. Each direction has its own map from message type
 * to request and response payloads; senders and handlers are typed against these maps, so a
 * renamed field or a missing handler is a compile error, not a silent `undefined` at run time.
 *
 * Replies always travel as `Result<T>`: a handler that throws becomes `{ ok: false, error }`
 * on the other side instead of a rejected promise that browsers report inconsistently.
 */
import type { CardData, SearchResponse } from '@/lib/corpus/types';
import type { PackedMatcher } from '@/lib/entities/pack';
import type { EntityId } from '@/lib/entities/types';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import type { PageMentionsReport } from '@/lib/page/read/report';
import type { PageCount } from '@/lib/page/count-reporter';
import type { AliasHits } from '@/lib/watchlist/alias-hits';
import type { UserAlias } from '@/lib/watchlist/schema';
import type { MatchBlocksAnswer, MatchBlocksRequest } from '@/lib/entities/block-answer';
import type { FramesGateAnswer, FramesGateRequest, GateTextAnswer, GateTextRequest } from '@/lib/entities/gate-answer';

/** Messages handled by the background (sent by content scripts, the popup and the options page). */
export interface BackgroundProtocol {
  /** Liveness check: the extension version and the version (content hash) of the loaded corpus. */
  ping: { request: null; response: { version: string; corpusVersion: string | null } };
  /**
   * The context card for an entity: catalogue data plus its best corpus passages, ranked;
   * `limit` passages (5 by default; the card's "more" asks for the next ones this way).
   */
  cardFor: { request: { entity: EntityId; limit?: number }; response: CardData };
  /** Ranked corpus passages for a free-text query (entity-aware first, fuzzy as a fallback). */
  search: { request: { query: string; limit?: number }; response: SearchResponse };
  /** Opens Backstory's search (the popup page in a tab) with a query, e.g. from a card. */
  openSearch: { request: { query: string }; response: null };
  /**
   * This build's compiled matcher, for a content script that did not find it in extension
   * storage (first pages after an install or update); the background also stores it there.
   */
  packedMatcher: { request: null; response: PackedMatcher };
  /** Entity id → English display name (the popup, when storage does not hold them yet). */
  entityNames: { request: null; response: Record<EntityId, string> };
  /**
   * Injects the card's interface (card-ui.js) into the sending frame's content-script world: a
   * page loads it only when its first card opens (lib/page/card/card-ui.ts).
   */
  loadCardUi: { request: null; response: null };
  /**
   * A content script's mention count for its tab's toolbar badge, sent when it changes (at most
   * twice a second); `active: false` where Backstory is off for the site.
   */
  pageCount: { request: PageCount; response: null };
  /** How many stored passages a watchlist alias would match (the library warns of common words). */
  aliasHits: { request: { alias: UserAlias }; response: AliasHits };
  /**
   * The library stored or deleted documents (sent during an import, about once a second, and at
   * its end): the background brings its search index up to date now, not at the next search.
   */
  corpusChanged: { request: null; response: null };
  /**
   * The library is about to import (its preview is shown): the background starts if it was
   * stopped and builds what its first search and refresh would, before the import, not during it.
   */
  prepareForImport: { request: null; response: null };
  /**
   * An import ended: the background brings its search index up to every change stored so far and
   * answers once it is there, so the library announces the result when search finds it all.
   */
  searchCaughtUp: { request: null; response: null };
  /**
   * Injects the content script's second stage (page-stage.js) into the sending frame's
   * content-script world, and the highlight colours into the frame (scripting.insertCSS: a
   * stylesheet the page's own scripts cannot see): its page gate found a possible mention
   * (lib/page/stage/).
   */
  loadPageStage: { request: null; response: null };
  /**
   * Gives the frames of the sending tab that a parent's first stage marked (Chromium: `srcdoc`,
   * `about:blank` and `blob:` frames, read by their parent, whose text may hold a mention) the
   * content script's first stage (lib/page/stage/child-frames.ts); answers how many it reached.
   */
  adoptFrames: { request: null; response: { adopted: number } };
  /** The "On this page" reports of the sending tab's frames (not its top frame), for its top frame to merge. */
  frameMentions: { request: null; response: PageMentionsReport[] };
  /**
   * The page gate, asked where its prefilter is warm: could this chunk of a frame's text hold a
   * mention of an entity the settings highlight? Where it could, the second stage is injected
   * into the frame in the same round trip (lib/background/gate-text.ts).
   */
  gateText: { request: GateTextRequest; response: GateTextAnswer };
  /**
   * The same question about several frames' texts, asked by their parent frame for them (in
   * Chromium, a same-origin frame hands its text to its parent: lib/page/stage/frame-relay.ts).
   * Only answered: nothing is painted or injected for a frame asked about this way.
   */
  gateFrames: { request: FramesGateRequest; response: FramesGateAnswer };
  /**
   * The mentions in the blocks a second stage reads, matched by the background's warm matcher: the
   * page then never loads its own unless it must match alone (lib/page/read/scanner.ts).
   */
  matchBlocks: { request: MatchBlocksRequest; response: MatchBlocksAnswer };
  /**
   * Injects the second stage's extras (page-extras.js: the popup's report, keyboard navigation)
   * into the sending frame's content-script world, when its second stage is first asked for one
   * of them (lib/page/stage/stage-two-messages.ts).
   */
  loadPageExtras: { request: null; response: null };
  /**
   * Injects the page's own matcher (page-matcher.js) into the sending frame's content-script
   * world, when its second stage must match text itself (lib/page/stage/matcher-handoff.ts).
   */
  loadPageMatcher: { request: null; response: null };
}

/** Messages handled by the content script of one tab (sent by the popup and the background). */
export interface ContentProtocol {
  /** The watched entities found on this page, with counts, forms and sentences. */
  pageMentions: { request: null; response: PageMentionsReport };
  /** Scroll to a mention of the entity (the first one by default) and open its card. */
  revealMention: { request: { entity: EntityId; index?: number }; response: { found: boolean } };
  /** Move to the next or previous mention in reading order and open its card. */
  stepMention: { request: { direction: 1 | -1 }; response: { found: boolean } };
  /**
   * What the content script measured of its own work on this page (scan and rescan times, the
   * longest task, card open-to-painted times): read by `npm run bench`, recorded at no cost.
   */
  diagnostics: { request: null; response: PageDiagnostics };
}

/**
 * Messages the background sends to the first stage of every frame of every tab
 * (lib/page/stage/first-stage.ts), which answers none of them.
 */
export interface FrameProtocol {
  /**
   * The settings or the stored page gate changed: a frame the gate turned away asks again (it
   * follows no storage itself: the storage API costs every frame its set-up).
   */
  gateChanged: { request: null; response: null };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** The wire format of a message: which protocol it belongs to, its type and its payload. */
export interface Envelope<P, K extends keyof P = keyof P> {
  backstory: 1;
  type: K;
  data: RequestOf<P, K>;
}
