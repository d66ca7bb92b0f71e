/**
 * The first stage's browser API (lib/page/stage/native-api.ts): Firefox's `browser` or
 * Chromium's `chrome`, found by looking at `runtime` alone — the first look at `storage` would
 * set that API up in the content script's world on every page and frame.
 */
import { describe, expect, it } from 'vitest';
import { lazyNativeApi, nativeApi } from '@/lib/page/stage/native-api';

/** An API object whose `storage` counts the looks at it. */
function api(id: string | undefined) {
  const looks = { storage: 0 };
  const value = {
    runtime: { id },
    get storage() {
      looks.storage++;
      return {};
    },
  };
  return { value, looks };
}

describe('nativeApi', () => {
  it('takes Firefox\'s browser, else Chromium\'s chrome, without looking at storage', () => {
    const firefox = api('backstory@firefox');
    const chromium = api('abcdef');
    expect(nativeApi({ browser: firefox.value, chrome: chromium.value })).toBe(firefox.value);
    expect(nativeApi({ chrome: chromium.value })).toBe(chromium.value);
    expect(firefox.looks.storage + chromium.looks.storage).toBe(0);
  });

  it('is null outside an extension (no runtime, or a runtime without an id as web pages may see)', () => {
    expect(nativeApi({})).toBeNull();
    expect(nativeApi({ chrome: api(undefined).value })).toBeNull();
  });
});

describe('lazyNativeApi', () => {
  it('looks at neither global until the API is used, then takes the one nativeApi takes', () => {
    let looks = 0;
    const firefox = api('backstory@firefox');
    const global = {
      get browser() {
        looks++;
        return firefox.value;
      },
    };
    const lazy = lazyNativeApi(global);
    expect(lazy).not.toBeNull();
    expect(looks).toBe(0);
    expect(lazy?.touched).toBe(false);
    expect(lazy?.api.runtime.id).toBe('backstory@firefox');
    expect(lazy?.touched).toBe(true);
    // Resolved once.
    const before = looks;
    void lazy?.api.runtime;
    expect(looks).toBe(before);
    expect(firefox.looks.storage).toBe(0);
  });

  it('is null without either global, and throws on use where they hold no extension API', () => {
    expect(lazyNativeApi({})).toBeNull();
    const lazy = lazyNativeApi({ chrome: api(undefined).value });
    expect(() => lazy?.api.runtime).toThrow();
    expect(lazy?.touched).toBe(false);
  });
});
