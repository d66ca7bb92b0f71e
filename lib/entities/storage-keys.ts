/**
 * Where the background keeps the packed matcher and the entity names in `browser.storage.local`.
 * A module of its own, so that pages that only read names (the popup) do not import the matcher.
 */

/**
 * Where the packed matcher lives in `browser.storage.local`, as JSON text: storage hands a page
 * a 250 KB string in a few milliseconds, and the same data as an object three times slower
 * (every value is converted between the browser's and the page's representations).
 */
export const PACKED_MATCHER_STORAGE_KEY = 'matcher';
/** The build key of the stored matcher, kept beside it so the background checks it cheaply. */
export const PACKED_MATCHER_KEY_STORAGE_KEY = 'matcherKey';
/** Entity id → English display name, stored with the matcher for pages that need only names (the popup). */
export const ENTITY_NAMES_STORAGE_KEY = 'entityNames';
/**
 * The page gate (gate.ts): the prefilter's anchors alone, a few kilobytes, stored beside the
 * matcher; the background tests every page's text with it, and a page gets its second stage only
 * when its text could hold a mention.
 */
export const PAGE_GATE_STORAGE_KEY = 'matcherGate';
/**
 * The matcher's summary (matcher-summary.ts): its key, the watched entities and their names. What
 * a page reads to start: the background matches its text (lib/background/block-matching.ts).
 */
export const MATCHER_SUMMARY_STORAGE_KEY = 'matcherSummary';
