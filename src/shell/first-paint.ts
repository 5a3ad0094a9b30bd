/**
 * Runs `then` in a task of its own once the page has painted for the first time, or at once
 * (in the next task) if it already has. The browser's paint record says so directly; a frame
 * callback only says a frame is due, and headless browsers may hold that back for a second.
 */
export function afterFirstPaint(then: () => void, win: Window & typeof globalThis = window): void {
  const run = () => win.setTimeout(then);
  if (!win.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    win.requestAnimationFrame(run);
    return;
  }
  const observer = new win.PerformanceObserver((entries) => {
    if (entries.getEntries().length === 0) return;
    observer.disconnect();
    run();
  });
  observer.observe({ type: 'paint', buffered: true });
}
