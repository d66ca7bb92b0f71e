/**
 * Machine tokens: a handle that is exactly a watched name is a mention
 * of it, and a name quoted after a URL is not part of the URL; real handles, addresses, URLs and
 * blobs are still left alone.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';

const matcher = createMatcher();
const found = (text: string) => matcher.scan(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);

describe('machine tokens', () => {
  it.each([
    ['Follow @Kazakhstan for updates.', ['kazakhstan:Kazakhstan']],
    ['Thanks, @Kazakhstan!', ['kazakhstan:Kazakhstan']],
    ['(@CSTO) posted a statement', ['csto:CSTO']],
    ['=HYPERLINK("http://example.org/kz","Kazakhstan")', ['kazakhstan:Kazakhstan']],
    ['see “https://example.org/a”,“Kazakhstan”', ['kazakhstan:Kazakhstan']],
  ])('counts %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'follow @CSTO_ODKB for updates',
    'write to press@Kazakhstan.kz today',
    'mail kazakhstan@example.org',
    '@KazakhstanNews reported',
    'https://www.csto.int/news/csto',
    '=HYPERLINK("http://example.org/Kazakhstan","link")',
    'see https://odkb-csto.org/CSTO/ for details',
    'Q1NUTw==CSTO+aGVsbG8gd29ybGQ9PQ==',
  ])('still rejects %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
