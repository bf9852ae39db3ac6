import {css, html, nothing, svg, type TemplateResult} from 'lit';
import {ref, type Ref} from 'lit/directives/ref.js';
import type {TimelineLayout} from '../../../layout/compute-layout.js';

/** Height of the overview strip, in px. */
export const OVERVIEW_HEIGHT = 40;
/** Width of one column of the density histogram, in px: narrow enough to show a burst of a few days in a two-year feed. */
const DENSITY_COLUMN_PX = 3;
/** Room above the tallest density column and below the strip's lanes, in px. */
const PAD = 4;

/** How many density columns the overview of a layout has (see densityColumns). */
export function overviewColumns(fit: TimelineLayout): number {
  return Math.max(1, Math.floor((fit.range[1] - fit.range[0]) / DENSITY_COLUMN_PX));
}

/**
 * The whole feed in a strip, for the brush: behind, a histogram of where its events fall (`density`,
 * heights 0..1 of equal columns over the plot, one path); over it, one path per lane (its marks as short
 * dashes, its clusters as bars); on top, the brush's group (`brush`: d3-brush owns what is in it).
 */
export function renderOverview(
  fit: TimelineLayout,
  density: ArrayLike<number>,
  title: string,
  brush: Ref<SVGGElement>,
): TemplateResult {
  const laneIndex = new Map(fit.lanes.map((lane, i) => [lane.key, i]));
  const rowHeight = (OVERVIEW_HEIGHT - 2 * PAD) / Math.max(1, fit.lanes.length);
  const paths = fit.lanes.map(() => '');
  const y = (lane: string) => (PAD + (laneIndex.get(lane) ?? 0) * rowHeight + rowHeight / 2).toFixed(1);
  for (const mark of fit.marks) {
    const i = laneIndex.get(mark.lane) ?? 0;
    paths[i] += `M${mark.x.toFixed(1)},${y(mark.lane)}H${Math.max(mark.x2, mark.x + 1.5).toFixed(1)}`;
  }
  for (const cluster of fit.clusters) {
    const i = laneIndex.get(cluster.lane) ?? 0;
    paths[i] += `M${cluster.x1.toFixed(1)},${y(cluster.lane)}H${Math.max(cluster.x2 - 1, cluster.x1 + 1).toFixed(1)}`;
  }
  return html`
    <svg part="overview" class="overview" width=${fit.width} height=${OVERVIEW_HEIGHT} aria-hidden="true">
      <title>${title}</title>
      <rect class="overview-band" x=${fit.range[0]} y="0" width=${fit.range[1] - fit.range[0]} height=${OVERVIEW_HEIGHT} rx="4"></rect>
      <path part="overview-density" class="overview-density" d=${densityPath(density, fit.range, OVERVIEW_HEIGHT, PAD)}></path>
      ${fit.lanes.map((lane, i) => svg`<path class="overview-tick" d=${paths[i] || 'M0,0'} stroke=${lane.color ?? nothing}></path>`)}
      <g ${ref(brush)} class="brush"></g>
    </svg>
  `;
}

/**
 * The histogram as one closed step outline along the strip's bottom: one element whatever the number of
 * columns, and flat stretches cost nothing.
 */
export function densityPath(
  heights: ArrayLike<number>,
  range: readonly [number, number],
  height: number,
  pad: number,
): string {
  const n = heights.length;
  if (n === 0) return 'M0,0';
  const step = (range[1] - range[0]) / n;
  const bottom = height;
  const top = (h: number) => (bottom - h * (height - pad)).toFixed(1);
  let d = `M${range[0].toFixed(1)},${bottom}`;
  let last = '';
  for (let i = 0; i < n; i++) {
    const y = top(heights[i]!);
    if (y !== last) d += `V${y}`;
    last = y;
    // the next column's left edge: written only where the height changes
    if (i === n - 1 || top(heights[i + 1]!) !== y) d += `H${(range[0] + (i + 1) * step).toFixed(1)}`;
  }
  return `${d}V${bottom}Z`;
}

/** Styles of the overview strip (the brush's selection and handles included). */
export const overviewStyles = css`
  .overview {
    display: block;
    margin-top: 4px;
  }
  .overview-band {
    fill: var(--_lane-even);
  }
  /* where events concentrate: a quiet tint behind the lanes' dashes, which stay the strip's subject */
  .overview-density {
    fill: color-mix(in srgb, var(--_muted) 30%, transparent);
    stroke: color-mix(in srgb, var(--_muted) 60%, transparent);
    stroke-width: 0.75;
  }
  .overview-tick {
    stroke-width: 1.5;
  }
  .overview-tick:not([stroke]) {
    stroke: var(--_muted);
  }
  .overview .selection {
    fill: var(--_focus);
    fill-opacity: 0.15;
    stroke: var(--_focus);
  }
  .overview .handle {
    fill: var(--_focus);
    fill-opacity: 0.5;
  }
  @media (forced-colors: active) {
    .overview-band {
      fill: Canvas;
      stroke: GrayText;
    }
    .overview .selection {
      fill: Highlight;
      fill-opacity: 0.3;
      stroke: Highlight;
    }
    .overview .handle {
      fill: Highlight;
    }
    .overview-density {
      fill: Canvas;
      stroke: CanvasText;
    }
    .overview-tick {
      stroke: CanvasText;
    }
  }
`;
