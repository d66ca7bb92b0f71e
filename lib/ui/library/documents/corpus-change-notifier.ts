/**
 * Tells the background that the library's documents changed, so it brings its search index up to
 * date while an import runs (a little at a time) rather than all at once at the first search
 * after it: at most once per `intervalMs`, the last change of a burst always told.
 */
import { sendToBackground } from '@/lib/messages/send';

export interface CorpusChangeNotifier {
  /** A change: told now, or at the end of the current interval. */
  changed(): void;
  /** The last change of a run (an import finished, a deletion): told now. */
  flush(): void;
}

export function corpusChangeNotifier(
  send: () => unknown = () => sendToBackground('corpusChanged', null),
  intervalMs = 1000,
  clock: () => number = () => performance.now(),
): CorpusChangeNotifier {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tell = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    last = clock();
    void send();
  };
  return {
    changed() {
      if (timer !== null) return;
      const wait = last + intervalMs - clock();
      if (wait <= 0) tell();
      else timer = setTimeout(tell, wait);
    },
    flush: tell,
  };
}
