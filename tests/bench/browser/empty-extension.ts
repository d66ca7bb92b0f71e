/**
 * The floor of any content-script extension: a tiny extension generated next to the build, with
 * Backstory's own content-script declaration (the same matches, run_at, all_frames,
 * match_about_blank, match_origin_as_fallback) but an empty script, and an empty background.
 * With it minus without is what the browser itself spends on a page because some extension runs
 * a script there (the isolated world, the injection): no content script can cost less. Ours is
 * reported beside it (page-load.ts).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserName } from '../../../lib/dev/paths';

interface ContentScriptDeclaration {
  js?: string[];
  css?: string[];
  [key: string]: unknown;
}

interface BuiltManifest {
  content_scripts?: ContentScriptDeclaration[];
  host_permissions?: string[];
  browser_specific_settings?: { gecko?: Record<string, unknown> };
}

export const EMPTY_SCRIPT = 'empty.js';

/** The empty extension's manifest, from the built one: its content scripts emptied, nothing else kept. */
export function emptyManifest(built: BuiltManifest, browser: BrowserName): Record<string, unknown> {
  const scripts = (built.content_scripts ?? []).map((declaration) => {
    const { js: _js, css: _css, ...rest } = declaration;
    return { ...rest, js: [EMPTY_SCRIPT] };
  });
  if (scripts.length === 0) throw new Error('the built manifest declares no content script');
  return {
    manifest_version: 3,
    name: 'Empty content script (benchmark floor)',
    version: '1.0.0',
    host_permissions: built.host_permissions ?? ['<all_urls>'],
    content_scripts: scripts,
    ...(browser === 'firefox'
      ? { background: { scripts: ['background.js'] }, browser_specific_settings: { gecko: { id: 'empty-floor@backstory.bench' } } }
      : { background: { service_worker: 'background.js' } }),
  };
}

/** Writes the empty extension beside `builtDir`'s manifest into a temporary folder; `remove` deletes it. */
export async function writeEmptyExtension(builtDir: string, browser: BrowserName): Promise<{ dir: string; remove(): Promise<void> }> {
  const built = JSON.parse(await readFile(join(builtDir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const dir = await mkdtemp(join(tmpdir(), 'backstory-empty-ext-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(emptyManifest(built, browser), null, 2));
  await writeFile(join(dir, EMPTY_SCRIPT), '');
  await writeFile(join(dir, 'background.js'), '');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
