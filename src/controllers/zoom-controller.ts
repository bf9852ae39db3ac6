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
 * The zoom transform as state, driven by d3-zoom (wheel, drag, pinch, double-click) and by methods for
 * buttons and keys. Renders nothing: the host draws with `transform.rescaleX(base)`.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  /** True from the start of a wheel, drag or pinch gesture until d3-zoom ends it. */
  gesture = false;
  private behavior?: ZoomBehavior<SVGSVGElement, unknown>;
  private target?: SVGSVGElement;
  private viewport?: ZoomViewport;

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
    if (this.target) select(this.target).on('.zoom', null);
    this.target = undefined;
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
        .on('start', () => {
          this.gesture = true;
        })
        .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
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
  zoomBy(factor: number, x?: number): void {
    if (!this.behavior || !this.target || !this.viewport) return;
    const centre = x ?? (this.viewport.plot[0] + this.viewport.plot[1]) / 2;
    this.behavior.scaleBy(select(this.target), factor, [centre, 0]);
  }

  /** Pans the view by dx px (positive moves the content right: earlier dates come into view). */
  panBy(dx: number): void {
    if (!this.behavior || !this.target) return;
    this.behavior.translateBy(select(this.target), dx / this.transform.k, 0);
  }

  /** Shows base-scale px [x0, x1] across the plot. */
  showBase(x0: number, x1: number): void {
    if (!this.behavior || !this.target || !this.viewport) return;
    this.behavior.transform(select(this.target), transformShowing(x0, x1, this.viewport));
  }

  /**
   * Sets the view without an event (a first view, chosen before the chart is drawn): nothing moved
   * for a reader, so no zoom callback and no update is scheduled.
   */
  setTransform(transform: ZoomTransform): void {
    this.transform = transform;
    if (this.target) (this.target as SVGSVGElement & {__zoom?: ZoomTransform}).__zoom = transform;
  }

  fit(): void {
    if (!this.behavior || !this.target) return;
    this.behavior.transform(select(this.target), zoomIdentity);
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

function pointerX(event: MouseEvent, svg: SVGSVGElement): [number, number] {
  const box = svg.getBoundingClientRect();
  return [event.clientX - box.left, event.clientY - box.top];
}
