/**
 * The first stage's browser API (lib/page/stage/native-api.ts): Firefox's `browser` or
 * Chromium's `chrome`, found by looking at `runtime` alone — the first look at `storage` would
 * set that API up in the content script's world on every page and frame.
 */
import { describe, expect, it } from 'vitest';
import { nativeApi } from '@/lib/page/stage/native-api';

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
