import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {OpenCluster} from '../components/timeline/parts/cluster-list.js';

/** What a cluster's activation needs from its host: callbacks only, the controller never reaches into it. */
export interface ClusterListConfig {
  /** Zooms into a cluster's time span when that separates its events; false when it cannot (the deepest zoom, one instant). */
  zoomInto(start: number, end: number): boolean;
  /** What the list of a cluster (by its key) shows, and where, near its drawn target; undefined when it is gone. */
  describe(key: string, target: Element): OpenCluster | undefined;
  /** The first item of the open list, once the host has drawn it. */
  firstItem(): HTMLElement | null;
  /** An event was chosen from the list. */
  choose(id: string): void;
}

/**
 * A cluster activated (click, Enter or Space on its target, which carries `data-cluster`, `data-start`
 * and `data-end`): zoom into it, or where zooming cannot separate its events, open the list of them and
 * move the focus into it. Closing the list (its button, Escape, or choosing an event) gives the focus
 * back to the cluster that opened it; a zoom of the view dismisses it (it belongs to the view it was
 * opened in).
 */
export class ClusterListController implements ReactiveController {
  /** The list shown, or null. */
  open: OpenCluster | null = null;
  private opener?: SVGElement;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: ClusterListConfig,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = null;
    this.opener = undefined;
  }

  /** A click on a cluster's target (or a key, through onKey). */
  activate = (event: Event): void => {
    const target = (event.target as Element).closest?.<SVGElement>('[data-cluster]');
    if (!target) return;
    const start = Number(target.dataset['start']);
    const end = Number(target.dataset['end']);
    if (Number.isFinite(start) && Number.isFinite(end) && this.config.zoomInto(start, end)) return;
    const open = this.config.describe(target.dataset['cluster'] ?? '', target);
    if (!open) return;
    this.opener = target;
    this.open = open;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.config.firstItem()?.focus());
  };

  onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    this.activate(event);
  };

  /** Closes the list and gives the focus back to the cluster that opened it. */
  close = (): void => {
    this.open = null;
    this.host.requestUpdate();
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
  };

  choose = (id: string): void => {
    this.config.choose(id);
    this.close();
  };

  /** The view moved: the list, drawn where the cluster was, goes. */
  dismiss(): void {
    if (!this.open) return;
    this.open = null;
    this.host.requestUpdate();
  }
}
