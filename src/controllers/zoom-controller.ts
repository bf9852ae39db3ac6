import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {select} from 'd3-selection';
import {zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform} from 'd3-zoom';

export interface ZoomViewport {
  width: number;
  height: number;
  /** Left and right edge of the plot in px (the base scale's range). */
  plot: [number, number];
  /** Largest zoom factor allowed. */
  maxZoom: number;
}

/**
 * Calls that come closer together than this (ms) make one gesture, the frames of a slow page included: a
 * page that drives the view every frame (scrollytelling, a brush in another chart, a "play" button), held
 * keys, a dragged overview.
 */
export const DRIVEN_GESTURE_GAP = 250;
/** A driven gesture ends this long (ms) after its last call, as d3-zoom ends a wheel gesture. */
export const DRIVEN_GESTURE_END = 150;

/**
 * The zoom transform as state, driven by d3-zoom (wheel, drag, pinch, double-click) and by methods for
 * buttons, keys and the page. Renders nothing: the host draws with `transform.rescaleX(base)`.
 *
 * A method call applies its transform at once, as one complete gesture (the host settles on it: lays
 * out its zoom level, announces it). Calls that follow each other within DRIVEN_GESTURE_GAP ms make one
 * gesture instead, like a wheel's steps: the host keeps what it drew and moves it, and the gesture ends
 * DRIVEN_GESTURE_END ms after the last call. So a page that calls `zoomTo` every frame costs what a
 * wheel step costs, and the reader hears one announcement when it stops, not sixty a second.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  /** True from the start of a wheel, drag or pinch gesture until d3-zoom ends it (or a driven one ends). */
  gesture = false;
  /** While a method applies a transform: whether it continues a driven gesture. */
  private driving?: 'single' | 'continuing';
  private lastDriven = -Infinity;
  private drivenEnd?: ReturnType<typeof setTimeout>;
  private behavior?: ZoomBehavior<SVGSVGElement, unknown>;
  private target?: SVGSVGElement;
  private viewport?: ZoomViewport;
  /** A flight in progress (`animateBase`): its next frame, and how to let its caller go. */
  private flight?: {frame: number; done: () => void};
  /** While a flight applies one of its frames. */
  private flying = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (transform: ZoomTransform, gestureEnded: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // moved in the page: it was detached on leaving, and the host's next update attaches it again
    if (this.viewport) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.land();
    if (this.target) select(this.target).on('.zoom', null);
    this.target = undefined;
    clearTimeout(this.drivenEnd);
    this.drivenEnd = undefined;
    this.gesture = false;
  }

  /** Binds d3-zoom to the chart and (re)sets its limits; keeps the current view where it can. */
  attach(svg: SVGSVGElement, viewport: ZoomViewport): void {
    const was = this.viewport;
    const same =
      this.target === svg &&
      was !== undefined &&
      was.width === viewport.width &&
      was.height === viewport.height &&
      was.plot[0] === viewport.plot[0] &&
      was.plot[1] === viewport.plot[1] &&
      was.maxZoom === viewport.maxZoom;
    if (same) return;
    this.viewport = viewport;
    if (!this.behavior) {
      this.behavior = zoom<SVGSVGElement, unknown>()
        // the keyboard, not ctrl+wheel, is the browser's page zoom here; keep d3's default otherwise
        .filter(
          (event: Event) => (event.type === 'wheel' || !(event as MouseEvent).ctrlKey) && !(event as MouseEvent).button,
        )
        .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
          this.transform = event.transform;
          this.onChange(event.transform, false);
          this.host.requestUpdate();
        })
        .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
          // the reader's own wheel, drag or pinch takes over from a flight
          if (event.sourceEvent) this.land();
          this.gesture = true;
        })
        .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
          if (this.driving === 'continuing') {
            // a driven gesture goes on: it ends after its last call
            clearTimeout(this.drivenEnd);
            this.drivenEnd = setTimeout(() => this.endDriven(), DRIVEN_GESTURE_END);
            return;
          }
          clearTimeout(this.drivenEnd);
          this.drivenEnd = undefined;
          this.gesture = false;
          this.onChange(event.transform, true);
          this.host.requestUpdate();
        });
    }
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [viewport.width, viewport.height],
    ];
    this.behavior
      .extent(extent)
      .translateExtent(extent)
      .scaleExtent([1, Math.max(1, viewport.maxZoom)]);
    if (this.target !== svg) {
      if (this.target) select(this.target).on('.zoom', null);
      this.target = svg;
      select(svg).call(this.behavior).on('dblclick.zoom', null);
      // double-click zooms in around the pointer; shift+double-click zooms out
      select(svg).on('dblclick.frise', (event: MouseEvent) => {
        const [x] = pointerX(event, svg);
        this.zoomBy(event.shiftKey ? 0.5 : 2, x);
      });
      (svg as SVGSVGElement & {__zoom?: ZoomTransform}).__zoom = this.transform;
    }
    // new limits constrain the current view. d3's zoom.transform() applies a transform as given and
    // fires zoom events, which call back into the host: only re-apply a view the limits change, so the
    // host's updated() (which attaches) schedules no further update when nothing moved.
    const [minK, maxK] = this.behavior.scaleExtent();
    const t = this.transform;
    const scaled = zoomIdentity.translate(t.x, t.y).scale(Math.min(maxK, Math.max(minK, t.k)));
    const constrained = this.behavior.constrain()(scaled, extent, extent);
    if (constrained.k !== t.k || constrained.x !== t.x || constrained.y !== t.y)
      this.behavior.transform(select(svg), constrained);
  }

  /** Zooms by a factor around x (default: the plot's centre). */
  zoomBy(factor: number, x?: number, alone = false): void {
    const behavior = this.behavior;
    const target = this.target;
    if (!behavior || !target || !this.viewport) return;
    const centre = x ?? (this.viewport.plot[0] + this.viewport.plot[1]) / 2;
    this.drive(() => behavior.scaleBy(select(target), factor, [centre, 0]), alone);
  }

  /** Pans the view by dx px (positive moves the content right: earlier dates come into view). */
  panBy(dx: number, alone = false): void {
    const behavior = this.behavior;
    const target = this.target;
    if (!behavior || !target) return;
    this.drive(() => behavior.translateBy(select(target), dx / this.transform.k, 0), alone);
  }

  /** Shows base-scale px [x0, x1] across the plot. */
  showBase(x0: number, x1: number, alone = false): void {
    const behavior = this.behavior;
    const target = this.target;
    const viewport = this.viewport;
    if (!behavior || !target || !viewport) return;
    this.drive(() => behavior.transform(select(target), transformShowing(x0, x1, viewport)), alone);
  }

  /**
   * Flies to base-scale px [x0, x1] over `duration` ms, one frame at a time (the centre eased, the width
   * eased on a log scale, so a deep zoom takes as long as a shallow one), as one gesture: the host moves
   * what it drew and settles once, on arrival. Resolves on arrival, or when something else moves the
   * view (a call, the reader's gesture: the flight stops where it is). Jumps when the reader asks for
   * reduced motion, or with no duration.
   */
  animateBase(x0: number, x1: number, duration: number): Promise<void> {
    this.land();
    const viewport = this.viewport;
    if (!viewport || !this.behavior || !this.target) return Promise.resolve();
    if (!(duration > 0) || prefersReducedMotion()) {
      this.showBase(x0, x1);
      return Promise.resolve();
    }
    const [left, right] = viewport.plot;
    const shown = (t: ZoomTransform) => [(left - t.x) / t.k, (right - t.x) / t.k] as const;
    const [a0, a1] = shown(this.transform);
    const [b0, b1] = shown(transformShowing(x0, x1, viewport));
    const [fromCentre, toCentre] = [(a0 + a1) / 2, (b0 + b1) / 2];
    const [fromWidth, toWidth] = [a1 - a0, b1 - b0];
    return new Promise<void>((resolve) => {
      const started = performance.now();
      const step = (now: number) => {
        const progress = Math.min(1, Math.max(0, (now - started) / duration));
        const eased = progress < 0.5 ? 4 * progress ** 3 : 1 - (-2 * progress + 2) ** 3 / 2;
        const width = fromWidth * (toWidth / fromWidth) ** eased;
        const centre = fromCentre + (toCentre - fromCentre) * eased;
        this.flying = true;
        try {
          if (progress < 1) this.showBase(centre - width / 2, centre + width / 2);
          else this.showBase(x0, x1);
        } finally {
          this.flying = false;
        }
        if (progress < 1 && this.flight) {
          this.flight.frame = requestAnimationFrame(step);
          return;
        }
        // arrived: the gesture ends now rather than a gap later
        this.flight = undefined;
        clearTimeout(this.drivenEnd);
        this.endDriven();
        resolve();
      };
      this.flight = {frame: requestAnimationFrame(step), done: resolve};
    });
  }

  /** Stops a flight in progress where it is (its promise resolves). */
  private land(): void {
    const flight = this.flight;
    if (!flight) return;
    this.flight = undefined;
    cancelAnimationFrame(flight.frame);
    flight.done();
  }

  /**
   * Applies a transform for a method: one gesture alone, or a step of a driven one (see the class). A move
   * made `alone` always settles at once (the keyboard's: the focus needs the marks of the exact layout).
   */
  private drive(apply: () => void, alone = false): void {
    // a call from elsewhere stops a flight; a flight's own frames are one gesture from the first
    if (!this.flying) this.land();
    const now = performance.now();
    const continuing =
      this.flying || (!alone && (now - this.lastDriven < DRIVEN_GESTURE_GAP || this.drivenEnd !== undefined));
    this.lastDriven = alone ? -Infinity : now;
    this.driving = continuing ? 'continuing' : 'single';
    try {
      apply();
    } finally {
      this.driving = undefined;
    }
  }

  private endDriven(): void {
    this.drivenEnd = undefined;
    if (!this.gesture) return;
    this.gesture = false;
    this.onChange(this.transform, true);
    this.host.requestUpdate();
  }

  /**
   * Sets the view without an event (a first view, chosen before the chart is drawn): nothing moved
   * for a reader, so no zoom callback and no update is scheduled.
   */
  setTransform(transform: ZoomTransform): void {
    this.transform = transform;
    if (this.target) (this.target as SVGSVGElement & {__zoom?: ZoomTransform}).__zoom = transform;
  }

  fit(alone = false): void {
    const behavior = this.behavior;
    const target = this.target;
    if (!behavior || !target) return;
    this.drive(() => behavior.transform(select(target), zoomIdentity), alone);
  }
}

/**
 * The transform that shows base-scale px [x0, x1] across the plot, within the zoom limits and without
 * leaving the content (d3-zoom's default constraint for an extent equal to the viewport).
 */
export function transformShowing(x0: number, x1: number, viewport: ZoomViewport): ZoomTransform {
  const [left, right] = viewport.plot;
  const k = Math.min(Math.max(1, (right - left) / Math.max(1e-9, x1 - x0)), Math.max(1, viewport.maxZoom));
  const centre = (x0 + x1) / 2;
  const tx = Math.min(0, Math.max(viewport.width - k * viewport.width, (left + right) / 2 - k * centre));
  return zoomIdentity.translate(tx, 0).scale(k);
}

/** Whether the reader asked for reduced motion (false where there is no window, as on a server). */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function pointerX(event: MouseEvent, svg: SVGSVGElement): [number, number] {
  const box = svg.getBoundingClientRect();
  return [event.clientX - box.left, event.clientY - box.top];
}
