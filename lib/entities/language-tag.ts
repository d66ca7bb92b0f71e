/**
 * The primary language subtag of a language tag, lower-cased: 'kk' of 'kk-Cyrl-KZ' or 'KK_kz'.
 * A loop, not a split by an expression: the resolver asks it for readings of every candidate,
 * and each such split allocates an array (the first one in a page also a 4 KB cache of V8's).
 */
export function primarySubtag(lang: string): string {
  let end = 0;
  for (; end < lang.length; end++) {
    const unit = lang.charCodeAt(end);
    if (unit === 0x2d || unit === 0x5f) break; // '-' or '_'
  }
  return lang.slice(0, end).toLowerCase();
}
