import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, isEntityOn, sanitizeSettings } from '@/lib/settings/schema';

describe('sanitizeSettings', () => {
  it('returns the defaults for nothing or garbage', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('corrupt')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs invalid ones field by field', () => {
    const repaired = sanitizeSettings({
      enabled: false,
      disabledSites: ['news.example', 42, '', 'news.example'],
      entities: { csto: false, s300: 'yes' },
      trigger: 'double-click',
      hoverDelayMs: 99_999,
      style: 'underline',
      sensitiveSites: ['leaks.example', 7, 'leaks.example'],
      unknownField: true,
    });
    expect(repaired).toEqual({
      enabled: false,
      disabledSites: ['news.example'],
      entities: { csto: false },
      trigger: 'hover',
      hoverDelayMs: 2000,
      style: 'underline',
      sensitiveSites: ['leaks.example'],
    });
  });

  it('reads settings stored before sensitive sites existed', () => {
    expect(sanitizeSettings({ enabled: true }).sensitiveSites).toEqual([]);
  });

  it('clamps and rounds the hover delay', () => {
    expect(sanitizeSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(sanitizeSettings({ hoverDelayMs: 150.6 }).hoverDelayMs).toBe(151);
    expect(sanitizeSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(300);
  });
});

describe('isActiveOn / isEntityOn', () => {
  it('honours the global switch and per-site exceptions', () => {
    const s = sanitizeSettings({ disabledSites: ['a.example'] });
    expect(isActiveOn(s, 'a.example')).toBe(false);
    expect(isActiveOn(s, 'b.example')).toBe(true);
    expect(isActiveOn({ ...s, enabled: false }, 'b.example')).toBe(false);
  });

  it('uses the catalogue default unless overridden', () => {
    const s = sanitizeSettings({ entities: { csto: false, russia: true } });
    expect(isEntityOn(s, 'csto', true)).toBe(false);
    expect(isEntityOn(s, 'russia', false)).toBe(true);
    expect(isEntityOn(s, 's300', true)).toBe(true);
  });
});
