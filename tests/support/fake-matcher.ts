/**
 * A tiny literal matcher for tests of storage and loading, which must not depend on the real
 * matcher's coverage (the golden tests pin that). Case-sensitive, whole words only.
 */
import type { EntityId, Matcher, Mention } from '@/lib/entities/types';

export function literalMatcher(aliases: Record<string, EntityId>): Matcher {
  const names = Object.keys(aliases).sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    scan(text: string): Mention[] {
      return [...text.matchAll(pattern)].map((m) => ({
        entity: aliases[m[0]] ?? 'unknown',
        start: m.index,
        end: m.index + m[0].length,
        surface: m[0],
        tier: 'name',
      }));
    },
  };
}
