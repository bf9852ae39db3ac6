// The in-page half of the benchmark (bench/run.mjs drives it through playwright). Each page gives an
// adapter for its library; install() exposes the same `window.bench` API on all three pages:
//
//   prepare(n, seed)  generate the synthetic feed in the page and convert it for the library (untimed)
//   firstRender()     mount a container, start the library (timed from the call), wait for its marks and
//                     the first frame painted after them
//   snapshot()        JS heap after a forced GC, DOM element count (descending into open shadow roots)
//   target()          where the runner points the mouse: the centre of the plot, kept inside the stage
//   view()            the visible interval, to check that each step changed it
//   status()          what a mount in progress has drawn (asked when a first render runs out of time)
//   arm(type)         time the next input event of this type: from the event (capture phase, before the
//                     library's handlers) to the frame painted after the library's work
//   stepResult()      the armed step's time in ms (null when no input event came)
//   settle(ms)        let pending timers and frames run (e.g. d3-zoom's end-of-wheel timer)
//   unmount()         remove what firstRender() mounted
//   cycle()           one mount, render, unmount (for the heap growth over 20 cycles)
//   selections(n)     list views: selects n events on screen one after the other, timing each from setting
//                     `selected` to the end of the update it causes (script time, no paint)
//
// "Painted" is approximated the way the issue asks: a requestAnimationFrame callback queued after the
// work, then a setTimeout(0) from it; the timer runs once that frame's style, layout and paint are done.
import {generateFeed} from '../generate.mjs';

export const STAGE_WIDTH = 1200;
export const STAGE_HEIGHT = 700;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been rendered (rAF, then a task after it). */
export const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Elements in the document, including those inside open shadow roots (recursively). */
export function countElements(root = document) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

