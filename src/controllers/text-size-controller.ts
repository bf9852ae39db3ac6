import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What the text size controller needs: where to put its probe, and what to do when the font changes. */
export interface TextSizeConfig {
  /** Where the probe goes (the host's shadow root, whose styles set `.text-probe` in the label font). */
  container(): ParentNode | null;
  /** The label font changed since it was last read (the reader's text size, a page style). */
  changed(): void;
}

/** The chart's label font as the browser computes it. */
export interface LabelFont {
  /** Size in px. */
  size: number;
  /** A CSS `font` value for canvas text measurement. */
  font: string;
}

/**
 * Follows the font the chart's labels are set in. Text in an SVG chart is laid out in px by script, so
 * a reader's larger text (a browser's text size, a page's root font size) reaches it only if someone
 * watches for it: a hidden probe set in the label font changes size when the font does, and a
 * ResizeObserver on it reports that, with no polling. `read()` gives the font synchronously, so the
 * first layout already uses it (no second layout on every mount).
 */
export class TextSizeController implements ReactiveController {
  private probe?: HTMLElement;
  private observer?: ResizeObserver;
  private last?: LabelFont;
  private frame = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly config: TextSizeConfig,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => {
      // read on the next frame: a layout change inside the observer's callback would trip its loop guard
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        const before = this.last;
        if (!before) return;
        const now = this.measure();
        if (now && (now.size !== before.size || now.font !== before.font)) this.config.changed();
      });
    });
    if (this.probe) this.observer.observe(this.probe);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The label font now (12 px system-ui when there is no probe yet, as on a server). */
  read(): LabelFont {
    return this.measure() ?? {size: 12, font: '12px system-ui, sans-serif'};
  }

  private measure(): LabelFont | undefined {
    const probe = this.ensureProbe();
    if (!probe?.isConnected) return undefined;
    const style = getComputedStyle(probe);
    const size = parseFloat(style.fontSize);
    if (!(size > 0)) return undefined;
    this.last = {size, font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`};
    return this.last;
  }

  private ensureProbe(): HTMLElement | undefined {
    if (this.probe?.isConnected) return this.probe;
    const container = this.config.container();
    if (!container || typeof document === 'undefined') return undefined;
    if (!this.probe) {
      this.probe = document.createElement('span');
      this.probe.className = 'text-probe';
      this.probe.setAttribute('aria-hidden', 'true');
      this.probe.textContent = 'Mg';
    }
    // before anything the host renders: its template never touches it
    container.insertBefore(this.probe, container.firstChild);
    this.observer?.observe(this.probe);
    return this.probe;
  }
}
