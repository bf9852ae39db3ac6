import {svg, nothing, type SVGTemplateResult} from 'lit';
import type {MarkLayout} from '../../../layout/compute-layout.js';
import {kindSymbol} from '../../../layout/symbols.js';

export interface MarkView {
  mark: MarkLayout;
  /** Screen x of the mark's start (point centre or bar start) and of the bar end. */
  sx: number;
  sx2: number;
  /** Screen span of an imprecise point, if any. */
  span?: {sx1: number; sx2: number};
  /** Screen x of the label's anchor. */
  labelX: number;
  showLabel: boolean;
  selected: boolean;
  related: boolean;
  match: boolean;
  dimmed: boolean;
  tabIndex: number;
  accessibleName: string;
  textLanguage: string;
}

export interface MarkMetrics {
  markRadius: number;
  rangeHeight: number;
}

/** One event: soft span or bar, kind symbol, status strike, focus ring and label. */
export function renderMark(view: MarkView, m: MarkMetrics): SVGTemplateResult {
  const {mark} = view;
  const r = m.markRadius;
  const h = m.rangeHeight;
  const classes = [
    'event', `kind-${mark.kind}`, `status-${mark.status}`, mark.isRange ? 'range' : '', view.selected ? 'selected' : '',
    view.related ? 'related' : '', view.match ? 'match' : '', view.dimmed ? 'dimmed' : '', mark.label.visible ? '' : 'label-gave-way',
  ].filter(Boolean).join(' ');
  // the focusable button holds the shapes only: its accessible name carries the full title, date, kind and
  // status, and a shortened visible label inside it would not match that name
  return svg`
    <g part="event" class=${classes} data-event-id=${mark.id} data-kind=${mark.kind} data-status=${mark.status}
      data-lane=${mark.lane} transform="translate(${view.sx} ${mark.y})">
      <g class="mark" tabindex=${view.tabIndex} role="button" aria-pressed=${view.selected ? 'true' : 'false'} aria-label=${view.accessibleName}>
        ${view.span ? svg`<rect class="span" x=${view.span.sx1 - view.sx} y=${-h / 2 - 2} width=${Math.max(1, view.span.sx2 - view.span.sx1)} height=${h + 4} rx="3" mask="url(#fade-both)"></rect>` : nothing}
        ${mark.isRange ? svg`<rect class="bar" x="0" y=${-h / 2} width=${Math.max(1, view.sx2 - view.sx)} height=${h} rx="3" mask=${mark.fade === 'none' ? nothing : `url(#fade-${mark.fade})`}></rect>` : nothing}
        <circle class="hit focus-ring" r=${Math.max(12, r + 5)}></circle>
        <path class="symbol" d=${kindSymbol(mark.kind, r)}></path>
        ${mark.status === 'denied' ? svg`<path class="strike" d="M${-r - 2},${r + 2}L${r + 2},${-r - 2}"></path>` : nothing}
      </g>
      ${view.showLabel ? svg`<text part="event-label label" aria-hidden="true" class="label${mark.label.visible ? '' : ' revealed'}" lang=${view.textLanguage}
        x=${view.labelX - view.sx} y="0" dy="0.35em" text-anchor=${mark.label.anchor}>${mark.label.text}</text>` : nothing}
    </g>`;
}

/** Masks that fade a bar's imprecise ends (objectBoundingBox units, so one mask fits every bar). */
export function renderFadeMasks(): SVGTemplateResult {
  const fades = ['start', 'end', 'both'];
  return svg`${fades.map((name) => svg`
    <linearGradient id="fade-gradient-${name}" x1="0" x2="1" y1="0" y2="0">
      ${name === 'start' ? svg`<stop offset="0" stop-color="white" stop-opacity="0.15"></stop><stop offset="0.15" stop-color="white" stop-opacity="1"></stop><stop offset="1" stop-color="white" stop-opacity="1"></stop>` : nothing}
      ${name === 'end' ? svg`<stop offset="0" stop-color="white" stop-opacity="1"></stop><stop offset="0.85" stop-color="white" stop-opacity="1"></stop><stop offset="1" stop-color="white" stop-opacity="0.15"></stop>` : nothing}
      ${name === 'both' ? svg`<stop offset="0" stop-color="white" stop-opacity="0.1"></stop><stop offset="0.3" stop-color="white" stop-opacity="1"></stop><stop offset="0.7" stop-color="white" stop-opacity="1"></stop><stop offset="1" stop-color="white" stop-opacity="0.1"></stop>` : nothing}
    </linearGradient>
    <mask id="fade-${name}" maskContentUnits="objectBoundingBox">
      <rect width="1" height="1" fill="url(#fade-gradient-${name})"></rect>
    </mask>`)}`;
}
