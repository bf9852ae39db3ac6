import {css} from 'lit';
import {statusClassStyles, themeTokens, visuallyHiddenStyles} from '../../styles/tokens.js';
import {feedStatusStyles} from '../shared/problems.js';

/**
 * The shared tokens (`themeTokens`: light and dark defaults, `theme` forcing one), then the card's own:
 * its surface, border, padding and link colour, and lighter dark-scheme blue and red so that text
 * meets WCAG AA (4.5:1) on the card background and on the tinted badge in both schemes.
 */
const ownStyles = css`
  :host {
    --_bg: var(--frise-card-background, light-dark(#ffffff, #161b22));
    --_border: var(--frise-card-border-color, light-dark(#d0d7de, #3d444d));
    --_padding: var(--frise-card-padding, 16px);
    --_link: var(--frise-link-color, light-dark(#0969da, #4493f8));
    --_reported: var(--frise-status-reported-color, light-dark(#0550ae, #58a6ff));
    --_denied: var(--frise-status-denied-color, light-dark(#cf222e, #ff7b72));
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    font-size: 0.9375rem;
    line-height: 1.45;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }

  /* a card without a status class reads as reported; zero specificity lets .status-* decide */
  :where(.card) { --_status: var(--_reported); }

  .hint {
    margin: 0;
    padding: var(--_padding);
    color: var(--_muted);
    /* the hint has its own surface: an empty card stays readable on any page background */
    background: var(--_bg);
    font-style: italic;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    box-sizing: border-box;
    padding: var(--_padding);
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_status);
    border-radius: 8px;
    overflow-wrap: break-word;
  }
  .card > * {
    margin: 0;
  }

  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .title {
    flex: 1;
    margin: 0;
    font-size: 1.15rem;
    line-height: 1.3;
    font-weight: 650;
  }
  .close {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 32px;
    height: 32px;
    margin: -4px -6px 0 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .close:hover {
    color: var(--_text);
    background: color-mix(in srgb, var(--_text) 8%, var(--_bg));
  }
  .close svg {
    width: 16px;
    height: 16px;
  }

  .date {
    font-weight: 600;
  }
  .wording {
    font-weight: 400;
  }
  .wording-note,
  .unverified-date {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .unverified-date {
    display: inline-block;
    font-style: italic;
  }
  .unverified-date::before {
    content: '· ';
    font-style: normal;
  }

  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .kind {
    color: var(--_muted);
    font-size: 0.85rem;
    text-transform: lowercase;
  }
  .kind::first-letter {
    text-transform: uppercase;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 1px 8px 1px 6px;
    border: 1.5px solid var(--_status);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_status) 12%, var(--_bg));
    color: var(--_text);
    font-size: 0.8rem;
    font-weight: 600;
    line-height: 1.5;
  }
  .badge.status-disputed {
    border-style: dashed;
  }
  .badge.status-unverified {
    border-style: dotted;
  }
  .badge.status-reported,
  .badge.status-denied {
    background: var(--_bg);
  }

  .icon {
    flex: none;
    width: 14px;
    height: 14px;
    overflow: visible;
    color: var(--_status);
  }
  .icon .ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
  }
  .icon .fill {
    fill: currentColor;
  }
  .icon .check {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 1.9;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon .strike {
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
  }
  .icon .dashed {
    stroke-dasharray: 3.2 2.1;
  }
  .icon .dotted {
    stroke-dasharray: 0.1 3;
    stroke-linecap: round;
    stroke-width: 2.2;
  }

  .updates {
    list-style: none;
    padding: 0;
    margin: -0.25rem 0 0;
    display: grid;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .update {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
  }
  .update .icon {
    position: relative;
    top: 2px;
  }
  .update-status {
    font-weight: 600;
  }
  .update-note {
    color: var(--_muted);
  }

  .attribution {
    color: var(--_muted);
    font-style: italic;
  }

  .summary,
  .notes-text {
    white-space: pre-line;
  }

  .facts {
    display: grid;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dt::after {
    content: ':';
  }
  .facts dt:lang(fr)::after {
    content: '\u202f:';
  }
  .facts dd {
    margin: 0;
  }
  .coordinates {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .label {
    margin: 0 0 0.35rem;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .quotes {
    display: grid;
    gap: 0.75rem;
  }
  .quote {
    margin: 0;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--_status);
  }
  .quote blockquote {
    margin: 0;
    font-size: 1rem;
    font-style: italic;
  }
  .quote blockquote p {
    margin: 0;
  }
  .quote figcaption {
    margin-top: 0.25rem;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .translated {
    font-style: italic;
  }

  .notes {
    padding: 0.6rem 0.75rem;
    border-radius: 6px;
    background: color-mix(in srgb, var(--_text) 5%, var(--_bg));
    font-size: 0.875rem;
  }
  .notes .label {
    margin-bottom: 0.2rem;
  }
  .notes-text {
    margin: 0;
  }

  ul.list {
    margin: 0;
    padding-inline-start: 1.1rem;
    display: grid;
    gap: 0.3rem;
    font-size: 0.875rem;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 2px;
    text-decoration-thickness: 1px;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .external {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-start: 0.2em;
    vertical-align: baseline;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .source-meta {
    color: var(--_muted);
  }

  .image {
    margin: 0;
    display: grid;
    gap: 0.35rem;
  }
  .image img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: 6px;
    background: color-mix(in srgb, var(--_text) 6%, var(--_bg));
  }
  .image img.failed {
    display: none;
  }
  .image-fallback {
    margin: 0;
    display: grid;
    place-items: center;
    min-height: 6rem;
    padding: 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: 6px;
    background: color-mix(in srgb, var(--_text) 4%, var(--_bg));
    color: var(--_muted);
    font-size: 0.875rem;
    text-align: center;
  }
  .image figcaption {
    font-size: 0.85rem;
  }
  .credit {
    color: var(--_muted);
  }

  .related-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .related-button {
    display: grid;
    gap: 0.1rem;
    width: 100%;
    min-height: 24px;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
    text-align: start;
    cursor: pointer;
  }
  .related-button:hover {
    border-color: var(--_link);
    background: color-mix(in srgb, var(--_link) 6%, var(--_bg));
  }
  .relation {
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .related-title {
    font-weight: 600;
  }
  .related-meta {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .related-meta .icon {
    width: 11px;
    height: 11px;
  }
  .relation-note {
    margin: 0.15rem 0 0 10px;
    color: var(--_muted);
    font-size: 0.8rem;
  }

  :focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .related-button:focus-visible,
  .close:focus-visible {
    border-radius: 6px;
  }

  @media (forced-colors: active) {
    .card {
      border-top-color: CanvasText;
    }
    .badge {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    .icon .check {
      stroke: Canvas;
    }
    .related-button,
    .close {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

// on paper a link cannot be followed: its address is printed after it; the close button has nothing to do
const printStyles = css`
  @media print {
    .close,
    .external,
    [part~='copy-link'] {
      display: none !important;
    }
    a[part~='source-link']::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
      color: var(--_muted);
    }
    :host {
      break-inside: avoid;
    }
  }
`;

export const eventCardStyles = [
  themeTokens,
  statusClassStyles,
  visuallyHiddenStyles,
  feedStatusStyles,
  ownStyles,
  printStyles,
];
