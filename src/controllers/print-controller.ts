import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What the print controller tells its host. */
export interface PrintConfig {
  /** The page started or stopped printing (or print preview, or print emulation). */
  changed(printing: boolean): void;
}

/**
 * Follows whether the page is being printed, so that an element can draw for paper what it windows or
 * hides on screen (a list renders every item, a card every source). `beforeprint` and `afterprint` come
 * with the browser's print dialog; the `print` media query also changes under print emulation (a test, a
 * headless PDF), where no print event fires. The host renders again when it changes.
 */
export class PrintController implements ReactiveController {
  private media?: MediaQueryList;
  private view?: Window;
  private state = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: PrintConfig,
  ) {
    host.addController(this);
  }

  /** Whether the page is being printed now. */
  get printing(): boolean {
    return this.state;
  }

  hostConnected(): void {
    const view = this.host.ownerDocument.defaultView;
    if (!view) return;
    this.view = view;
    this.media = view.matchMedia('print');
    this.media.addEventListener('change', this.onChange);
    view.addEventListener('beforeprint', this.onBefore);
    view.addEventListener('afterprint', this.onAfter);
    this.set(this.media.matches);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onChange);
    this.view?.removeEventListener('beforeprint', this.onBefore);
    this.view?.removeEventListener('afterprint', this.onAfter);
    this.media = undefined;
    this.view = undefined;
  }

  private readonly onChange = (event: MediaQueryListEvent) => this.set(event.matches);
  private readonly onBefore = () => this.set(true);
  private readonly onAfter = () => this.set(this.media?.matches ?? false);

  private set(printing: boolean): void {
    if (printing === this.state) return;
    this.state = printing;
    this.config.changed(printing);
  }
}
