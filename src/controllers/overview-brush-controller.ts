import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {brushX, type BrushBehavior, type D3BrushEvent} from 'd3-brush';
import {select} from 'd3-selection';

/** What the overview brush needs from its host. */
export interface OverviewBrushConfig {
  /** The `<g>` the brush lives in (the overview strip redraws it when the chart comes back from the list). */
  group(): SVGGElement | null;
  /** The strip's drawable span [left, right] in px, and its height. */
  extent(): {left: number; right: number; height: number} | undefined;
  /** The reader moved the brush's window to [x0, x1] (px of the strip): show that span in the chart. */
  show(x0: number, x1: number): void;
  /** The reader cleared the window (a click outside it): it goes back to what the chart shows. */
  cleared(): void;
}

/**
 * The overview strip's window: a d3 brush that shows what the main chart shows (`follow`) and moves
 * the chart when the reader drags it. Its own moves never echo back as reader moves, and a window is
 * never negative, whatever span it is asked to show (one from before a resize included).
 */
export class OverviewBrushController implements ReactiveController {
  private brush?: BrushBehavior<unknown>;
  private attachedTo?: SVGGElement;
  private attachedExtent = '';
  /** The window last shown, and in which group: a second call for the same frame moves nothing. */
  private shown = '';
  private shownIn?: SVGGElement;
  /** True while the brush moves by our own hand (its events are not the reader's). */
  private moving = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly config: OverviewBrushConfig,
  ) {
    host.addController(this);
  }

  /** Whether the chart is moving because the reader drags the brush (the chart need not move the brush back). */
  get driving(): boolean {
    return this.moving;
  }

  hostDisconnected(): void {
    // back in a page (or another window), the window is drawn again whatever it showed before
    this.shown = '';
  }

  /** Attaches the brush to the group drawn now (again when it or the extent changed), then shows [x0, x1]. */
  attach(x0: number, x1: number): void {
    const group = this.config.group();
    const extent = this.config.extent();
    if (!group || !extent) return;
    const key = `${extent.left},${extent.right},${extent.height}`;
    if (!this.brush || this.attachedTo !== group || this.attachedExtent !== key) {
      this.brush = brushX<unknown>()
        .extent([
          [extent.left, 0],
          [extent.right, extent.height],
        ])
        .on('brush end', (event: D3BrushEvent<unknown>) => {
          if (!event.sourceEvent || this.moving) return;
          // the reader moved or cleared the brush: what it shows is no longer what follow last set
          this.shown = '';
          const selection = event.selection as [number, number] | null;
          if (!selection) {
            this.config.cleared();
            return;
          }
          this.moving = true;
          try {
            this.config.show(selection[0], selection[1]);
          } finally {
            this.moving = false;
          }
        });
      select(group).call(this.brush);
      this.shown = '';
      this.attachedTo = group;
      this.attachedExtent = key;
    }
    this.follow(x0, x1);
  }

  /** Moves the window to [x0, x1] (px of the strip), clamped to the strip and never negative. */
  follow(x0: number, x1: number): void {
    const group = this.config.group();
    const extent = this.config.extent();
    // the overview is re-created when the chart comes back from the list view: wait for attach
    if (!group || !this.brush || !extent || group !== this.attachedTo) return;
    const left = Math.min(extent.right, Math.max(extent.left, x0));
    const right = Math.max(left, Math.min(extent.right, x1));
    const key = `${left},${right}`;
    if (key === this.shown && group === this.shownIn) return;
    this.shown = key;
    this.shownIn = group;
    this.moving = true;
    try {
      this.brush.move(select(group), [left, right]);
    } finally {
      this.moving = false;
    }
  }
}
