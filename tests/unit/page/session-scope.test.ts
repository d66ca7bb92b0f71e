/** What a page session covers: the entities switched on, and which are painted privately. */
import { describe, expect, it } from 'vitest';
import { sessionScope } from '@/lib/page/session-scope';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const watched = ['kazakhstan', 'csto', 's300', 'user:atyrau'];

describe('sessionScope', () => {
  it('takes the watched entities not switched off', () => {
    const scope = sessionScope({ ...DEFAULT_SETTINGS, entities: { s300: false } }, watched, 'news.example');
    expect([...scope.entities]).toEqual(['kazakhstan', 'csto', 'user:atyrau']);
  });

  it("paints the reader's own entities privately, and every one on a sensitive site", () => {
    const scope = sessionScope(DEFAULT_SETTINGS, watched, 'news.example');
    expect(scope.isPrivate?.('user:atyrau')).toBe(true);
    expect(scope.isPrivate?.('csto')).toBe(false);
    expect(sessionScope(DEFAULT_SETTINGS, ['csto'], 'news.example').isPrivate).toBeNull();
    const sensitive = sessionScope({ ...DEFAULT_SETTINGS, sensitiveSites: ['news.example'] }, ['csto'], 'news.example');
    expect(sensitive.isPrivate?.('csto')).toBe(true);
  });

  it('has the same key for the same scope and another for another', () => {
    const key = (settings = DEFAULT_SETTINGS, host = 'news.example') => sessionScope(settings, watched, host).key;
    expect(key({ ...DEFAULT_SETTINGS, style: 'underline', trigger: 'click' })).toBe(key());
    expect(key({ ...DEFAULT_SETTINGS, entities: { csto: false } })).not.toBe(key());
    expect(key({ ...DEFAULT_SETTINGS, sensitiveSites: ['news.example'] })).not.toBe(key());
  });
});
