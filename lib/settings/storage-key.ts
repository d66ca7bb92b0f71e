/**
 * Where the settings live: the WXT storage item's key and schema version. Apart from `store.ts`
 * (which needs the extension's storage API) so that the development driver writes the same item.
 */
export const SETTINGS_ITEM_KEY = 'local:settings';
export const SETTINGS_VERSION = 1;

/** The key in `storage.local` itself (the item key without its area). */
export const SETTINGS_AREA_KEY = 'settings';

/** WXT keeps an item's metadata, its schema version among it, under the key plus `$`. */
export const SETTINGS_META_KEY = `${SETTINGS_AREA_KEY}$`;
