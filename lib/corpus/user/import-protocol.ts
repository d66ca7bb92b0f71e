/**
 * Messages between the library page and its import Worker: one map per direction. The Worker
 * indexes and stores drafts in the background of the page's main thread; it reports progress
 * after each document and never throws at the page: a failure is a problem naming the file.
 */
import type { ImportDraft, ImportProblem } from '../import/draft';

export type ToImportWorker =
  | { type: 'start'; batch: string; drafts: ImportDraft[]; now: number }
  | { type: 'cancel' };

export interface ImportProgress {
  /** Documents handled so far (stored, duplicate or failed), of `total`. */
  done: number;
  total: number;
  stored: number;
  passages: number;
  duplicates: Array<{ file: string; title: string; by: 'text' | 'url' }>;
  problems: ImportProblem[];
  /** Milliseconds since the Worker started on the batch. */
  elapsed: number;
}

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'finished'; progress: ImportProgress; cancelled: boolean; notImported: string[] };
