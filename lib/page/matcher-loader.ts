/**
 * The page's stage of the matcher: what the page knows of it, and loading it where the page must
 * match text itself. The background compiles the catalogue once per build and keeps it, packed,
 * in extension storage with its summary (lib/background/matcher-cache.ts). A page starts from the
 * summary (the matcher's key, the watched entities, their names) and has its text matched by the
 * background (lib/page/read/scanner.ts); it reads and unpacks the packed matcher
 * (lib/entities/unpack.ts) only to match alone: a page too large to send, or a background that
 * cannot answer. Only the first pages after an install or update, before the background has
 * stored it, ask the background for the matcher itself.
 */
import { browser } from 'wxt/browser';
import { readMatcherSummary, type PageCatalogue } from '@/lib/entities/matcher-summary';
import type { UnpackedMatcher } from '@/lib/entities/unpack';
import { MATCHER_SUMMARY_STORAGE_KEY, PACKED_MATCHER_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { Matcher, Mention, ScanOptions } from '@/lib/entities/types';
import { sendToBackground } from '@/lib/messages/send';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import type { Unpack } from './stage/matcher-handoff';

export interface LoadedMatcher extends UnpackedMatcher {
  source: 'storage' | 'background';
  /** The whole wait for it, and the time spent unpacking it (the rest is the storage read or the message). */
  ms: number;
  unpackMs: number;
}

/**
 * The matcher, read from storage (or, before the background has stored one, asked of it) and
 * unpacked by `unpacker`'s unpacker: on a page, the page matcher's script, injected for it
 * (stage/matcher-handoff.ts) while the stored matcher is read.
 */
export async function loadMatcher(unpacker: () => Promise<Unpack>): Promise<LoadedMatcher> {
  const start = performance.now();
  const [unpackMatcher, values] = await Promise.all([unpacker(), browser.storage.local.get(PACKED_MATCHER_STORAGE_KEY)]);
  let unpackMs = 0;
  const unpack = (value: unknown) => {
    const from = performance.now();
    const unpacked = unpackMatcher(value);
    unpackMs += performance.now() - from;
    return unpacked;
  };
  const done = (matcher: UnpackedMatcher, source: LoadedMatcher['source']): LoadedMatcher =>
    ({ ...matcher, source, ms: performance.now() - start, unpackMs });
  const stored: unknown = values[PACKED_MATCHER_STORAGE_KEY];
  const fromStorage = unpack(stored);
  if (fromStorage) return done(fromStorage, 'storage');
  const reply = await sendToBackground('packedMatcher', null);
  if (!reply.ok) throw new Error(`no matcher from the background: ${reply.error}`);
  const fresh = unpack(reply.value);
  if (!fresh) throw new Error('the background sent the matcher of another build');
  return done(fresh, 'background');
}

/**
 * What the page knows of the matcher in force: the summary in `read` (the start read: handoff.ts),
 * or, where none is stored yet (the first pages after an install), the matcher itself, loaded by
 * `matcher`. Null when neither can be had (told to `matcher`'s failure handler).
 */
export async function loadPageCatalogue(read: Promise<Record<string, unknown>>, matcher: PageMatcher): Promise<PageCatalogue | null> {
  const values: Record<string, unknown> | null = await read.catch(() => null);
  return (values && storedPageCatalogue(values)) ?? (await matcher.request());
}

/** The matcher's summary among stored values (a start read), if one of this build is there. */
export function storedPageCatalogue(values: Record<string, unknown>): PageCatalogue | null {
  return readMatcherSummary(values[MATCHER_SUMMARY_STORAGE_KEY], TEXT_BUILD_KEY);
}

/**
 * Calls `onChange` with the summary of every matcher the background stores from now on (the
 * journalist's watchlist changed: lib/background/matcher-cache.ts), until `signal` aborts.
 */
export function watchPageCatalogue(onChange: (catalogue: PageCatalogue) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const summary = area === 'local' ? readMatcherSummary(changes[MATCHER_SUMMARY_STORAGE_KEY]?.newValue, TEXT_BUILD_KEY) : null;
    if (summary) onChange(summary);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * The page's matcher: loaded once and kept; a load under way is shared, and a failed one (null,
 * told to `onFailure`) is tried again by the next `request()`. A session matches with it as it
 * would with the matcher once `ready()` says it is loaded.
 */
export class PageMatcher implements Matcher {
  #loaded: LoadedMatcher | null = null;
  #loading: Promise<LoadedMatcher | null> | null = null;

  readonly #onLoaded: (loaded: LoadedMatcher) => void;
  readonly #load: () => Promise<LoadedMatcher>;

  readonly #onFailure: (error: unknown) => void;

  constructor(
    load: () => Promise<LoadedMatcher>,
    onLoaded: (loaded: LoadedMatcher) => void = () => {},
    /** A load failed (told to diagnostics: a page's console gets nothing from us). */
    onFailure: (error: unknown) => void = () => {},
  ) {
    this.#onLoaded = onLoaded;
    this.#load = load;
    this.#onFailure = onFailure;
  }

  get current(): LoadedMatcher | null {
    return this.#loaded;
  }

  /** The matcher, loading it unless it is here or on its way. */
  request(): Promise<LoadedMatcher | null> {
    if (this.#loaded) return Promise.resolve(this.#loaded);
    if (this.#loading) return this.#loading;
    const loading: Promise<LoadedMatcher | null> = this.#load().then(
      (loaded) => {
        if (this.#loading !== loading) return null; // dropped meanwhile
        this.#loading = null;
        this.#loaded = loaded;
        this.#onLoaded(loaded);
        return loaded;
      },
      (error: unknown) => {
        this.#onFailure(error);
        if (this.#loading === loading) this.#loading = null;
        return null;
      },
    );
    this.#loading = loading;
    return loading;
  }

  /** Whether the matcher is here, loading it if need be. */
  async ready(): Promise<boolean> {
    return (await this.request()) !== null;
  }

  /** Matches with the loaded matcher (`ready()` first). */
  scan(text: string, options?: ScanOptions): Mention[] {
    if (!this.#loaded) throw new Error('the matcher is not loaded yet');
    return this.#loaded.matcher.scan(text, options);
  }

  /** The matcher here is out of date (the watchlist changed): the next `request()` reads the current one. */
  forget(): void {
    this.#loading = null;
    this.#loaded = null;
  }
}
