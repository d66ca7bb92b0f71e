/**
 * The page's own matcher in a script of its own (page-matcher.js: the unpacker and the matcher,
 * lib/entities/unpack.ts), which the background injects into a frame's content-script world
 * (`loadPageMatcher`: scripting.executeScript, nothing web-accessible) only when the page must
 * match text itself (lib/page/matcher-loader.ts): a page whose text the background matches never
 * parses it. The script leaves its unpacker here, on the content script's own global (the
 * isolated world, Firefox's sandbox): pages cannot see it.
 */
import type { UnpackedMatcher } from '@/lib/entities/unpack';
import type { Result } from '@/lib/messages/protocol';

/** The packed matcher (or its JSON text) unpacked; null when it is missing, damaged or another build's. */
export type Unpack = (value: unknown) => UnpackedMatcher | null;

const MATCHER = Symbol.for('backstory.page-stage.matcher');

interface MatcherGlobal {
  [MATCHER]?: Unpack;
}

export function leaveUnpacker(unpack: Unpack, global: object = globalThis): void {
  (global as MatcherGlobal)[MATCHER] = unpack;
}

export function findUnpacker(global: object = globalThis): Unpack | undefined {
  return (global as MatcherGlobal)[MATCHER];
}

/** The unpacker in this world, injected first (`inject`) when it is not here yet; rejects with why it is not. */
export async function injectedUnpacker(inject: () => Promise<Result<null>>, global: object = globalThis): Promise<Unpack> {
  const here = findUnpacker(global);
  if (here) return here;
  const reply = await inject();
  const unpack = findUnpacker(global);
  if (unpack) return unpack;
  throw new Error(reply.ok ? 'the page matcher did not start' : `the page matcher could not be loaded: ${reply.error}`);
}
