/**
 * The page's stage of the matcher: loading it. The background compiles the catalogue once per
 * build and keeps it, packed, in extension storage (lib/background/matcher-cache.ts); a page
 * unpacks it (lib/entities/unpack.ts) in a millisecond or two. Only the first pages after an install or update, before the background
 * has stored it, ask the background directly.
 */
import { browser } from 'wxt/browser';
import { unpackMatcher, type UnpackedMatcher } from '@/lib/entities/unpack';
import { PACKED_MATCHER_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { sendToBackground } from '@/lib/messages/send';
import { takeStartRead } from './stage/handoff';

export interface LoadedMatcher extends UnpackedMatcher {
  source: 'storage' | 'background';
  /** The whole wait for it, and the time spent unpacking it (the rest is the storage read or the message). */
  ms: number;
  unpackMs: number;
}

export async function loadMatcher(): Promise<LoadedMatcher> {
  const start = performance.now();
  let unpackMs = 0;
  const unpack = (value: unknown) => {
    const from = performance.now();
    const unpacked = unpackMatcher(value);
    unpackMs += performance.now() - from;
    return unpacked;
  };
  const done = (matcher: UnpackedMatcher, source: LoadedMatcher['source']): LoadedMatcher =>
    ({ ...matcher, source, ms: performance.now() - start, unpackMs });
  // The first stage may have started this read already (lib/page/stage/handoff.ts).
  const prefetched: Record<string, unknown> | null = (await takeStartRead()?.catch(() => null)) ?? null;
  const values: Record<string, unknown> = prefetched ?? (await browser.storage.local.get(PACKED_MATCHER_STORAGE_KEY));
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
 * Calls `onChange` with every matcher the background stores from now on (the journalist's
 * watchlist changed; lib/background/matcher-cache.ts), until `signal` aborts. Only while
 * `wanted()`: in a tab where Backstory is off a new matcher is not unpacked (a few hundred
 * kilobytes of tables, in every such tab at once) — `onSkipped` is told instead, so the page
 * reads the new one from storage if Backstory is switched on.
 */
export function watchMatcher(
  onChange: (loaded: LoadedMatcher) => void,
  signal: AbortSignal,
  wanted: () => boolean = () => true,
  onSkipped: () => void = () => {},
): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = area === 'local' ? changes[PACKED_MATCHER_STORAGE_KEY]?.newValue : undefined;
    if (value === undefined) return;
    if (!wanted()) return onSkipped();
    const start = performance.now();
    const unpacked = unpackMatcher(value);
    const ms = performance.now() - start;
    if (unpacked) onChange({ ...unpacked, source: 'storage', ms, unpackMs: ms });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * The page's matcher: loaded once and kept; a load under way is shared, and a failed one (null,
 * told to `onFailure`) is tried again by the next `request()`.
 */
export class PageMatcher {
  #loaded: LoadedMatcher | null = null;
  #loading: Promise<LoadedMatcher | null> | null = null;

  readonly #onLoaded: (loaded: LoadedMatcher) => void;
  readonly #load: () => Promise<LoadedMatcher>;

  readonly #onFailure: (error: unknown) => void;

  constructor(
    onLoaded: (loaded: LoadedMatcher) => void = () => {},
    load: () => Promise<LoadedMatcher> = loadMatcher,
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

  /** The load under way, if any. */
  get pending(): Promise<LoadedMatcher | null> | null {
    return this.#loading;
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

  /** Forgets a load under way: not needed here (it is asked for again if Backstory is switched on). */
  drop(): void {
    this.#loading = null;
  }

  /** The matcher here is out of date and not wanted now: the next `request()` reads the current one. */
  forget(): void {
    this.#loading = null;
    this.#loaded = null;
  }

  /** A newer matcher (the watchlist changed): kept instead. */
  replace(next: LoadedMatcher): void {
    this.#loading = null;
    this.#loaded = next;
  }
}
