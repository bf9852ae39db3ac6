import {css} from 'lit';
import {relationClassStyles, statusClassStyles, themeTokens, visuallyHiddenStyles} from '../../styles/tokens.js';
import {feedStatusStyles} from '../shared/problems.js';

export const timelineStyles = [
  themeTokens,
  relationClassStyles,
  statusClassStyles,
  visuallyHiddenStyles,
  feedStatusStyles,
  css`
    :host {
      /* 12 px at the browser's default text size, and larger with the reader's: never smaller than 12 px
         (a page that sets a small root font for its own layout does not shrink the chart) */
      --_label-size: var(--frise-label-font-size, max(12px, 0.75rem));
      --_small-size: calc(var(--_label-size) * 11 / 12);
      --_panel-width: var(--frise-panel-width, 340px);
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
    .frame {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 16px;
    }
    .frame.side {
      grid-template-columns: minmax(0, 1fr) var(--_panel-width);
    }
    .main {
      min-width: 0;
    }
    frise-list {
      display: block;
      max-width: 100%;
    }
    .panel {
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: 0;
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
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      padding: 4px 16px;
    }
    .toolbar button {
      min-width: 32px;
      min-height: 32px;
      padding: 0 10px;
      font: inherit;
      font-size: 0.85rem;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_grid);
      border-radius: 6px;
      cursor: pointer;
    }
    .toolbar button:hover {
      background: var(--_lane-even);
    }
    .toolbar button:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .toolbar .range {
      color: var(--_muted);
      font-size: 0.8rem;
      margin-inline-start: auto;
    }
    .chart-box {
      position: relative;
      touch-action: none;
    }
    /* the events beyond each edge of the view: over the axis, at the edge they lie past */
    .beyond {
      position: absolute;
      top: 2px;
      z-index: 1;
      min-height: 24px;
      padding: 0 8px;
      font: inherit;
      font-size: 0.75rem;
      font-variant-numeric: tabular-nums;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_grid);
      border-radius: 12px;
      cursor: pointer;
      white-space: nowrap;
    }
    /* time runs with the reading direction: earlier events lie at the inline start */
    .beyond.earlier {
      inset-inline-start: 4px;
    }
    .beyond.later {
      inset-inline-end: 4px;
    }
    .beyond:hover {
      background: var(--_lane-even);
    }
    .beyond:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    /* a cluster opened into its events (at the deepest zoom) */
    .cluster-list {
      position: absolute;
      z-index: 2;
      width: 280px;
      max-height: 260px;
      overflow: auto;
      box-sizing: border-box;
      padding: 6px;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_grid);
      border-radius: 8px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.18);
      font-size: 0.8rem;
    }
    .cluster-list-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 6px;
    }
    .cluster-list-title,
    .cluster-list-more {
      margin: 2px 4px;
      color: var(--_muted);
    }
    .cluster-list ul {
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
    }
    .cluster-list button {
      font: inherit;
      color: inherit;
      background: none;
      border: 1px solid transparent;
      border-radius: 4px;
      cursor: pointer;
    }
    .cluster-list-item {
      display: block;
      width: 100%;
      min-height: 28px;
      padding: 2px 6px;
      text-align: start;
    }
    .cluster-list button:hover {
      background: var(--_lane-even);
    }
    .cluster-list button:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
    }
    .cluster-list-close {
      min-width: 28px;
      min-height: 28px;
      font-size: 1rem;
    }
    .chart-box:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
    }
    svg {
      display: block;
      font-family: var(--_font);
      user-select: none;
      -webkit-user-select: none;
    }
    svg.chart {
      cursor: grab;
    }
    /* set in the label font, out of sight: its size tells the chart when the reader's text size changes */
    .text-probe {
      position: absolute;
      top: 0;
      inset-inline-start: 0;
      visibility: hidden;
      pointer-events: none;
      white-space: nowrap;
      font-size: var(--_label-size);
      font-family: var(--_font);
    }
    svg.chart:active {
      cursor: grabbing;
    }
    .axis,
    .grid {
      color: var(--_muted);
      font-size: var(--_small-size);
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
      font-size: var(--_label-size);
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
    /* the default status colour: any .status-* class (a single class) wins over it */
    :where(.event) {
      --_status: var(--_reported);
    }
    .event {
      cursor: pointer;
      outline: none;
    }
    .event .symbol,
    .event .bar {
      stroke: var(--_status);
      stroke-width: 2;
      fill: var(--_surface);
    }
    .event .bar {
      fill: color-mix(in srgb, var(--_status) 22%, var(--_surface));
    }
    /* the interval an imprecise date may fall in: a tint, and a dotted outline in the status colour
       (3:1 or more against the lanes) so that it does not rest on a faint colour alone */
    .event .span {
      fill: color-mix(in srgb, var(--_status) 22%, transparent);
      stroke: var(--_status);
      stroke-width: 1;
      stroke-dasharray: 1 2;
    }
    /* a bar's imprecise ends fade out (CSS masks on the element's own box: an SVG mask="url(#…)" would
       keep a removed chart alive in the browser's style cache) */
    .fade-start {
      mask-image: linear-gradient(to right, rgb(0 0 0 / 0.15), #000 15%);
    }
    .fade-end {
      mask-image: linear-gradient(to right, #000 85%, rgb(0 0 0 / 0.15));
    }
    .fade-both {
      mask-image: linear-gradient(to right, rgb(0 0 0 / 0.1), #000 30%, #000 70%, rgb(0 0 0 / 0.1));
    }
    .event .strike {
      fill: none;
      stroke: var(--_status);
      stroke-width: 2;
      stroke-linecap: round;
    }
    .event .label {
      font-size: var(--_label-size);
      fill: var(--_text);
    }
    .event .label.revealed {
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 4px;
      stroke-linejoin: round;
      font-weight: 600;
    }
    /* the hovered or focused event's whole title, over its neighbours */
    .full-title {
      pointer-events: none;
    }
    .full-title-back {
      fill: var(--_surface);
      stroke: var(--_grid);
    }
    .full-title-text {
      font-size: var(--_label-size);
      font-weight: 600;
      fill: var(--_text);
    }
    /* a 24 × 24 px target around every mark, however small its symbol */
    .event .hit {
      fill: transparent;
      stroke: none;
    }
    .event .mark {
      outline: none;
    }
    .event .mark:focus-visible .focus-ring {
      stroke: var(--_focus);
      stroke-width: 2.5;
    }
    .event.selected .focus-ring {
      stroke: var(--_text);
      stroke-width: 2;
      stroke-dasharray: 3 2;
    }
    .event.selected .label {
      font-weight: 700;
    }
    .event.dimmed {
      opacity: 0.25;
    }
    .event.match .label {
      font-weight: 700;
    }
    .status-confirmed .symbol {
      fill: var(--_status);
    }
    .status-confirmed .bar {
      fill: color-mix(in srgb, var(--_status) 55%, var(--_surface));
    }
    .status-denied .label {
      font-style: italic;
    }
    .status-disputed .symbol,
    .status-disputed .bar {
      stroke-dasharray: 3 2;
    }
    .status-unverified .symbol,
    .status-unverified .bar {
      stroke-dasharray: 1 2.5;
    }
    .link {
      fill: none;
      stroke: var(--_relation-color);
      stroke-width: 1.5;
      stroke-dasharray: var(--_relation-dash);
      pointer-events: visibleStroke;
    }
    .link.active {
      stroke-width: 2;
    }
    /* while relations are drawn, labels keep a halo of the background: a line never hides their text */
    .chart.relating .event .label {
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    /* the relation's name on its line, over a halo of the background so the line never hides it */
    .link-label {
      font-size: var(--_small-size);
      font-weight: 600;
      fill: var(--_relation-color);
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 4px;
      stroke-linejoin: round;
      pointer-events: none;
    }
    .arrow {
      fill: var(--_relation-color, var(--_muted));
      stroke: none;
    }
    .arrow.group-contest { --_relation-color: var(--_relation-contest); }
    .arrow.group-support { --_relation-color: var(--_relation-support); }
    .arrow.group-legal { --_relation-color: var(--_relation-legal); }
    .arrow.group-response { --_relation-color: var(--_relation-response); }
    .arrow.group-structure { --_relation-color: var(--_relation-structure); }
    .issues {
      margin: 0.5rem 16px;
    }
    .loading-line {
      padding: 1rem 16px;
    }
    .status-line {
      padding: 1rem 16px;
      color: var(--_muted);
    }
    /*
     * Bidirectional feed text is isolated from what surrounds it. Chart text keeps a left-to-right base
     * so text-anchor keeps the geometry the layout measured; right-to-left runs still read in order.
     */
    .label,
    .lane-label,
    .cluster-count {
      direction: ltr;
      unicode-bidi: isolate;
    }
    figcaption {
      unicode-bidi: plaintext;
    }
    /*
     * Right-to-left pages: time runs from right to left. The charts are mirrored as a whole (so zoom,
     * drag and brush keep working in the mirrored space, d3 reads pointers through the CTM), and every
     * text is mirrored back in place so it reads normally.
     */
    :host(:dir(rtl)) svg.chart,
    :host(:dir(rtl)) svg.overview {
      transform: scaleX(-1);
    }
    :host(:dir(rtl)) svg text {
      transform: scaleX(-1);
      transform-box: fill-box;
      transform-origin: center;
    }

    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
        animation: none !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      .event .symbol,
      .event .bar,
      .event .strike,
      .link {
        stroke: CanvasText;
      }
      .arrow {
        fill: CanvasText;
      }
      .status-confirmed .symbol {
        fill: CanvasText;
      }
      .link-label {
        fill: CanvasText;
        stroke: Canvas;
      }
      .event .label,
      .lane-label,
      .full-title-text {
        fill: CanvasText;
      }
      /* SVG paints are not forced by the browser: bands, bars and spans take system colours here */
      .lane-band,
      .lane:nth-child(even) .lane-band {
        fill: Canvas;
        stroke: GrayText;
        stroke-width: 1;
      }
      .event .bar,
      .full-title-back {
        fill: Canvas;
      }
      .status-confirmed .bar {
        fill: GrayText;
      }
      .event .span {
        fill: none;
        stroke: CanvasText;
      }
      .grid line {
        stroke: GrayText;
      }
      .full-title-back {
        stroke: CanvasText;
      }
      .event .mark {
      outline: none;
    }
    .event .mark:focus-visible .focus-ring {
        stroke: Highlight;
      }
    }
  `,
  // on paper: the chart at the page's width, without the controls, then every event with its sources
  css`
    @media print {
      .toolbar,
      .overview,
      .beyond,
      .panel,
      .cluster-list,
      .full-title,
      .full-title-back {
        display: none !important;
      }
      .frame,
      .frame.side {
        display: block;
      }
      .chart-box {
        overflow: visible;
      }
      svg.chart {
        width: 100%;
        height: auto;
        break-inside: avoid;
      }
      .print-list {
        display: block;
        margin-block-start: 1.5rem;
      }
    }
  `,
];
