import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * A drawing made in parts, one task each: the host draws with `left` parts still to come (what it leaves
 * out while some are), and after each drawing calls `next()`, which asks for the next one in a task of
 * its own. A page then meets no task much longer than a frame's work at a time. `pending` is the next
 * part's promise, for the host's `updateComplete` to wait on.
 */
export class DrawingStagesController implements ReactiveController {
  /** Parts still to draw after the drawing in progress. */
  left = 0;
  /** The next part, until it is asked for. */
  pending?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A new drawing, in `parts` parts after the first. */
  begin(parts: number): void {
    this.left = parts;
  }

  /** After a drawing: the next part in a task of its own, if one is left (once, however often called). */
  next(): void {
    if (this.left === 0 || this.pending) return;
    this.pending = new Promise<void>((resolve) =>
      setTimeout(() => {
        this.left = Math.max(0, this.left - 1);
        this.pending = undefined;
        this.host.requestUpdate();
        resolve();
      }, 0),
    );
  }

  /** A part asked for before the host left still draws when its task comes (the host updates again on return). */
  hostDisconnected(): void {}
}
