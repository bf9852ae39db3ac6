import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * What the roving focus needs from its host: the items in keyboard order, how to find and reveal one,
 * and what the chart's keys do besides moving the focus. Callbacks only: the controller never reaches
 * into the host's DOM or state.
 */
export interface RovingFocusConfig {
  /**
   * The item after (1) or before (-1) `id` in keyboard order, or null at the ends. It may be found only
   * once the host has moved its view (an item beyond what it has laid out): then a promise.
   */
  adjacent(id: string, direction: 1 | -1): string | null | Promise<string | null>;
  /** The first (-1) or last (1) item. */
  edge(which: 1 | -1): string | null;
  /** The item of the next group (lane) down (1) or up (-1) nearest to `id`, or null when there is none. */
  across(id: string, direction: 1 | -1): string | null;
  /** The focusable element of an item as drawn now (placed on screen), if it is drawn. */
  elementOf(id: string): HTMLElement | SVGElement | undefined;
  /** Pans so the item is in view (before it takes the focus). */
  reveal(id: string): void;
  /** The item that should hold the tab stop when none has had the focus: the selected one, else the first in view. */
  fallback(): string | undefined;
  /** The focused item changed (what the host draws for it follows). */
  changed(id: string | null): void;
  /** The chart's other keys: + and − zoom around the focused item when there is one. */
  zoomBy(factor: number, aroundId: string | null): void;
  fit(): void;
  /** Pans by px (positive: earlier dates come into view); `step` is a tenth of the chart's width. */
  panBy(px: number): void;
  step(): number;
  activate(id: string): void;
  /** Escape: returns whether it did something (clearing a selection). */
  escape(): boolean;
}

/**
 * Roving focus over a chart's items (WAI-ARIA's composite pattern): the chart is one tab stop, the item
 * that last had the focus (else the selected or first one in view); arrows move the focus in time order
 * (← →) and across groups (↑ ↓), Home and End go to the first and last, Enter and Space activate, + − 0
 * zoom around the focused item and keep it focused, PageUp, PageDown and Shift+arrows pan. Whatever a key
 * does, the focus stays on an item of the chart: when a redraw replaces the focused item's element, the
 * new element takes the focus back.
 */
export class RovingFocusController implements ReactiveController {
  /** The item that has (or last had) the focus. */
  focused: string | null = null;
  private tabStop?: Element;
  private tabStopId?: string;
  /** Whether the focus was on an item when the host last updated (it must not fall to the body). */
  private holding = false;
  /** The element the focused item had when the host last settled. */
  private drawn?: Element;
  /**
   * True while `settle` gives the focus back to a redrawn item: the host's focus handlers then know the
   * focus did not move (no one chose that item now), so they must not pan to it. Without this, a page
   * that zooms the chart away from the focused item had its view pulled back to it.
   */
  restoring = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: RovingFocusConfig,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // the element drawn for the focused item at the last settle, or the one its id stands for now (the
    // host's state may already have moved on: a pan or zoom in progress gives other items)
    const element = this.focused ? this.config.elementOf(this.focused) : undefined;
    this.holding = [this.drawn, element].some((candidate) => candidate !== undefined && isFocused(candidate));
  }

  /**
   * Called by the host once it has drawn (its items placed): sets the tab stop, and gives the focus back
   * to the focused item when the drawing replaced or moved its element. A host drawing a passing frame
   * (a gesture moving the view, the focus elsewhere) may leave the tab stop as it is (`tabStop: false`):
   * finding it costs a search of the drawn items every frame, and the frame after the gesture sets it.
   */
  settle({tabStop = true}: {tabStop?: boolean} = {}): void {
    if (tabStop) this.updateTabStop();
    const element = this.focused ? this.config.elementOf(this.focused) : undefined;
    // the redraw replaced (or moved) the focused item's element: the focus goes to where it is now
    if (this.holding && element && !isFocused(element)) {
      this.restoring = true;
      try {
        element.focus({preventScroll: true});
      } finally {
        this.restoring = false;
      }
    }
    this.drawn = element;
  }

  /** An item took the focus (by pointer or Tab): it keeps the tab stop. */
  track(id: string): void {
    if (this.focused === id) return;
    this.focused = id;
    // what is drawn for it now: if the host's state moves on before its next update (the page zooms),
    // the focus is still known to be on an item then
    this.drawn = this.config.elementOf(id);
    this.config.changed(id);
  }

  /** Moves the focus to an item: the tab stop follows, the item comes into view, then it is focused. */
  async focus(target: string | null | Promise<string | null>): Promise<void> {
    const id = await target;
    if (!id) return;
    this.track(id);
    this.config.reveal(id);
    await this.host.updateComplete;
    this.config.elementOf(id)?.focus({preventScroll: true});
  }

  /** Handles a key pressed in the chart, from the item `at` (or none); returns whether it was handled. */
  handleKey(event: KeyboardEvent, at: string | null): boolean {
    const from = at ?? this.focused;
    const step = this.config.step();
    switch (event.key) {
      case '+':
      case '=':
        this.config.zoomBy(2, from);
        break;
      case '-':
      case '_':
        this.config.zoomBy(0.5, from);
        break;
      case '0':
        this.config.fit();
        break;
      case 'PageUp':
        this.config.panBy(step * 5);
        break;
      case 'PageDown':
        this.config.panBy(-step * 5);
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        const forward = event.key === 'ArrowRight';
        if (event.shiftKey || !from) this.config.panBy(forward ? -step : step);
        else void this.focus(this.config.adjacent(from, forward ? 1 : -1));
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown':
        if (!from) return false;
        void this.focus(this.config.across(from, event.key === 'ArrowDown' ? 1 : -1));
        break;
      case 'Home':
      case 'End':
        void this.focus(this.config.edge(event.key === 'Home' ? -1 : 1));
        break;
      case 'Enter':
      case ' ':
        if (!at) return false;
        this.config.activate(at);
        break;
      case 'Escape':
        if (!this.config.escape()) return false;
        break;
      default:
        return false;
    }
    event.preventDefault();
    return true;
  }

  /**
   * One tab stop: the focused item, else the fallback. Set on the elements themselves, out of the
   * host's template, so a pan that changes the first item in view moves two attributes, not a render.
   */
  private updateTabStop(): void {
    const focused = this.focused && this.config.elementOf(this.focused) ? this.focused : undefined;
    const id = focused ?? this.config.fallback();
    const element = id ? this.config.elementOf(id) : undefined;
    if (id === this.tabStopId && element === this.tabStop && this.tabStop?.isConnected) return;
    if (this.tabStop && this.tabStop !== element) this.tabStop.setAttribute('tabindex', '-1');
    element?.setAttribute('tabindex', '0');
    this.tabStop = element;
    this.tabStopId = id;
  }
}

/** Whether an element has the focus, in its own shadow root or document. */
function isFocused(element: Element): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.activeElement === element;
}
