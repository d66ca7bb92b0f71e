/**
 * Reading command-line input safely: UTF-8 only (binary data is an error, not mojibake), split
 * into lines on the raw bytes so one bad line does not spoil the others.
 */
import { readFileSync } from 'node:fs';

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 decoding; NUL bytes count as binary too. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, error: 'binary data (NUL byte), not UTF-8 text' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, error: 'binary data (invalid UTF-8), not text' };
  }
}

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; error: string };

export function readInputFile(path: string): FileRead {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { ok: false, error: `cannot read: ${reason}` };
  }
}

/** The lines of a byte buffer (LF or CRLF), each still as bytes, numbered from 1. */
export function* byteLines(bytes: Uint8Array): Generator<{ line: number; bytes: Uint8Array }> {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
    if (!(end === bytes.length && start === end)) yield { line, bytes: bytes.subarray(start, stop) };
    start = end + 1;
    line++;
  }
}
