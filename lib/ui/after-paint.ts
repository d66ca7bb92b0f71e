/**
 * Calls `callback` once the next frame has been painted: after the frame's rendering steps
 * (requestAnimationFrame) and the task that follows them. For timing what a user sees.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A `performance.mark(name)` once the next frame is painted, the first time only: how long the
 * popup took from opening to showing something (read by `npm run bench`; free otherwise).
 */
export function markPaintedOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  afterNextPaint(() => {
    if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  });
}
