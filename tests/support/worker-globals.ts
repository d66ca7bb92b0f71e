/**
 * dexie-export-import is written for pages and workers: it reads `self` when it loads and uses
 * FileReader to read Blobs. Node has `globalThis` and `Blob.arrayBuffer()`; this gives the library
 * what it needs in Node tests (import it before the library). Browsers have both natively.
 */
(globalThis as { self?: unknown }).self ??= globalThis;

class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}
(globalThis as { FileReader?: unknown }).FileReader ??= NodeFileReader;
