import {css, nothing, svg, type SVGTemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {LaneLayout} from '../../../layout/compute-layout.js';
import {laneHeading, laneSwatch, type LaneBy, type LaneHeadingStrings, type LaneSwatch} from '../../../layout/lanes.js';
import {kindSymbol} from '../../../layout/symbols.js';
import {safeColor} from '../../../model/colors.js';
import {formatNumber} from '../../../i18n/localize.js';

/** What lane headers need besides the lanes: the grouping, the chart's width and the language shown. */
export interface LaneHeaderContext {
  laneBy: LaneBy;
  /** Width of the chart: each lane's band spans it. */
  width: number;
  /** Where headers start, from the chart's leading edge. */
  x: number;
  /** Height of a lane's header (it grows with the text): the name sits on a baseline at 15/22 of it. */
  header: number;
  language: string;
  strings: LaneHeadingStrings;
}

/** Size of a header's swatch, and the room between it and the lane's name. */
const SWATCH = 10;
const SWATCH_GAP = 5;
/** Baseline of the header's text, from the top of its lane, as a share of the header's height. */
const HEADER_BASELINE = 15 / 22;

/**
 * The lanes' bands and headers: each header is a swatch (see laneSwatch: the same as the legend's for
 * the same actor, kind or status) then the lane's name (see laneHeading) and its count of events.
 * Names come from the feed: they are bound as text, never parsed.
 */
export function renderLanes(lanes: readonly LaneLayout[], context: LaneHeaderContext): SVGTemplateResult {
  const {laneBy, width, x, language, strings} = context;
  const baseline = Math.round(context.header * HEADER_BASELINE);
  return svg`${repeat(
    lanes,
    (lane) => lane.key,
    (lane) => svg`
    <g part="lane" class="lane" data-lane=${lane.key}>
      <rect class="lane-band" x="0" y=${lane.y} width=${width} height=${lane.height}></rect>
      ${renderSwatch(laneSwatch(lane, laneBy), x + SWATCH / 2, lane.y + baseline - 4)}
      <text part="lane-label" class="lane-label" x=${x + SWATCH + SWATCH_GAP} y=${lane.y + baseline}><tspan
        class="lane-name" lang=${(laneBy === 'actor' && lane.lang) || nothing}>${laneHeading(lane, laneBy, language, strings)}</tspan><tspan
        class="lane-count"> · ${formatNumber(language, lane.count)}</tspan></text>
    </g>`,
  )}`;
}

/** A swatch centred on (cx, cy); `data-swatch` says which kind of swatch it is. */
function renderSwatch(swatch: LaneSwatch, cx: number, cy: number): SVGTemplateResult {
  const r = SWATCH / 2;
  const at = `translate(${cx} ${cy})`;
  switch (swatch.type) {
    case 'kind':
      // the kind's glyph, neutral like the legend's, so that it never reads as a status
      return svg`<g class="lane-swatch swatch-kind kind-${swatch.kind} status-unspecified" data-swatch="kind" transform=${at}>
        <path class="symbol" d=${kindSymbol(swatch.kind, r)}></path></g>`;
    case 'status':
      // the status drawn on a round mark, as the legend draws it
      return svg`<g class="lane-swatch swatch-status kind-report status-${swatch.status}" data-swatch="status" transform=${at}>
        <path class="symbol" d=${kindSymbol('report', r)}></path>
        ${swatch.status === 'denied' ? svg`<path class="strike" d="M${-r - 1.5},${r + 1.5}L${r + 1.5},${-r - 1.5}"></path>` : nothing}</g>`;
    case 'color': {
      // set as an attribute, never as CSS text, and only once it passed the one colour choke point
      const color = safeColor(swatch.color);
      return svg`<g class="lane-swatch swatch-color" data-swatch="color" transform=${at}>
        <rect x=${-r} y=${-r} width=${SWATCH} height=${SWATCH} rx="2" fill=${color ?? nothing}></rect></g>`;
    }
    default:
      return svg`<g class="lane-swatch swatch-neutral" data-swatch="neutral" transform=${at}>
        <rect x=${-r + 0.5} y=${-r + 0.5} width=${SWATCH - 1} height=${SWATCH - 1} rx="2"></rect></g>`;
  }
}

/** Styles of the lane swatches (bands and names are styled with the rest of the chart). */
export const laneHeaderStyles = css`
  .lane-swatch .symbol,
  .lane-swatch .strike {
    stroke: var(--_status);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  /* low specificity: the chart's .status-confirmed .symbol fills a confirmed mark */
  :where(.lane-swatch) .symbol {
    fill: var(--_surface);
  }
  .lane-swatch .strike {
    fill: none;
    stroke-linecap: round;
  }
  /* kinds: the glyph in the neutral grey of the legend's kind toggles */
  .swatch-kind .symbol {
    fill: color-mix(in srgb, var(--_text) 22%, var(--_surface));
    stroke: var(--_text);
    stroke-width: 1.25;
  }
  .swatch-color rect {
    stroke: var(--_text);
    stroke-width: 0.5;
  }
  /* no value: an empty dashed box, which no actor, kind or status uses */
  .swatch-neutral rect {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 2 1.5;
  }
  @media (forced-colors: active) {
    .lane-swatch .symbol,
    .lane-swatch .strike,
    .swatch-color rect,
    .swatch-neutral rect {
      stroke: CanvasText;
    }
    /* an actor's colour is not a system colour: the swatch is drawn in the text colour, the name says who */
    .swatch-color rect {
      fill: CanvasText;
    }
    .swatch-neutral rect {
      fill: Canvas;
    }
  }
`;
