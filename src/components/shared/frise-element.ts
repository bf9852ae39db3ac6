import {LitElement, html, isServer, render as renderTemplate, type CSSResultOrNative, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {inheritedLanguage, resolveLanguage} from '../../i18n/language.js';
import {directionOf} from '../../i18n/direction.js';
import {renderRootOverServerSnapshot} from './server-snapshot.js';
import {FriseErrorEvent} from '../../events/frise-error.js';
import type {FeedIssue, FeedIssueCode} from '../../model/types.js';
import {shownValue, type AttributeCheck} from './attribute-values.js';

/** `light` or `dark`: forces a colour scheme instead of following the page's `prefers-color-scheme`. */
export type FriseTheme = 'light' | 'dark';

/**
 * What every frise element shares: one rule for the language it speaks, the `theme` attribute, one way
 * to fire events, and a last line of defence so that nothing the page does makes an element throw out
 * of its update or leave a blank box without saying why.
 */
export abstract class FriseElement extends LitElement {
  /**
   * Language of labels and dates (BCP 47). When absent: the closest ancestor's `lang` (crossing shadow
   * roots, up to `<html lang>`), then the feed's language, then English. Changing it, or an ancestor's,
   * re-renders the element.
   */
  @property({reflect: true})
  override lang!: string;

  /** Forces the light or dark colours; by default the element follows the page's `prefers-color-scheme`. */
  @property({reflect: true})
  theme?: FriseTheme;

  /** A server-rendered (declarative) shadow root is a snapshot to replace, not to hydrate: see server-snapshot.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return renderRootOverServerSnapshot(this) ?? super.createRenderRoot();
  }

  /** The language the element's content is written in when neither it nor the page says (the feed's). */
  protected get contentLanguage(): string | undefined {
    return undefined;
  }

  /** The language labels and dates are shown in (see `lang`). */
  get displayLanguage(): string {
    return resolveLanguage(
      this.lang,
      this.isConnected && !isServer ? inheritedLanguage(this) : '',
      this.contentLanguage,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  /**
   * Moved into another document (a same-origin iframe, or back): constructed stylesheets belong to the
   * document whose window made them, so the shadow root takes sheets made in its new window (from the
   * same CSS text: still no inline <style>, so a strict CSP holds), and the element draws again there.
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!root || !view || !('adoptedStyleSheets' in root)) return;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    try {
      root.adoptedStyleSheets =
        view === globalThis.window
          ? styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!)).filter(Boolean)
          : sheetsFor(view, this.constructor as typeof LitElement, styles);
    } catch (error) {
      this.showFailure(error);
    }
    this.requestUpdate();
  }

  /** The element set `dir="rtl"` itself (see `update`), so it may take it back. */
  private directionSet = false;

  /**
   * An Arabic (or other right-to-left) interface reads right to left even on a page that left the
   * direction unsaid: when the display language is right-to-left and the element sits in a left-to-right
   * context without a `dir` of its own, it sets `dir="rtl"`, and removes it when the language changes
   * back. A `dir` the page sets is never touched.
   */
  protected override update(changed: PropertyValues): void {
    if (!isServer) this.followLanguageDirection();
    super.update(changed);
  }

  private followLanguageDirection(): void {
    const rightToLeft = directionOf(this.displayLanguage) === 'rtl';
    if (rightToLeft && !this.directionSet && !this.hasAttribute('dir') && !this.matches(':dir(rtl)')) {
      this.setAttribute('dir', 'rtl');
      this.directionSet = true;
    } else if (!rightToLeft && this.directionSet) {
      if (this.getAttribute('dir') === 'rtl') this.removeAttribute('dir');
      this.directionSet = false;
    }
  }

  /**
   * Fires one of frise's typed events. Events are documented with `@fires` on each element; firing
   * through one method keeps the manifest from guessing names from `dispatchEvent` calls.
   */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /**
   * A page called a method with arguments it cannot use: the call does nothing, and the page hears why
   * (a console warning, and `frise-error` with the code `invalid-argument`) instead of an exception.
   */
  protected reportMisuse(message: string): void {
    this.reportProblem('invalid-argument', 'warning', message);
  }

  /** A problem that is not the feed's (an image the page would not let us make): a console warning and `frise-error`. */
  protected reportProblem(code: FeedIssueCode, severity: FeedIssue['severity'], message: string): void {
    const issue: FeedIssue = {path: '', code, severity, message: `<${this.localName}>: ${message}`};
    console.warn(issue.message);
    this.emit(new FriseErrorEvent([issue]));
  }

  /** Attribute values already reported, so that a bad value is told once, not at every update. */
  private reportedAttributes?: Set<string>;

  /**
   * The one choke point for attribute values: `value` when `check` accepts it, else `fallback`. A value
   * it refuses is reported once (a console warning naming the attribute, and `frise-error` with the code
   * `invalid-attribute`); it never throws and never reaches the drawing.
   */
  protected attribute<T>(name: string, value: unknown, check: AttributeCheck<T>, fallback: T): T {
    const usable = check(value);
    if (usable !== undefined) return usable;
    if (value === undefined || value === null) return fallback;
    const key = `${name}\u0000${typeof value}\u0000${String(value)}`;
    this.reportedAttributes ??= new Set();
    if (!this.reportedAttributes.has(key)) {
      this.reportedAttributes.add(key);
      const issue: FeedIssue = {
        path: '',
        code: 'invalid-attribute',
        severity: 'warning',
        message: `<${this.localName}>: ${name}=${shownValue(value)} is not a value it takes; it uses ${shownValue(fallback)}`,
      };
      console.warn(issue.message);
      this.emit(new FriseErrorEvent([issue]));
    }
    return fallback;
  }

  /**
   * Runs Lit's update and catches what it throws: a defect must not leave the page with an uncaught
   * error and a blank element. The element then shows what failed where a reader sees it, fires
   * `frise-error` (code `render-failed`), and draws normally again at its next successful update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.showFailure(error);
    }
  }

  private showFailure(error: unknown): void {
    let reason = 'unknown error';
    try {
      reason = error instanceof Error ? error.message : String(error);
    } catch {
      // a thrown value whose conversion throws too
    }
    const issue: FeedIssue = {
      path: '',
      code: 'render-failed',
      severity: 'error',
      message: `<${this.localName}> could not draw: ${reason}`,
    };
    try {
      renderTemplate(
        html`<p part="issues" class="issues" role="alert">${issue.message}</p>`,
        this.renderRoot,
        this.renderOptions,
      );
    } catch {
      // the shadow root itself is unusable; the event below still tells the page
    }
    this.emit(new FriseErrorEvent([issue]));
  }
}

// ---- stylesheets for another window (an element moved into an iframe) -------------------------------

/** Per element class, its styles as sheets made by each other window it has been moved into. */
const foreignSheets = new WeakMap<typeof LitElement, WeakMap<Window, CSSStyleSheet[]>>();

function sheetsFor(
  view: Window & typeof globalThis,
  element: typeof LitElement,
  styles: ReadonlyArray<CSSResultOrNative>,
): CSSStyleSheet[] {
  let byWindow = foreignSheets.get(element);
  if (!byWindow) foreignSheets.set(element, (byWindow = new WeakMap()));
  let sheets = byWindow.get(view);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      const text =
        style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
      sheet.replaceSync(text);
      return sheet;
    });
    byWindow.set(view, sheets);
  }
  return sheets;
}

// ---- one observer for every element: a `lang` changed on an ancestor --------------------------------

const watched = new Set<FriseElement>();
let observer: MutationObserver | undefined;

function watchLanguage(element: FriseElement): void {
  watched.add(element);
  if (observer || typeof MutationObserver !== 'function' || typeof document === 'undefined') return;
  // `lang` changes are rare; one observer of the whole document is cheaper than one per element
  observer = new MutationObserver(() => {
    for (const each of watched) each.requestUpdate();
  });
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

function unwatchLanguage(element: FriseElement): void {
  watched.delete(element);
  if (watched.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
