import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Tracks the host's content-box width and asks the host to update when it changes. */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.round(entry.contentBoxSize[0]?.inlineSize ?? entry.contentRect.width);
      if (width === this.width) return;
      // update on the next frame: changing layout inside the observer's callback would trip its loop guard
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
    this.width = Math.round(this.host.getBoundingClientRect().width);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
