/**
 * What the Backup tab works on: this browser's corpus database (the library page is an extension
 * page, so it opens the database itself, like the background) and `browser.storage.local`.
 * Opened on first use; the background notices the changes through the corpus revision and
 * storage events.
 */
import { browser } from 'wxt/browser';
import type { KeyValueArea } from '@/lib/backup/scope';
import { openCorpusDb, type CorpusDb } from '@/lib/corpus/db/db';

export interface BackupProfile {
  db: CorpusDb;
  storage: KeyValueArea;
  /** The extension version, recorded in exported files. */
  version: string;
}

let profile: BackupProfile | null = null;

export function backupProfile(): BackupProfile {
  profile ??= {
    db: openCorpusDb(),
    storage: browser.storage.local as unknown as KeyValueArea,
    version: browser.runtime.getManifest().version,
  };
  return profile;
}
