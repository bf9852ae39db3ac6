// Computations made in steps: a generator that pauses (yields) after each EVENTS_PER_STEP events it
// reads, so that a host can spread a large feed's first drawing over several tasks of the page's thread
// (none much longer than a frame), and that runs to its end at once with `finish`. Pure: no DOM.

/** Events read between two pauses (about 10 ms of work when the code runs for the first time). */
export const EVENTS_PER_STEP = 20_000;

/** Runs a computation made in steps to its end, at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
