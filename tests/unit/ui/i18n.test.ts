/** Meta-test: the English catalogue holds exactly the strings the code uses, each well formed. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../../lib/public/_locales/en/messages.json';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const code = [...sources('lib'), ...sources('entrypoints'), 'wxt.config.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');
const catalogue = messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('_locales/en/messages.json', () => {
  it('has no string the code does not use', () => {
    // A plural message is used through its base: tPlural('cardFound', n) reads cardFound_<category>.
    const used = (key: string) =>
      code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`) || code.includes(`tPlural('${key.replace(/_[a-z]+$/, '')}'`);
    const unused = Object.keys(catalogue).filter((key) => !used(key));
    expect(unused).toEqual([]);
  });

  it('declares every placeholder its messages use', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]?.toLowerCase());
      expect(used.filter((name) => !name || !entry.placeholders?.[name]), key).toEqual([]);
    }
  });
});
