/**
 * The empty-script floor of section 7 (tests/bench/browser/empty-extension.ts): the generated
 * extension must declare its content script exactly as the build does — only the script emptied —
 * or with it minus without would not be the floor of *our* declaration.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_SCRIPT, emptyManifest, writeEmptyExtension } from '../../bench/browser/empty-extension';

const built = {
  content_scripts: [
    { matches: ['<all_urls>'], all_frames: true, match_about_blank: true, run_at: 'document_start', match_origin_as_fallback: true, css: ['a.css'], js: ['content-scripts/content.js'] },
  ],
  host_permissions: ['<all_urls>'],
};

describe('empty content-script extension', () => {
  it('keeps every key of the declaration but the script and stylesheet', () => {
    const manifest = emptyManifest(built, 'chromium') as { content_scripts: Record<string, unknown>[]; background: unknown };
    expect(manifest.content_scripts).toEqual([
      { matches: ['<all_urls>'], all_frames: true, match_about_blank: true, run_at: 'document_start', match_origin_as_fallback: true, js: [EMPTY_SCRIPT] },
    ]);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
  });

  it('gives Firefox an event page and an id', () => {
    const manifest = emptyManifest(built, 'firefox') as { background: unknown; browser_specific_settings: { gecko: { id: string } } };
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  });

  it('refuses a build without a content script', () => {
    expect(() => emptyManifest({}, 'chromium')).toThrow(/no content script/);
  });

  it('writes an empty script beside the manifest, and removes the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backstory-built-'));
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(built));
    const empty = await writeEmptyExtension(dir, 'chromium');
    try {
      expect(await readFile(join(empty.dir, EMPTY_SCRIPT), 'utf8')).toBe('');
      const written = JSON.parse(await readFile(join(empty.dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
      expect(written.content_scripts[0]?.js).toEqual([EMPTY_SCRIPT]);
    } finally {
      await empty.remove();
      await rm(dir, { recursive: true, force: true });
    }
    await expect(readFile(join(empty.dir, 'manifest.json'))).rejects.toThrow();
  });
});
