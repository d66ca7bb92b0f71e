import { afterEach, describe, expect, it } from 'vitest';
import { directionOf, uiDirection } from '@/lib/ui/direction';
import { setTestUiLocale } from '../../setup/i18n';

describe('the UI direction', () => {
  afterEach(() => setTestUiLocale('en'));

  it('is right to left for languages written so, whatever the region, and left to right otherwise', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('fa-IR')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('zh-CN')).toBe('ltr');
    expect(directionOf('kk')).toBe('ltr');
    expect(directionOf('not a tag')).toBe('ltr');
  });

  it('follows the catalogue the browser chose', () => {
    expect(uiDirection()).toBe('ltr');
    setTestUiLocale('ar');
    expect(uiDirection()).toBe('rtl');
    setTestUiLocale('de');
    expect(uiDirection()).toBe('ltr');
  });
});
