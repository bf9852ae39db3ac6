import {css} from 'lit';
import {relationClassStyles, statusClassStyles, themeTokens, visuallyHiddenStyles} from '../../styles/tokens.js';
import {feedStatusStyles} from '../shared/problems.js';

// the .relation-<type> classes are shared with the timeline's links (styles/tokens.ts)
export {relationClassStyles};

// theme tokens (--frise-* → --_*, light and dark) come from styles/tokens.ts, shared with every element
export const legendStyles = [
  themeTokens,
  statusClassStyles,
  visuallyHiddenStyles,
  feedStatusStyles,
  css`
  :host {
    --_hover: color-mix(in srgb, var(--_text) 8%, var(--_surface));
    --_rule: color-mix(in srgb, var(--_text) 16%, var(--_surface));
    display: block;
    font-family: var(--_font);
    font-size: 0.875rem;
    line-height: 1.35;
    color: var(--_text);
    background: var(--_surface);
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .legend {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: 0.75rem;
  }

  /* search */
  .search {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .search label {
    grid-area: 1 / 1;
    font-weight: 600;
  }
  .search input {
    grid-area: 2 / 1 / 3 / 3;
    box-sizing: border-box;
    width: 100%;
    min-height: 32px;
    padding: 4px 8px;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: 6px;
  }
  .results {
    grid-area: 1 / 2;
    margin: 0;
    font-size: 0.8rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .hint {
    margin: 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }

  /* groups */
  .group {
    margin: 0;
    padding: 0.5rem 0 0;
    border: 0;
    border-top: 1px solid var(--_rule);
    min-width: 0;
  }
  .group legend {
    padding: 0 0.25rem 0 0;
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  /* periods: named, not toggled */
  .periods {
    padding: 0.5rem 0 0;
    border-top: 1px solid var(--_rule);
  }
  .periods-heading {
    margin: 0;
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .period {
    display: grid;
    grid-template-columns: 24px minmax(0, 1fr);
    column-gap: 0.5rem;
    padding: 2px 6px;
    color: var(--_text);
  }
  .period-dates {
    grid-column: 2;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .period-swatch {
    fill: color-mix(in srgb, var(--_text) 30%, var(--_surface));
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }

  /* toggles */
  .item {
    display: grid;
    grid-template-columns: 24px minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
    box-sizing: border-box;
    width: 100%;
    min-width: 24px;
    min-height: 28px;
    margin: 0;
    padding: 2px 6px;
    font: inherit;
    color: var(--_text);
    text-align: start;
    background: transparent;
    border: 1px solid transparent;
    border-radius: 6px;
    cursor: pointer;
  }
  .item:hover {
    background: var(--_hover);
  }
  .name {
    display: inline-block;
    overflow-wrap: anywhere;
  }
  .count {
    color: var(--_muted);
    font-size: 0.8rem;
    font-variant-numeric: tabular-nums;
  }
  .item[aria-pressed='false'] .name {
    color: var(--_muted);
    text-decoration: line-through;
    text-decoration-thickness: 1.5px;
  }
  .item[aria-pressed='false'] .swatch {
    opacity: 0.3;
  }
  .swatch,
  .swatch-space {
    display: block;
    width: 24px;
    height: 16px;
    overflow: visible;
  }

  /* kinds: the timeline's shapes, neutral so they never read as a status */
  .kind-symbol {
    fill: color-mix(in srgb, var(--_text) 22%, var(--_surface));
    stroke: var(--_text);
    stroke-width: 1.25;
    stroke-linejoin: round;
  }

  /* statuses: drawn as the timeline draws them */
  .status-symbol,
  .status-strike {
    stroke: var(--_status);
    stroke-width: 2;
    fill: var(--_surface);
  }
  .status-strike {
    stroke-linecap: round;
  }
  .status-confirmed .status-symbol {
    fill: var(--_status);
  }
  .status-disputed .status-symbol {
    stroke-dasharray: 3 2;
  }
  .status-unverified .status-symbol {
    stroke-dasharray: 1 2.5;
  }

  /* actors */
  .actor-swatch {
    stroke: var(--_text);
    stroke-width: 0.75;
  }

  /* relations (the .relation-<type> classes set colour and dash) */
  .relation-line {
    stroke: var(--_relation-color, var(--_relation-structure));
    stroke-dasharray: var(--_relation-dash, none);
    stroke-width: 2;
    stroke-linecap: round;
  }

  /* show all; show more of a long group */
  .reset,
  .more {
    align-self: flex-start;
    min-height: 28px;
    min-width: 24px;
    padding: 2px 10px;
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 6px;
    cursor: pointer;
  }
  .more {
    margin-top: 4px;
  }
  .reset:hover,
  .more:hover {
    background: var(--_hover);
  }
  .reset[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  .reset[aria-disabled='true']:hover {
    background: transparent;
  }

  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }

  /* compact: groups and items wrap in rows, for sidebars, toolbars and phones */
  :host([compact]) .legend {
    gap: 0.5rem;
    padding: 0.5rem;
  }
  :host([compact]) .hint {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host([compact]) .items {
    flex-direction: row;
    flex-wrap: wrap;
    gap: 4px;
  }
  :host([compact]) .item {
    display: inline-flex;
    width: auto;
    gap: 0.35rem;
    padding: 2px 8px 2px 4px;
    border-color: var(--_rule);
    border-radius: 999px;
  }
  :host([compact]) .swatch,
  :host([compact]) .swatch-space {
    width: 20px;
  }
  :host([compact]) .swatch-space {
    display: none;
  }

  @media (forced-colors: active) {
    .kind-symbol,
    .status-symbol,
    .status-strike,
    .relation-line,
    .actor-swatch {
      stroke: CanvasText;
    }
    .status-confirmed .status-symbol {
      fill: CanvasText;
    }
    .item,
    .reset {
      border-color: ButtonText;
    }
  }

  ${relationClassStyles}
`,
];