async function heapAfterGc() {
  if (typeof gc !== 'function') return null;
  // Full collections run as tasks of their own (execution: 'async'), with no script on the stack: a
  // collection started from script scans the native stack conservatively, and a stale pointer there
  // can keep an unmounted element alive for a while, which made the growth jump by a whole feed.
  for (let i = 0; i < 2; i++) {
    try {
      await gc({type: 'major', execution: 'async'});
    } catch {
      gc();
    }
    await sleep(0);
  }
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

function makeStage() {
  const stage = document.createElement('div');
  stage.className = 'stage';
  stage.style.cssText = `width:${STAGE_WIDTH}px;height:${STAGE_HEIGHT}px;overflow:hidden;position:relative;`;
  document.body.append(stage);
  return stage;
}

/**
 * adapter: {
 *   name,
 *   prepare(feed) -> data          convert the generated feed for the library (untimed)
 *   create(stage, data) -> handle  untimed set-up before the clock starts (e.g. append an empty element)
 *   start(handle, data)            the timed call: set the property, call the constructor, draw
 *   ready(handle) -> boolean       the marks exist in the DOM / on the canvas
 *   marks(handle) -> number        how many marks are drawn (for the report)
 *   target(handle) -> DOMRect      the plot area the mouse should be over
 *   view(handle) -> [start, end]   the visible interval (UTC ms or Dates), to check that the steps take effect
 *   settled(handle) -> Promise     optional: waits for work the library still does once ready (the list measuring its rows)
 *   selectable(handle) -> ids      optional (list views): the events on screen
 *   select(handle, id) -> Promise  optional (list views): selects an event, resolves when the update is complete
 *   unmount(handle)
 * }
 */
export function install(adapter) {
  let data = null;
  let current = null; // {stage, handle}
  let armed = null;
  let pending = null; // the handle being mounted, for status() (cleared once drawn: it must not keep it alive)

  async function mount() {
    const stage = makeStage();
    const handle = await adapter.create(stage, data);
    pending = handle;
    // let the element get its size (ResizeObserver) before the clock starts
    await nextFrame();
    await nextFrame();
    const t0 = performance.now();
    adapter.start(handle, data);
    const ready = await waitReady(handle);
    if (adapter.settled) await adapter.settled(handle);
    const tReady = performance.now();
    pending = null;
    await afterPaint();
    const t1 = performance.now();
    await nextFrame();
    const t2 = performance.now();
    return {stage, handle, ms: t1 - t0, readyMs: tReady - t0, doubleRafMs: t2 - t0, ready};
  }

  async function waitReady(handle) {
    // a library may draw in a microtask (Lit), in the call itself (vis-timeline, canvas) or a frame later
    await Promise.resolve();
    if (handle?.updateComplete) await handle.updateComplete;
    for (let frames = 0; !adapter.ready(handle); frames++) {
      if (frames > 36_000) return false; // ~10 min of frames: the runner's time limit ends it long before
      await nextFrame();
      if (handle?.updateComplete) await handle.updateComplete;
    }
    return true;
  }

  function unmountCurrent() {
    if (!current) return;
    adapter.unmount(current.handle);
    current.stage.remove();
    current = null;
  }

  window.bench = {
    library: adapter.name,
    userAgent: navigator.userAgent,
    async prepare(n, seed) {
      const t0 = performance.now();
      data = adapter.prepare(generateFeed(n, seed));
      return {generateMs: performance.now() - t0, heapWithData: await heapAfterGc()};
    },
    async firstRender() {
      unmountCurrent();
      const result = await mount();
      current = {stage: result.stage, handle: result.handle};
      return {
        ms: result.ms,
        readyMs: result.readyMs,
        doubleRafMs: result.doubleRafMs,
        ready: result.ready,
        marks: adapter.marks(result.handle),
      };
    },
    async snapshot() {
      await afterPaint();
      return {heap: await heapAfterGc(), domNodes: countElements(), marks: current ? adapter.marks(current.handle) : 0};
    },
    target() {
      const box = adapter.target(current.handle);
      const stage = current.stage.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, stage.left + 20), stage.right - 20);
      // the middle of the plot, but inside the stage: a tall chart is clipped at 700 px
      const y = Math.min(box.top + box.height / 2, Math.max(box.top + 10, stage.bottom - 80));
      return {x: Math.round(x), y: Math.round(y)};
    },
    arm(type) {
      let resolve;
      const promise = new Promise((r) => {
        resolve = r;
      });
      const listener = (event) => {
        window.removeEventListener(type, listener, true);
        const t0 = performance.now();
        requestAnimationFrame(() =>
          setTimeout(() => resolve({ms: performance.now() - t0, lag: t0 - event.timeStamp}), 0),
        );
      };
      window.addEventListener(type, listener, {capture: true, passive: true});
      armed = {
        promise,
        cancel: () => {
          window.removeEventListener(type, listener, true);
          resolve(null);
        },
      };
    },
    async stepResult(timeoutMs = 10_000) {
      if (!armed) return null;
      const {promise, cancel} = armed;
      armed = null;
      const timer = setTimeout(cancel, timeoutMs);
      const result = await promise;
      clearTimeout(timer);
      return result;
    },
    /** What a mount in progress has drawn so far: tells a slow library from a ready condition never met. */
    status() {
      const handle = current?.handle ?? pending;
      return handle ? {ready: adapter.ready(handle), marks: adapter.marks(handle), domNodes: countElements()} : null;
    },
    /** The visible interval [start, end] in UTC ms, to check that the input steps really zoom and pan. */
    view() {
      const view = current && adapter.view ? adapter.view(current.handle) : null;
      return view ? [Number(view[0]), Number(view[1])] : null;
    },
    async settle(ms = 0) {
      if (ms) await sleep(ms);
      await afterPaint();
    },
    unmount() {
      unmountCurrent();
    },
    async heap() {
      await afterPaint();
      return heapAfterGc();
    },
    async selections(n) {
      const ids = adapter.selectable(current.handle);
      const times = [];
      for (let i = 0; i < n && ids.length > 1; i++) {
        await afterPaint();
        const t0 = performance.now();
        await adapter.select(current.handle, ids[(i + 1) % ids.length]);
        times.push(performance.now() - t0);
      }
      return times;
    },
    async cycle() {
      const result = await mount();
      adapter.unmount(result.handle);
      result.stage.remove();
      await afterPaint();
      return {ms: result.ms, ready: result.ready};
    },
  };
  document.documentElement.dataset.benchReady = adapter.name;
}
