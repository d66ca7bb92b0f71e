/**
 * The toolbar button of each tab: the number of mentions on its page as the badge (nothing when
 * there are none), an accessible title that says the same in words, and the "off" icon where
 * Backstory is switched off for the site. Content scripts report; this only paints.
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

export async function paintToolbar(tabId: number, state: PageCount): Promise<void> {
  const { action } = browser;
  await Promise.all([
    action.setBadgeText({ tabId, text: badgeText(state) }),
    action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    // Chrome 110+, Firefox 63+: white on the blue whatever the browser would pick.
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    action.setTitle({ tabId, title: toolbarTitle(state) }),
    action.setIcon({ tabId, path: state.active ? ON : OFF }),
  ]);
}
