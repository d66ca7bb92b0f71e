/** The listing texts fit the stores' limits and justify every permission the manifest asks for. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listingSections } from '../../../lib/release/listing';
import { markdownBlocks } from '../../../lib/release/markdown-blocks';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const listing = listingSections(read('lib/release/store-listing.md'));
const config = read('wxt.config.ts');

describe('store listing', () => {
  it('has every section the stores ask for, within their limits', () => {
    for (const name of ['Name', 'Short description', 'Long description', 'Single purpose', 'Permissions', 'Data collection', 'Privacy policy']) {
      expect(listing.get(name)?.length ?? 0, name).toBeGreaterThan(0);
    }
    // Chrome Web Store: 132 characters for the summary; AMO: 250.
    expect(listing.get('Short description')?.length).toBeLessThanOrEqual(132);
    expect(listing.get('Name')?.length).toBeLessThanOrEqual(45);
    expect(listing.get('Long description')?.length).toBeLessThanOrEqual(16_000);
  });

  it('justifies each permission and host permission of the manifest, and no other', () => {
    const declared = [
      ...JSON.parse((/permissions: (\[[^\]]*\])/.exec(config)?.[1] ?? '[]').replace(/'/g, '"')) as string[],
      ...JSON.parse((/host_permissions: (\[[^\]]*\])/.exec(config)?.[1] ?? '[]').replace(/'/g, '"')) as string[],
    ];
    expect(declared).toContain('storage');
    const justified = [...(listing.get('Permissions') ?? '').matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);
    expect(justified.sort()).toEqual([...new Set(declared)].sort());
  });

  it('explains data_collection_permissions as the Firefox manifest declares it', () => {
    expect(config).toContain("data_collection_permissions: { required: ['none'] }");
    expect(listing.get('Data collection')).toContain('required: ["none"]');
  });
});

describe('privacy policy', () => {
  it('reads as a titled document with its promise first', () => {
    const blocks = markdownBlocks(read('lib/release/privacy-policy.md'));
    expect(blocks[0]).toEqual({ kind: 'h1', text: 'Backstory privacy policy' });
    expect(blocks[1]).toMatchObject({ kind: 'p', text: expect.stringMatching(/^Backstory collects no data\./) });
    expect(blocks.filter((b) => b.kind === 'h2').length).toBeGreaterThanOrEqual(4);
  });

  it('turns headings, paragraphs and lists into text blocks', () => {
    expect(markdownBlocks('# T\n\nOne\ntwo `x`.\n\n- a\n  b\n- **c**\nAfter\n')).toEqual([
      { kind: 'h1', text: 'T' },
      { kind: 'p', text: 'One two x.' },
      { kind: 'ul', items: ['a b', 'c'] },
      { kind: 'p', text: 'After' },
    ]);
  });
});
