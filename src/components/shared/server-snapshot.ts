import {ReactiveElement} from 'lit';

/**
 * The render root of an element that may have been server-rendered: its shadow root, emptied.
 *
 * `@lit-labs/ssr` sends each element's shadow root as declarative shadow DOM, which the browser attaches
 * while parsing, before any script: a static snapshot (the timeline sends its list there). frise does not
 * hydrate that snapshot, because the browser's first rendering differs from it by design (the chart needs
 * the page's width, the language the page's `lang`, and `feed`, a property, is set by the page's script).
 * Plain Lit would render before the snapshot and leave it in place, and Lit's hydration (which a page may
 * load for other elements) would fail on the difference: so the snapshot is removed and the element
 * renders into the emptied root.
 *
 * Returns undefined when the element has no shadow root yet (the usual case, client-side creation): the
 * caller then creates it as usual (`super.createRenderRoot()`).
 */
export function renderRootOverServerSnapshot(host: ReactiveElement): ShadowRoot | undefined {
  const snapshot = host.shadowRoot;
  if (!snapshot) return undefined;
  snapshot.replaceChildren();
  // ReactiveElement's own createRenderRoot adopts the styles into the existing root; LitElement's is the
  // one Lit's hydration support patches (to hydrate instead of render)
  return ReactiveElement.prototype['createRenderRoot'].call(host) as ShadowRoot;
}
