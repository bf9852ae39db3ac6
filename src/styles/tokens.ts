import {css, unsafeCSS} from 'lit';
import {RELATION_TYPES} from '../model/types.js';
import {RELATION_GROUP, relationDash} from '../layout/relation-styles.js';

/**
 * The theme tokens every frise element shares: public `--frise-*` custom properties mapped once to
 * private `--_*` ones, with light and dark defaults (`light-dark()`), following the page's
 * `prefers-color-scheme` unless the element's `theme` attribute forces one.
 */
export const themeTokens = css`
  :host {
    color-scheme: light dark;
    --_font: var(--frise-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--frise-text-color, light-dark(#1f2328, #e6edf3));
    --_muted: var(--frise-muted-color, light-dark(#57606a, #9198a1));
    --_surface: var(--frise-surface-color, light-dark(#ffffff, #0d1117));
    --_focus: var(--frise-focus-color, light-dark(#0969da, #4493f8));
    --_lane-even: var(--frise-lane-background, light-dark(#f6f8fa, #161b22));
    --_lane-odd: var(--frise-lane-background-alt, light-dark(#ffffff, #0d1117));
    --_grid: var(--frise-grid-color, light-dark(#d0d7de, #30363d));
    --_error: var(--frise-error-color, light-dark(#cf222e, #f85149));
    --_confirmed: var(--frise-status-confirmed-color, light-dark(#1a7f37, #3fb950));
    --_reported: var(--frise-status-reported-color, light-dark(#0550ae, #4493f8));
    --_denied: var(--frise-status-denied-color, light-dark(#cf222e, #f85149));
    --_disputed: var(--frise-status-disputed-color, light-dark(#9a6700, #d29922));
    --_unverified: var(--frise-status-unverified-color, light-dark(#6e7781, #8b949e));
    --_unspecified: var(--frise-status-unspecified-color, var(--_text));
    --_relation-contest: var(--frise-relation-contest-color, light-dark(#cf222e, #f85149));
    --_relation-support: var(--frise-relation-support-color, light-dark(#1a7f37, #3fb950));
    --_relation-legal: var(--frise-relation-legal-color, light-dark(#8250df, #ab7df8));
    --_relation-response: var(--frise-relation-response-color, light-dark(#0969da, #4493f8));
    --_relation-structure: var(--frise-relation-structure-color, light-dark(#6e7781, #8b949e));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/**
 * `.relation-<type>` classes: each sets --_relation-color and --_relation-dash from
 * layout/relation-styles.ts, so legends and timeline links cannot drift apart.
 */
export const relationClassStyles = unsafeCSS(
  RELATION_TYPES.map((type) => {
    const dash = relationDash(type);
    return `.relation-${type} { --_relation-color: var(--_relation-${RELATION_GROUP[type]}); --_relation-dash: ${dash === '' ? 'none' : dash}; }`;
  }).join('\n'),
);

/** `.status-<status>` classes: each sets --_status to its status colour (`unspecified`: not said, the neutral text colour). */
export const statusClassStyles = css`
  .status-reported { --_status: var(--_reported); }
  .status-confirmed { --_status: var(--_confirmed); }
  .status-denied { --_status: var(--_denied); }
  .status-disputed { --_status: var(--_disputed); }
  .status-unverified { --_status: var(--_unverified); }
  .status-unspecified { --_status: var(--_unspecified); }
`;

/** `.visually-hidden`: off screen, still read by assistive technology. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
