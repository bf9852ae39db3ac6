import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Which lanes are on or near the screen, so that a zoom frame moves the marks a reader can see and not
 * those of lanes scrolled out of the page (or clipped by a container): a tall timeline in an article
 * shows a few of its lanes at a time. Watches each lane's band with an IntersectionObserver whose root
 * margin is half a viewport above and below, so a lane is placed before it scrolls in. A lane counts as
 * near until its first report.
 */
export class LaneVisibility implements ReactiveController {
  private observer?: IntersectionObserver;
  /** Band element → lane key: kept while the host is out of the page, watched again when it is back. */
  private readonly observed = new Map<Element, string>();
  private readonly near = new Set<string>();
  /** Lanes whose band has not been reported since it was (last) watched. */
  private readonly pending = new Set<string>();

  /**
   * @param onChange called when a lane comes near or goes away (not for the first reports that agree
   *   with "near")
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
    private readonly rootMargin = '50% 0px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // back in the page (moved): its bands are watched again, and near until their reports
    for (const [band, lane] of this.observed) this.observe(band, lane);
  }

  hostDisconnected(): void {
    // an observer still watching would keep the element (and its feed) alive
    this.observer?.disconnect();
    this.observer = undefined;
    this.near.clear();
    this.pending.clear();
  }

  /** Whether marks of this lane should be placed on this frame. */
  isNear(lane: string): boolean {
    return this.near.has(lane) || this.pending.has(lane);
  }

  /**
   * Watches these lane bands (and stops watching bands no longer drawn); cheap when they are the same.
   * Out of the page (an update can run after the element left), it only remembers them.
   */
  watch(bands: Iterable<readonly [Element, string]>): void {
    const current = new Map(bands);
    if (current.size === this.observed.size && [...current].every(([band, lane]) => this.observed.get(band) === lane))
      return;
    for (const [band, lane] of this.observed) {
      if (current.get(band) === lane) continue;
      this.observer?.unobserve(band);
      this.observed.delete(band);
      this.near.delete(lane);
      this.pending.delete(lane);
    }
    for (const [band, lane] of current) {
      if (this.observed.has(band)) continue;
      this.observed.set(band, lane);
      if (this.host.isConnected) this.observe(band, lane);
    }
  }

  private observe(band: Element, lane: string): void {
    this.observer ??= new IntersectionObserver((entries) => this.report(entries), {rootMargin: this.rootMargin});
    this.pending.add(lane);
    this.observer.observe(band);
  }

  private report(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const lane = this.observed.get(entry.target);
      if (lane === undefined) continue;
      const before = this.isNear(lane);
      this.pending.delete(lane);
      if (entry.isIntersecting) this.near.add(lane);
      else this.near.delete(lane);
      if (this.isNear(lane) !== before) changed = true;
    }
    if (changed) this.onChange();
  }
}
