import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Work worth doing ahead (layouts a reader will likely ask for next), run one step per idle period of the
 * page so that it never delays a frame or a reader's input. A new list replaces the steps not yet run;
 * leaving the page drops them; a step that throws is skipped.
 */
export class IdleWorkController implements ReactiveController {
  private steps: Array<() => void> = [];
  private pending?: number;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Replaces what is left to do with `steps`, run in order, one per idle period. */
  schedule(steps: Array<() => void>): void {
    this.steps = [...steps];
    this.request();
  }

  /** Steps not yet run. */
  get waiting(): number {
    return this.steps.length;
  }

  hostDisconnected(): void {
    this.steps = [];
    this.cancel();
  }

  private request(): void {
    if (this.pending !== undefined || this.steps.length === 0) return;
    // Safari has no requestIdleCallback: a timer well after the frame stands in for it
    this.pending =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => this.runOne(), {timeout: 2000})
        : (setTimeout(() => this.runOne(), 200) as unknown as number);
  }

  private cancel(): void {
    if (this.pending === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.pending);
    else clearTimeout(this.pending);
    this.pending = undefined;
  }

  private runOne(): void {
    this.pending = undefined;
    const step = this.steps.shift();
    try {
      step?.();
    } catch {
      // work done ahead is only a head start: when it fails, the same work is done again where it is
      // needed, and fails there in sight; here it must not reach the page as an uncaught error
    } finally {
      this.request();
    }
  }
}
