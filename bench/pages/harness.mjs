// The in-page half of the benchmark (bench/run.mjs drives it through playwright). Each page gives an
// adapter for its library; install() exposes the same `window.bench` API on all three pages:
//
//   prepare(n, seed)  generate the synthetic feed in the page and convert it for the library (untimed)
//   firstRender()     mount a container, start the library (timed from the call), wait for its marks and
//                     the first frame painted after them; the page's long tasks (a longtask observer)
//                     from the call until a second after that frame: the longest and how many (≥ 50 ms)
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
//   driven(kind, o)   the page drives the view itself (issue 16): one call of the library's own API
//                     (adapter.setView) per animation frame, each timed from the call to the frame painted
//                     after it; kind 'sweep' (zoom in and out while the centre crosses the span) or
//                     'scrollytelling' (flights between periods, a pause on each)
//
// "Painted" is approximated the way the issue asks: a requestAnimationFrame callback queued after the
// work, then a setTimeout(0) from it; the timer runs once that frame's style, layout and paint are done.
import {generateFeed, RANGE_END, RANGE_START} from '../generate.mjs';

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

/** The focused element, inside open shadow roots. */
function deepActiveElement() {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element === document.body ? null : element;
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

/**
 * The page's long tasks (the Long Tasks API reports every task of 50 ms or more) from now until the
 * returned function is called: their count, the longest (0 when none), their total, and each one's start
 * (ms from `origin`) and duration.
 */
function watchLongTasks() {
  const tasks = [];
  const {PerformanceObserver} = window;
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return () => null;
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({type: 'longtask'});
  return (origin) => {
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    const durations = tasks.map((task) => task.duration);
    return {
      count: tasks.length,
      longestMs: durations.length ? Math.max(...durations) : 0,
      totalMs: durations.reduce((sum, ms) => sum + ms, 0),
      tasks: tasks.map((task) => [Math.round(task.startTime - origin), Math.round(task.duration)]),
    };
  };
}

function makeStage() {
  const stage = document.createElement('div');
  stage.className = 'stage';
  stage.style.cssText = `width:${STAGE_WIDTH}px;height:${STAGE_HEIGHT}px;overflow:hidden;position:relative;`;
  document.body.append(stage);
  return stage;
}

// ---- the page drives the view (issue 16) -------------------------------------------------------------

const SPAN = RANGE_END - RANGE_START;

/**
 * The page-driven sweep: `steps` windows whose centre crosses the whole span while the width zooms in
 * and out twice, from 31 % of the span down to 1 % and back (about ×1.25 per step at its fastest, a
 * wheel step's factor). A window is kept inside the span, so no library is asked for what it clamps.
 */
export function sweepWindows(steps) {
  return Array.from({length: steps}, (_, i) => {
    const t = steps > 1 ? i / (steps - 1) : 0;
    const width = SPAN * (0.01 + (0.3 * (1 + Math.cos(4 * Math.PI * t))) / 2);
    const centre = Math.min(Math.max(RANGE_START + SPAN * t, RANGE_START + width / 2), RANGE_END - width / 2);
    return [centre - width / 2, centre + width / 2];
  });
}

/** The periods an article's paragraphs are about: [centre, width] as fractions of the span, in reading order. */
export const SCROLLYTELLING_PERIODS = [
  [0.08, 0.03],
  [0.27, 0.06],
  [0.48, 0.02],
  [0.69, 0.05],
  [0.9, 0.03],
];

const easeInOutCubic = (u) => (u < 0.5 ? 4 * u ** 3 : 1 - (-2 * u + 2) ** 3 / 2);

/**
 * One flight of `frames` windows from one window to another, as a scrollytelling page animates it: eased
 * in and out, the centre moving with the easing and the width interpolated linearly in its logarithm (so
 * that each frame zooms by the same factor). The last window is the destination.
 */
export function flightWindows([fromStart, fromEnd], [toStart, toEnd], frames) {
  const [c0, c1] = [(fromStart + fromEnd) / 2, (toStart + toEnd) / 2];
  const [w0, w1] = [fromEnd - fromStart, toEnd - toStart];
  return Array.from({length: frames}, (_, i) => {
    const e = easeInOutCubic((i + 1) / frames);
    const width = w0 * (w1 / w0) ** e;
    const centre = c0 + (c1 - c0) * e;
    return [centre - width / 2, centre + width / 2];
  });
}

const periodWindow = ([centre, width]) => [
  RANGE_START + SPAN * (centre - width / 2),
  RANGE_START + SPAN * (centre + width / 2),
];

/**
 * Animation frames longer than 50 ms while a sequence runs (Long Animation Frames API), with the scripts
 * that took most of them: where a slow step's time went, and the work done once the calls stop.
 */
function watchLongFrames(origin) {
  const frames = [];
  const {PerformanceObserver} = window;
  if (!PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) return () => null;
  const record = (entries) => {
    for (const entry of entries)
      frames.push({
        at: entry.startTime - origin,
        ms: entry.duration,
        blockingMs: entry.blockingDuration,
        renderMs: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
        scripts: [...entry.scripts]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((script) => ({
            ms: script.duration,
            invoker: script.invoker,
            function: script.sourceFunctionName,
            source: script.sourceURL.split('/').pop(),
          })),
      });
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({type: 'long-animation-frame'});
  return () => {
    record(observer.takeRecords());
    observer.disconnect();
    return frames;
  };
}

/**
 * Calls setView once per animation frame with each window in turn, as a page's requestAnimationFrame loop
 * does. A step is timed from the call to the frame painted after it: a setTimeout(0) queued in the frame's
 * callback runs once the frame's style, layout and paint are done (the harness's afterPaint convention, from
 * inside the frame). The callback asks for the next frame before it calls, so that a library that redraws
 * in a frame callback of its own (vis-timeline throttles its redraws that way) draws in the frame of the call
 * and is timed with it. When a slow frame's timer has not run before the next frame starts, the step ends
 * at that start. Stops starting steps after `deadline` (performance.now() ms).
 */
function driveFrames(windows, setView, readView, deadline) {
  return new Promise((resolve) => {
    const steps = [];
    let next = 0;
    let open = null; // the step whose frame has not been seen painted yet
    const close = (how) => {
      if (!open) return;
      const step = open;
      open = null;
      const end = performance.now();
      const view = readView();
      const [start, stop] = step.asked;
      const off = view ? Math.max(Math.abs(view[0] - start), Math.abs(view[1] - stop)) / (stop - start) : null;
      steps.push({
        ms: end - step.t0,
        callMs: step.callMs,
        // from the frame's start (its rAF timestamp): includes callbacks that ran before the call
        frameMs: end - step.frameStart,
        endedBy: how,
        // how far the view drawn is from the window asked for, as a fraction of its width
        off,
        // both windows when they differ, to see what the library did instead
        ...(off > 0.01 ? {asked: step.asked, view} : {}),
        error: step.error,
      });
    };
    const frame = (frameStart) => {
      close('next-frame');
      if (next >= windows.length || performance.now() > deadline) {
        resolve({steps, partial: next < windows.length});
        return;
      }
      const asked = windows[next++];
      requestAnimationFrame(frame);
      const step = {asked, frameStart, t0: performance.now(), callMs: 0, error: null};
      try {
        setView(asked[0], asked[1]);
      } catch (error) {
        step.error = String(error?.message ?? error);
      }
      step.callMs = performance.now() - step.t0;
      open = step;
      setTimeout(() => {
        if (open === step) close('timer');
      }, 0);
    };
    requestAnimationFrame(frame);
  });
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
 *   setView(handle, start, end)    optional (charts): shows [start, end] (UTC ms) through the library's own
 *                                  programmatic API, as a page that drives the view would
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
    const takeLongTasks = watchLongTasks();
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
    // issue 16: no task of the page over 50 ms while a feed loads, until a second after its first drawing
    await sleep(1000);
    const longTasks = takeLongTasks(t0);
    return {stage, handle, ms: t1 - t0, readyMs: tReady - t0, doubleRafMs: t2 - t0, ready, longTasks};
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
        longTasks: result.longTasks,
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
    /**
     * The page drives the view: `kind` 'sweep' (`steps` windows, one per frame) or 'scrollytelling' (from the
     * whole span, a flight of `frames` windows to each period in turn, resting `dwellMs` on each, longer than
     * a reader's scroll takes and than frise's gap between the calls of one driven gesture). Waits `settleMs`
     * after the last call (the work a library does once the calls stop is watched, not timed). No new step
     * starts after `budgetMs`.
     */
    async driven(kind, {steps = 60, frames = 30, dwellMs = 400, settleMs = 200, budgetMs = Infinity} = {}) {
      const handle = current.handle;
      const setView = (start, end) => adapter.setView(handle, start, end);
      const readView = () => {
        const view = adapter.view?.(handle);
        return view ? [Number(view[0]), Number(view[1])] : null;
      };
      // nothing focused: a mark the wheel and drag steps left focused would be brought back into view
      // when a redraw gives it the focus again, against the page's call
      deepActiveElement()?.blur();
      await afterPaint();
      const origin = performance.now();
      const deadline = origin + budgetMs;
      const takeLongFrames = watchLongFrames(origin);
      const all = [];
      let partial = false;
      if (kind === 'sweep') {
        const run = await driveFrames(sweepWindows(steps), setView, readView, deadline);
        all.push(...run.steps);
        partial = run.partial;
      } else if (kind === 'scrollytelling') {
        // the article opens on the whole feed (untimed), then each paragraph flies to its period
        let from = [RANGE_START, RANGE_END];
        setView(from[0], from[1]);
        await sleep(dwellMs);
        await afterPaint();
        for (const [flight, period] of SCROLLYTELLING_PERIODS.entries()) {
          const to = periodWindow(period);
          const run = await driveFrames(flightWindows(from, to, frames), setView, readView, deadline);
          all.push(...run.steps.map((step, frame) => ({...step, flight, frame})));
          from = to;
          if (run.partial) {
            partial = true;
            break;
          }
          await sleep(dwellMs);
          await afterPaint();
        }
      } else throw new Error(`unknown driven sequence ${kind} (sweep, scrollytelling)`);
      await sleep(settleMs);
      await afterPaint();
      return {steps: all, partial, longFrames: takeLongFrames(), seconds: (performance.now() - origin) / 1000};
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
