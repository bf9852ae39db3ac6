import {css} from 'lit';

export const timelineStyles = css`
  :host {
    --_font: var(--frise-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--frise-text-color, #1f2328);
    --_muted: var(--frise-muted-color, #57606a);
    --_surface: var(--frise-surface-color, #ffffff);
    --_lane-even: var(--frise-lane-background, #f6f8fa);
    --_lane-odd: var(--frise-lane-background-alt, #ffffff);
    --_grid: var(--frise-grid-color, #d0d7de);
    --_label-size: var(--frise-label-font-size, 12px);
    --_confirmed: var(--frise-status-confirmed-color, #1a7f37);
    --_reported: var(--frise-status-reported-color, #0550ae);
    --_denied: var(--frise-status-denied-color, #cf222e);
    --_disputed: var(--frise-status-disputed-color, #9a6700);
    --_unverified: var(--frise-status-unverified-color, #6e7781);
    --_error: var(--frise-error-color, #cf222e);
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-size: 1.05rem;
    font-weight: 600;
    margin: 0 0 0.25rem;
    padding: 0 16px;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.8rem;
    padding: 0 16px;
    margin: 0 0 0.25rem;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font);
  }
  .axis,
  .grid {
    color: var(--_muted);
    font-size: 11px;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-dasharray: 2 3;
  }
  .grid .domain,
  .grid text {
    display: none;
  }
  .lane-band {
    fill: var(--_lane-even);
  }
  .lane:nth-child(even) .lane-band {
    fill: var(--_lane-odd);
  }
  .lane-label {
    font-size: 12px;
    font-weight: 600;
    fill: var(--_text);
  }
  .lane-count {
    font-weight: 400;
    fill: var(--_muted);
  }
  .lane-swatch {
    stroke: var(--_text);
    stroke-width: 0.5;
  }
  .event {
    --_status: var(--_reported);
    cursor: default;
  }
  .event .symbol,
  .event .bar {
    stroke: var(--_status);
    stroke-width: 2;
    fill: var(--_surface);
  }
  .event .bar {
    fill: color-mix(in srgb, var(--_status) 18%, var(--_surface));
  }
  .event .strike {
    stroke: var(--_status);
    stroke-width: 2;
    stroke-linecap: round;
  }
  .event .label {
    font-size: var(--_label-size);
    fill: var(--_text);
  }
  .status-confirmed {
    --_status: var(--_confirmed);
  }
  .status-confirmed .symbol {
    fill: var(--_status);
  }
  .status-confirmed .bar {
    fill: color-mix(in srgb, var(--_status) 55%, var(--_surface));
  }
  .status-reported {
    --_status: var(--_reported);
  }
  .status-denied {
    --_status: var(--_denied);
  }
  .status-denied .label {
    font-style: italic;
  }
  .status-disputed {
    --_status: var(--_disputed);
  }
  .status-disputed .symbol,
  .status-disputed .bar {
    stroke-dasharray: 3 2;
  }
  .status-unverified {
    --_status: var(--_unverified);
  }
  .status-unverified .symbol,
  .status-unverified .bar {
    stroke-dasharray: 1 2.5;
  }
  .issues {
    margin: 0.5rem 16px;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_error);
    background: color-mix(in srgb, var(--_error) 8%, var(--_surface));
    font-size: 0.85rem;
  }
  .issues ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .issues code {
    font-size: 0.8rem;
  }
  .status-line {
    padding: 1rem 16px;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .event .symbol,
    .event .bar,
    .event .strike {
      stroke: CanvasText;
    }
    .status-confirmed .symbol {
      fill: CanvasText;
    }
    .event .label,
    .lane-label {
      fill: CanvasText;
    }
  }
`;
