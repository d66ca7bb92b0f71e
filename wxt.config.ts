import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noRawHtml } from './lib/build/no-raw-html';
import { inertContentScriptContext } from './lib/build/inert-content-script-context';
import { nativeBrowserInPageScripts } from './lib/build/native-browser';
import { GECKO_ID } from './lib/build/ids';
import { textKey } from './lib/build/text-key';
import { ICON_SIZES, iconPath, iconPaths } from './lib/build/icon-paths';

const ROOT = fileURLToPath(new URL('.', import.meta.url));


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: no auto-import magic, so every module says what it uses.
  imports: false,
  // The design keeps the top level to entrypoints/, lib/, seeds/ and tests/: static files
  // (locales, icons) live in lib/public/.
  publicDir: 'lib/public',
  vite: () => ({ plugins: [preact(), noRawHtml(), textKey(ROOT), inertContentScriptContext(), nativeBrowserInPageScripts()] }),
  // Firefox is built as MV3 like Chrome: one permission model, event-page background, and the
  // per-site host permission a user may withhold is handled by the product (see README).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Rendered from lib/public/icon/icon.svg at build time (lib/build/icons.ts).
    icons: iconPaths('on'),
    action: { default_icon: iconPaths('on') },
    // scripting + activeTab: to start Backstory, from the popup, in a tab it could not read yet
    // (opened before installation, or a site the user withheld in Firefox).
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    // Reading pages is the product. Declared (not only implied by the content script) so that
    // Firefox users who withheld it can grant it again from the popup.
    host_permissions: ['<all_urls>'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The CSS Custom Highlight API ships in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The CSS Custom Highlight API ships in Chrome 105.
          minimum_chrome_version: '105',
        }),
  }),
  zip: {
    artifactTemplate: 'backstory-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'backstory-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'node_modules/**', '.output/**', 'bench-results/**', '.ci/**'],
  },
  hooks: {
    // WXT takes the popup's <title> as the toolbar button's title: put the translated one back.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
    // The corpus bundle is generated, not kept in public/: every build indexes seeds/ afresh with
    // the current catalogue and matcher, so nobody has to remember a script (lib/corpus/node/emit.ts).
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('corpus.json', 'pdf.worker.min.mjs');
      paths.push(...ICON_SIZES.flatMap((size) => [iconPath('on', size), iconPath('off', size)]));
    },
    'build:publicAssets': async (wxt, files) => {
      const { emitCorpusBundle } = await import('./lib/corpus/node/emit');
      const { contents, version, passages } = await emitCorpusBundle(wxt.config.root);
      files.push({ relativeDest: 'corpus.json', contents });
      // pdf.js parses imported PDFs in its own worker, shipped as a file of the extension: an
      // extension page may not load code from anywhere else; the legacy build, like the page's half
      // (lib/ui/library/documents/read-files.ts).
      files.push({ relativeDest: 'pdf.worker.min.mjs', absoluteSrc: fileURLToPath(new URL('./node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs', import.meta.url)) });
      wxt.logger.info(`Corpus bundle ${version.slice(0, 12)}…: ${passages} passages → corpus.json`);
      const { writeIcons } = await import('./lib/build/icons');
      files.push(...(await writeIcons(wxt.config.root, `${wxt.config.wxtDir}/icons`)));
    },
  },
});
