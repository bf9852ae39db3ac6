import {css} from 'lit';
import {relationClassStyles, statusClassStyles, themeTokens, visuallyHiddenStyles} from '../../styles/tokens.js';
import {feedStatusStyles} from '../shared/problems.js';

/**
 * Shared tokens (`themeTokens`: light and dark defaults, `theme` forcing one) and relation classes,
 * then the list's own rules. Only logical directions (inline-start/end, block-start/end), so the
 * rail and the date column follow `dir="rtl"`. Text colours meet WCAG AA on the surface and on the
 * tints of the selected and matching items, in both schemes; status is never colour alone (shape,
 * fill, strike, dash and the status in words).
 */
const ownStyles = css`
  :host {
    --_accent: var(--_focus);
    --_date-width: var(--frise-list-date-width, 10rem);
    --_rail-x: 20px;
    --_gutter: 44px;
    display: block;
    container-type: inline-size;
    min-width: 0;
    font-family: var(--_font);
    font-size: 0.9375rem;
    line-height: 1.45;
    color: var(--_text);
    background: var(--_surface);
  }
  :host([hidden]) {
    display: none;
  }

  .list {
    position: relative;
    margin: 0;
    overflow-wrap: break-word;
  }

  /* a skip link, shown when focused */
  .skip {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    z-index: 2;
    min-height: 24px;
    padding: 4px 10px;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    opacity: 0;
    pointer-events: none;
  }
  .skip:focus {
    position: relative;
    display: inline-block;
    margin-block-end: 0.5rem;
    opacity: 1;
    pointer-events: auto;
  }

  .query-status {
    margin: 0 0 0.75rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .query-status:empty {
    display: none;
  }
  /* named periods, before the events */
  .periods {
    margin: 0 0 1rem;
  }
  .periods-heading {
    margin: 0;
    padding-block: 0 0.25rem;
    border-block-end: 2px solid var(--_grid);
    font-size: 1.125rem;
    font-weight: 700;
  }
  .period-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .period {
    padding-block: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_grid);
    margin-block-start: 0.5rem;
  }
  .period-name {
    font-weight: 600;
  }
  .period-dates {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .period-description {
    margin: 0.25rem 0 0;
  }
  .empty {
    margin: 0;
    padding: 0.75rem 0;
    color: var(--_muted);
    font-style: italic;
  }

  /*
   * Rows (year heading, month heading, event item) are measured to window long lists: none has a
   * vertical margin (the space between rows is each row's own padding), so their heights add up to the
   * list's height exactly.
   */
  .years {
    position: relative;
  }
  /* scroll anchoring keeps a row in place, never a spacer (the window also corrects it: see WindowController) */
  .spacer {
    overflow-anchor: none;
  }
  .year,
  .month {
    display: block;
  }
  .year-heading {
    margin: 0;
    padding-block: 1.5rem 0.25rem;
    border-block-end: 2px solid var(--_grid);
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .year-heading[data-first] {
    padding-block-start: 0;
  }
  .month-heading {
    margin: 0;
    padding-block: 1rem 0.35rem;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 650;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    position: relative;
    display: flow-root;
    padding-block-end: 0.25rem;
    scroll-margin-block: 0.5rem;
  }
  .card {
    display: block;
    margin-block-start: 0.5rem;
  }
  /* the item's title button and date line are right above the card: the card does not repeat them */
  .card::part(title),
  .card::part(date) {
    display: none;
  }
  .card::part(close) {
    margin-inline-start: auto;
  }

  /* ---- one event ---- */
  .event {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    padding: 0.6rem 0.75rem;
    border-inline-start: 3px solid transparent;
    border-radius: 6px;
    scroll-margin-block: 1rem;
  }
  .event > * {
    margin: 0;
  }
  .date {
    order: -1;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .wording {
    font-weight: 400;
  }
  .title {
    font-size: 1.0625rem;
    font-weight: 650;
    line-height: 1.3;
  }
  .select {
    display: inline-block;
    min-height: 24px;
    margin: 0;
    padding: 2px 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
  }
  .select:hover {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15rem 0.3rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .separator {
    white-space: pre;
  }
  .tag {
    display: inline-block;
    padding: 0 0.45rem;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.45;
  }
  .tag-selected {
    border-color: var(--_accent);
    color: var(--_text);
  }
  .tag-match {
    border-style: dashed;
    border-color: var(--_accent);
    color: var(--_text);
  }
  .attribution {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-style: italic;
  }
  .summary {
    font-size: 0.875rem;
    white-space: pre-line;
  }

  /* ---- the mark: the timeline's symbol and status style ---- */
  .mark {
    flex: none;
    width: 20px;
    height: 20px;
    overflow: visible;
    cursor: pointer;
  }
  .mark .symbol {
    fill: var(--_surface);
    stroke: var(--_status);
    stroke-width: 2;
  }
  .status-confirmed .mark .symbol {
    fill: var(--_status);
  }
  .status-disputed .mark .symbol {
    stroke-dasharray: 3 2;
  }
  .status-unverified .mark .symbol {
    stroke-dasharray: 1 2.5;
  }
  .mark .strike {
    stroke: var(--_status);
    stroke-width: 2;
    stroke-linecap: round;
  }
  .mark .ring {
    fill: none;
    stroke: none;
  }
  .selected .mark .ring {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }

  /* ---- relations ---- */
  .relations {
    margin-block-start: 0.2rem;
  }
  .relations-label {
    margin: 0;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .relation-list {
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.875rem;
  }
  .relation {
    display: flex;
    align-items: flex-start;
    gap: 0.4rem;
  }
  .relation-line {
    flex: none;
    width: 18px;
    height: 8px;
    margin-block-start: calc(2px + 0.725em - 4px);
  }
  .relation-line line {
    stroke: var(--_relation-color, var(--_muted));
    stroke-width: 2;
    stroke-dasharray: var(--_relation-dash);
  }
  .relation-link {
    display: inline-block;
    min-height: 24px;
    padding: 2px 0;
    color: var(--_accent);
    text-decoration: none;
  }
  .relation-link .relation-title {
    text-decoration: underline;
    text-underline-offset: 2px;
    text-decoration-thickness: 1px;
  }
  .relation-link:hover .relation-title {
    text-decoration-thickness: 2px;
  }
  .relation-name {
    display: inline-block;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .relation-off {
    padding: 2px 0;
    color: var(--_muted);
  }
  .hidden-note {
    font-style: italic;
  }

  bdi,
  .summary {
    unicode-bidi: isolate;
  }

  /* ---- selection and search ---- */
  .selected > .event {
    border-inline-start-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 9%, var(--_surface));
  }
  .selected .title {
    font-weight: 750;
  }
  .match > .event {
    border-inline-start-color: var(--_accent);
    border-inline-start-style: dashed;
  }
  .selected.match > .event {
    border-inline-start-style: solid;
  }
  .dimmed > .event {
    color: var(--_muted);
  }
  .dimmed .title {
    font-weight: 500;
  }
  .dimmed .mark {
    opacity: 0.45;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 3px;
  }
  .event:focus {
    outline: none;
  }
  .event:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 0;
    border-radius: 6px;
  }

  /* ---- list variant, wide: a date column ---- */
  @container (min-width: 36rem) {
    .variant-list .event {
      display: grid;
      grid-template-columns: var(--_date-width) minmax(0, 1fr);
      column-gap: 1.25rem;
      row-gap: 0;
    }
    .variant-list .event > * {
      grid-column: 2;
    }
    .variant-list .event > * + * {
      margin-block-start: 0.2rem;
    }
    .variant-list .event > .date {
      grid-column: 1;
      grid-row: 1 / span 8;
      margin: 0;
      padding-block-start: 0.2rem;
    }
  }

  /* ---- vertical variant: a rail on the inline-start side ---- */
  .variant-vertical .rail {
    position: absolute;
    inset-block: 0.75rem 0;
    inset-inline-start: calc(var(--_rail-x) - 1px);
    width: 2px;
    background: var(--_grid);
  }
  .variant-vertical .year-heading,
  .variant-vertical .month-heading,
  .variant-vertical .item {
    padding-inline-start: var(--_gutter);
  }
  .variant-vertical .year-heading {
    position: relative;
    border: 0;
    padding-block-end: 0;
    font-size: 1.25rem;
  }
  .variant-vertical .year-heading::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_rail-x) - 7px);
    /* on the middle of the text line (line-height 1.2, no bottom padding) */
    inset-block-end: calc(0.6em - 7px);
    width: 10px;
    height: 10px;
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_text);
  }
  .variant-vertical .month-heading {
    position: relative;
    padding-block-start: 0.75rem;
  }
  .variant-vertical .month-heading::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_rail-x) - 5px);
    /* on the middle of the text line, above the bottom padding (the top padding is the space between rows) */
    inset-block-end: calc(0.35rem + 0.725em - 1px);
    width: 10px;
    height: 2px;
    background: var(--_muted);
  }
  .variant-vertical .event {
    padding: 0.5rem 0.6rem;
  }
  .variant-vertical .mark {
    position: absolute;
    inset-inline-start: calc(var(--_rail-x) - 14px);
    inset-block-start: 0.45rem;
    z-index: 1;
    width: 28px;
    height: 28px;
    border-radius: 50%;
    background: var(--_surface);
  }
  .variant-vertical .segment {
    position: absolute;
    inset-inline-start: calc(var(--_rail-x) - 3px);
    inset-block: calc(0.45rem + 24px) 0;
    width: 6px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_status) 60%, var(--_surface));
  }
  /* phones under 360 px: a narrower gutter and padding leave more room for the text */
  @container (max-width: 22.5rem) {
    .list {
      --_rail-x: 16px;
      --_gutter: 36px;
    }
    .variant-vertical .event {
      padding-inline: 0.4rem;
    }
  }

  @media (forced-colors: active) {
    .mark .symbol,
    .mark .strike,
    .relation-line line {
      stroke: CanvasText;
    }
    .status-confirmed .mark .symbol {
      fill: CanvasText;
    }
    .selected > .event {
      border-inline-start-color: Highlight;
    }
    .variant-vertical .rail,
    .variant-vertical .segment {
      background: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const listStyles = [
  themeTokens,
  relationClassStyles,
  statusClassStyles,
  visuallyHiddenStyles,
  feedStatusStyles,
  ownStyles,
];
