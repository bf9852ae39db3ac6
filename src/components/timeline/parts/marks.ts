import {svg, nothing, type SVGTemplateResult} from 'lit';
import type {MarkLayout} from '../../../layout/compute-layout.js';
import {kindSymbol} from '../../../layout/symbols.js';

export interface MarkView {
  mark: MarkLayout;
  /**
   * Chart units: base px (the fit view's) measured from the render origin; the screen x is k × x + tx.
   * The template leaves out everything that depends on k and tx (the mark's position, a bar's width, a
   * span's extent, the position of a label after a bar): `ScenePlacement` sets them on each zoom frame,
   * so a frame writes a few attributes per mark and never re-renders the marks' templates.
   */
  x: number;
  /** Length of a range bar, in chart units (0 for a point). */
  width: number;
  /** Soft span of an imprecise point, from the mark's x, in chart units. */
  span?: {dx: number; width: number};
  /** The label's offset in screen px from the mark (or from the bar's end when `afterBar`). */
  labelDx: number;
  afterBar: boolean;
  showLabel: boolean;
  selected: boolean;
  related: boolean;
  match: boolean;
  dimmed: boolean;
  accessibleName: string;
  textLanguage: string;
}

export interface MarkMetrics {
  markRadius: number;
  rangeHeight: number;
}

/**
 * One event: soft span or bar (stretched with the zoom), then the kind symbol, status strike and focus
 * ring, and the label (which keep their size).
 */
export function renderMark(view: MarkView, m: MarkMetrics): SVGTemplateResult {
  const {mark} = view;
  const r = m.markRadius;
  const h = m.rangeHeight;
  const classes = [
    'event',
    `kind-${mark.kind}`,
    `status-${mark.status}`,
    mark.isRange ? 'range' : '',
    view.selected ? 'selected' : '',
    view.related ? 'related' : '',
    view.match ? 'match' : '',
    view.dimmed ? 'dimmed' : '',
    mark.label.visible ? '' : 'label-gave-way',
  ]
    .filter(Boolean)
    .join(' ');
  // the focusable button holds the symbol only: its accessible name carries the full title, date, kind and
  // status, and a shortened visible label inside it would not match that name
  return svg`
    <g part="event" class=${classes} data-event-id=${mark.id} data-kind=${mark.kind} data-status=${mark.status}
      data-lane=${mark.lane}>
      ${view.span ? svg`<rect class="span fade-both" rx="3" y=${-h / 2 - 2} height=${h + 4}></rect>` : nothing}
      ${mark.isRange ? svg`<rect class="bar${mark.fade === 'none' ? '' : ` fade-${mark.fade}`}" x="0" rx="3" y=${-h / 2} height=${h}></rect>` : nothing}
      <g class="mark" tabindex="-1" role="button" aria-pressed=${view.selected ? 'true' : 'false'} aria-label=${view.accessibleName}>
        <circle class="hit focus-ring" r=${Math.max(12.5, r + 5)}></circle>
        <path class="symbol" d=${kindSymbol(mark.kind, r)}></path>
        ${mark.status === 'denied' ? svg`<path class="strike" d="M${-r - 2},${r + 2}L${r + 2},${-r - 2}"></path>` : nothing}
      </g>
      ${
        view.showLabel
          ? svg`<text part="event-label label" aria-hidden="true" class="label${mark.label.visible ? '' : ' revealed'}${view.afterBar ? ' after-bar' : ''}"
        lang=${view.textLanguage} x=${view.afterBar ? nothing : view.labelDx} y="0" dy="0.35em" text-anchor=${mark.label.anchor}>${mark.label.text}</text>`
          : nothing
      }
    </g>`;
}
