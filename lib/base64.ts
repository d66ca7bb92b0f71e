/**
 * Typed arrays as base64 over their bytes, for data that travels through extension storage
 * (Chrome keeps values as UTF-8 JSON, where raw UTF-16 strings with lone surrogates would not
 * survive). Decoding uses the browser's native `Uint8Array.fromBase64` where it exists: pages
 * decode these arrays on every load.
 */

export function toBase64(array: Uint8Array | Uint16Array | Uint32Array | Int32Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
}

const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64?.bind(Uint8Array);

/** The decoded bytes, starting at an offset that is a multiple of `width` (copied if need be). */
function alignedBytes(text: string, width: number): Uint8Array {
  let bytes: Uint8Array;
  if (nativeFromBase64) bytes = nativeFromBase64(text);
  else {
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  if (bytes.length % width !== 0) throw new Error('truncated array');
  return bytes.byteOffset % width === 0 ? bytes : bytes.slice();
}

export function uint8FromBase64(text: string): Uint8Array {
  return alignedBytes(text, 1);
}

export function uint16FromBase64(text: string): Uint16Array {
  const bytes = alignedBytes(text, 2);
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
}

export function uint32FromBase64(text: string): Uint32Array {
  const bytes = alignedBytes(text, 4);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

export function int32FromBase64(text: string): Int32Array {
  const bytes = alignedBytes(text, 4);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}
