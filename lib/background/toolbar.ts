/**
 * The toolbar button of each tab: the number of mentions on its page as the badge (nothing when
 * there are none), an accessible title that says the same in words, and the "off" icon where
 * Backstory is switched off for the site. Content scripts report; this only paints.
 *
 * Painted for every page load, in the background that shares the machine with the page: so
 * what does not vary by tab (the badge's colours) is set once, globally (`paintToolbarDefaults`,
 * at install and browser start), the icon is the manifest's default unless the site is off, and
 * a tab gets only what differs from what it shows. What it shows is read back from its title
 * (one cheap call; a worker that was stopped and started again has no memory of what it
 * painted): the title changes with every other value this paints, and the browser resets them
 * all together when the tab goes to another document. In a Chromium worker `setIcon` with paths
 * fetches and decodes the images at every call: it is called only when the icon must change.
 */
import { browser } from 'wxt/browser';
import { iconPaths } from '@/lib/build/icon-paths';
import { t, tPlural } from '@/lib/i18n';
import type { PageCount } from '@/lib/page/count-reporter';

/** The badge is four characters wide at most. */
export function badgeText({ count, active }: PageCount): string {
  if (!active || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function toolbarTitle({ count, active }: PageCount): string {
  if (!active) return t('toolbarOff');
  if (count <= 0) return t('toolbarNone');
  return tPlural('toolbarCount', count);
}

const BADGE_COLOUR = '#1e4fd8'; // the icon's tile: the badge reads as part of it
const ON = iconPaths('on');
const OFF = iconPaths('off');

/** What of `action` the toolbar uses (tests pass a fake). */
export interface ActionApi {
  getTitle(details: { tabId: number }): Promise<string>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setIcon(details: { tabId: number; path: Record<number, string> }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  /** Chrome 110+, Firefox 63+. */
  setBadgeTextColor?(details: { color: string }): Promise<void>;
}

export class Toolbar {
  /** Paints under way by tab: one tab's reports are painted in the order they came. */
  readonly #painting = new Map<number, Promise<void>>();

  constructor(private readonly action: ActionApi) {}

  /** The badge's colours for every tab: white on the icon's blue, whatever the browser would pick. */
  async paintDefaults(): Promise<void> {
    await Promise.all([
      this.action.setBadgeBackgroundColor({ color: BADGE_COLOUR }),
      this.action.setBadgeTextColor?.({ color: '#ffffff' }),
    ]);
  }

  paint(tabId: number, state: PageCount): Promise<void> {
    const before = this.#painting.get(tabId) ?? Promise.resolve();
    const run = before.catch(() => undefined).then(() => this.#paint(tabId, state));
    this.#painting.set(tabId, run);
    void run.catch(() => undefined).finally(() => this.#painting.get(tabId) === run && this.#painting.delete(tabId));
    return run;
  }

  async #paint(tabId: number, state: PageCount): Promise<void> {
    const { action } = this;
    const title = toolbarTitle(state);
    const shown = await action.getTitle({ tabId });
    if (shown === title) return; // the badge and icon went with it
    const off = t('toolbarOff');
    const iconChanges = state.active ? shown === off : shown !== off;
    await Promise.all([
      action.setBadgeText({ tabId, text: badgeText(state) }),
      iconChanges ? action.setIcon({ tabId, path: state.active ? ON : OFF }) : undefined,
    ]);
    // Last: the title says what the tab shows, so it changes only once the rest has.
    await action.setTitle({ tabId, title });
  }
}

let shared: Toolbar | null = null;

function toolbar(): Toolbar {
  shared ??= new Toolbar(browser.action as unknown as ActionApi);
  return shared;
}

export function paintToolbar(tabId: number, state: PageCount): Promise<void> {
  return toolbar().paint(tabId, state);
}

export function paintToolbarDefaults(): Promise<void> {
  return toolbar().paintDefaults();
}
