/**
 * Entity names for extension pages that need nothing else of the catalogue (the popup): read
 * from extension storage, where the background keeps them with the compiled matcher, or asked of
 * the background. Importing the catalogue for them would make the popup load and evaluate the
 * whole catalogue before it can show anything.
 */
import { browser } from 'wxt/browser';
import { nameLookup, type NameOf } from '@/lib/entities/names';
import { ENTITY_NAMES_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { EntityId } from '@/lib/entities/types';
import { sendToBackground } from '@/lib/messages/send';

export type { NameOf };

const isNames = (value: unknown): value is Record<EntityId, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');

export async function loadEntityNames(): Promise<NameOf> {
  const stored: unknown = (await browser.storage.local.get(ENTITY_NAMES_STORAGE_KEY))[ENTITY_NAMES_STORAGE_KEY];
  let names = isNames(stored) ? stored : null;
  if (!names) {
    const reply = await sendToBackground('entityNames', null);
    names = reply.ok ? reply.value : {};
  }
  return nameLookup(names);
}
