import {css, svg, type SVGTemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {ClusterLayout} from '../../../layout/compute-layout.js';
import {clusterMix} from '../../../layout/cluster-mix.js';
import {MIN_BIN_PX} from '../../../layout/clusters.js';
import {kindSymbol, parseSymbol, placeSymbol, type SymbolCommands} from '../../../layout/symbols.js';
import {UNSPECIFIED} from '../../../model/types.js';
import {formatResolvedDate} from '../../../i18n/format-date.js';
import {formatList, formatNumber} from '../../../i18n/localize.js';
import type {UiStrings} from '../../../i18n/strings.js';
import type {CountView} from './placement.js';

/** The clusters a scene draws, and how its level's px become chart units (the zoomed group scales them across). */
export interface ClusterScene {
  clusters: readonly ClusterLayout[];
  units: (levelPx: number) => number;
  /** Base px where chart units start (units depends on it and on the level, nothing else). */
  origin: number;
  /** Drawn while a gesture moves the view: the bars only, no focusable targets. */
  moving: boolean;
}

export interface ClusterCallbacks {
  /** A cluster's accessible name (see ClusterLabels). */
  label: (cluster: ClusterLayout) => string;
  /** Click or Enter on a cluster (the target carries `data-cluster`, `data-start` and `data-end`). */
  onActivate: (event: Event) => void;
  onKey: (event: KeyboardEvent) => void;
}

/** Room kept free above and below a cluster's bar in its lane, in px. */
const BAR_INSET = 2;
/** Room between two statuses of a bar, in px: the lane's background shows through. */
const SEGMENT_GAP = 1;
/** Least height of a status present in a cluster, in px (where the bar has room for it: see statusSegments). */
const MIN_SEGMENT_PX = 4;
/** Radius of the main kind's symbol drawn above a cluster's count, and the least bar height that has room for both. */
const KIND_RADIUS = 5;
const KIND_ROOM = 46;
/** How far above the count's centre the kind's symbol sits, in px. */
const KIND_ABOVE = 14;

/** One cluster's share of the bars' paths (by lane and status) and of the kinds' path, in chart units. */
interface ClusterDrawing {
  /** The level and chart origin it was drawn for. */
  level: number;
  origin: number;
  bars: Array<[key: string, lane: string, status: string, d: string]>;
  kind: string;
}

/**
 * Each cluster's drawing, made once and kept with its cluster: while a gesture pans across a level, every
 * rebuilt scene meets most of its clusters again, and working out their mixes and symbols was most of
 * the script of such a frame. Owned by one timeline; a cluster's entry goes with its layout.
 */
export class ClusterPaths {
  private readonly drawn = new WeakMap<ClusterLayout, ClusterDrawing>();
  private readonly symbols = new Map<string, SymbolCommands>();

  of(cluster: ClusterLayout, scene: ClusterScene, level: number): ClusterDrawing {
    const known = this.drawn.get(cluster);
    if (known?.level === level && known.origin === scene.origin) return known;
    // a 1 px gap between neighbouring bars, at least 1 px on screen at any zoom of this level
    const gap = 1 / level;
    // numbers written to a hundredth of a screen px at this level (a power of ten, so they print short):
    // the paths of a wide view ran to 160,000 characters that the browser parsed on every rebuilt scene
    const qx = 10 ** Math.ceil(Math.log10(100 * level));
    const rx = (value: number) => Math.round(value * qx) / qx;
    const ry = (value: number) => Math.round(value * 100) / 100;
    const x = rx(scene.units(cluster.x1) + gap);
    const w = rx(Math.max(gap, (cluster.x2 - cluster.x1) / level - 2 * gap));
    const top = cluster.y + BAR_INSET;
    const height = cluster.height - 2 * BAR_INSET;
    const mix = clusterMix(cluster.kinds, cluster.statuses, MIN_SEGMENT_PX / height);
    const bars: ClusterDrawing['bars'] = mix.segments.map((segment, i) => {
      const y = ry(top + segment.offset * height);
      const h = ry(Math.max(1, segment.size * height - (i < mix.segments.length - 1 ? SEGMENT_GAP : 0)));
      let d = `M${x},${y}h${w}v${h}h${-w}Z`;
      // the denied share struck through, corner to corner, as a denied mark is
      if (segment.status === 'denied') d += `M${x},${ry(y + h)}L${rx(x + w)},${y}`;
      return [`${cluster.lane}|${segment.status}`, cluster.lane, segment.status, d];
    });
    let kind = '';
    if (mix.dominantKind !== UNSPECIFIED && cluster.x2 - cluster.x1 >= MIN_BIN_PX && cluster.height >= KIND_ROOM) {
      let symbol = this.symbols.get(mix.dominantKind);
      if (!symbol)
        this.symbols.set(mix.dominantKind, (symbol = parseSymbol(kindSymbol(mix.dominantKind, KIND_RADIUS))));
      kind = placeSymbol(
        symbol,
        scene.units((cluster.x1 + cluster.x2) / 2),
        cluster.y + cluster.height / 2 - KIND_ABOVE,
        1 / level,
        qx,
      );
    }
    const drawing = {level, origin: scene.origin, bars, kind};
    this.drawn.set(cluster, drawing);
    return drawing;
  }
}

/**
 * The clusters of a scene, in chart units inside the zoomed group: each cluster is a stacked bar of its
 * statuses (see statusSegments: in the legend's order, coloured and outlined as the marks are, a denied
 * share struck through), with the symbol of its main kind above its count where it has room for both.
 * Elements stay few whatever the number of clusters: one path per lane and status, one path for every
 * kind symbol, and the focusable targets (one per cluster, the only per-cluster elements; none in a
 * scene made while a gesture moves the view).
 */
export function renderClusters(
  scene: ClusterScene,
  level: number,
  callbacks: ClusterCallbacks,
  drawings: ClusterPaths,
): SVGTemplateResult {
  const paths = new Map<string, {lane: string; status: string; d: string}>();
  let kinds = '';
  for (const cluster of scene.clusters) {
    const drawing = drawings.of(cluster, scene, level);
    for (const [key, lane, status, d] of drawing.bars) {
      const path = paths.get(key);
      if (path) path.d += d;
      else paths.set(key, {lane, status, d});
    }
    kinds += drawing.kind;
  }
  return svg`
    <g class="clusters" aria-hidden="true">
      ${repeat(
        [...paths],
        ([key]) => key,
        ([, path]) => svg`<path class="cluster-segments status-${path.status}" data-lane=${path.lane}
        data-status=${path.status} d=${path.d}></path>`,
      )}
      <path class="cluster-kinds" d=${kinds || 'M0,0'}></path>
    </g>
    <g class="cluster-targets" @click=${callbacks.onActivate} @keydown=${callbacks.onKey}>
      ${repeat(
        scene.moving ? [] : scene.clusters,
        (cluster) => cluster.key,
        (cluster) => renderClusterTarget(cluster, scene, level, callbacks.label(cluster)),
      )}
    </g>`;
}

/** The focusable button over a cluster: transparent, it takes the focus ring. */
function renderClusterTarget(
  cluster: ClusterLayout,
  scene: ClusterScene,
  level: number,
  label: string,
): SVGTemplateResult {
  return svg`<rect part="cluster" class="cluster status-${cluster.statuses[0]?.[0] ?? UNSPECIFIED}" data-cluster=${cluster.key}
      data-start=${cluster.start} data-end=${cluster.end} tabindex="-1" role="button" aria-label=${label}
      x=${scene.units(cluster.x1)} y=${cluster.y} width=${(cluster.x2 - cluster.x1) / level} height=${cluster.height}></rect>`;
}

/** Counts on the clusters wide enough to hold one, in the language's digits; ScenePlacement positions them (they keep their size). */
export function renderClusterCounts(counts: readonly CountView[], language: string): SVGTemplateResult {
  // a bare text moved by its x: no transform per count (each would be a paint chunk of its own)
  return svg`${repeat(
    counts,
    (count) => count.key,
    (count) => svg`<text class="cluster-count" data-cluster=${count.key}
    y=${count.y} dy="0.35em" text-anchor="middle">${formatNumber(language, count.count)}</text>`,
  )}`;
}

/** The precision a cluster's period is said with: its calendar unit's. */
export function clusterPrecision(unit: string): 'day' | 'week' | 'month' | 'year' {
  if (unit === 'hour' || unit === 'day') return 'day';
  if (unit === 'week') return 'week';
  if (unit === 'month' || unit === 'quarter') return 'month';
  return 'year';
}

/**
 * Clusters' accessible names, made once per language and cluster: a zoom level change makes hundreds
 * of targets, and Intl is too slow to run for each of them on every level.
 */
export class ClusterLabels {
  private readonly labels = new Map<string, string>();

  /** e.g. "1,234 events, October 2024: 60% confirmed, 30% reported, and 10% denied; mostly military. Press Enter to zoom in." */
  get(cluster: ClusterLayout, language: string, strings: UiStrings): string {
    const key = `${language}|${cluster.key}|${cluster.count}|${cluster.statuses.join()}`;
    let label = this.labels.get(key);
    if (label === undefined) {
      const period = formatResolvedDate(
        {
          start: cluster.start,
          end: cluster.end,
          precision: clusterPrecision(cluster.unit),
          approximate: false,
          relative: false,
          verified: true,
        },
        language,
      );
      const kind = cluster.kinds[0]?.[0] ?? UNSPECIFIED;
      // a status that is not said is named only beside others ("12% status not given"), never alone
      const said = cluster.statuses.some(([status]) => status !== UNSPECIFIED);
      const total = cluster.statuses.reduce((sum, [, count]) => sum + count, 0);
      const shares = said
        ? formatList(
            language,
            cluster.statuses.map(([status, count]) => strings.statusShare(count / total, status)),
          )
        : '';
      label = strings.clusterLabel(cluster.count, period, shares, kind === UNSPECIFIED ? '' : strings.kinds[kind]);
      if (this.labels.size > 20_000) this.labels.clear();
      this.labels.set(key, label);
    }
    return label;
  }
}

/** Styles of the clusters' bars, kind symbols, targets and counts. */
export const clusterStyles = css`
  /* bars and targets are drawn in chart units inside a scaled group: their outlines must not scale */
  .cluster-segments,
  .cluster-kinds,
  .cluster {
    vector-effect: non-scaling-stroke;
  }
  /* each status as its marks are drawn: a tint of its colour outlined in it, confirmed filled deeper,
     disputed dashed, unverified dotted, denied struck through (the strike is part of its path) */
  .cluster-segments {
    fill: color-mix(in srgb, var(--_status) 16%, var(--_surface));
    stroke: var(--_status);
    stroke-width: 1;
  }
  .cluster-segments.status-confirmed {
    fill: color-mix(in srgb, var(--_status) 42%, var(--_surface));
  }
  .cluster-segments.status-disputed {
    stroke-dasharray: 3 2;
  }
  .cluster-segments.status-unverified {
    stroke-dasharray: 1 2;
  }
  /* the main kind's glyph in the neutral grey of the legend's kind toggles, so it never reads as a status */
  .cluster-kinds {
    fill: color-mix(in srgb, var(--_text) 22%, var(--_surface));
    stroke: var(--_text);
    stroke-width: 1.25;
    stroke-linejoin: round;
  }
  .cluster {
    cursor: zoom-in;
    outline: none;
    fill: transparent;
  }
  .cluster:focus-visible {
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  /* over the bar's colours: a halo of the background keeps the number readable */
  .cluster-count {
    font-size: var(--_small-size, 11px);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .cluster-segments,
    .cluster-kinds {
      fill: Canvas;
      stroke: CanvasText;
    }
    .cluster-segments.status-confirmed {
      fill: CanvasText;
    }
    .cluster-count {
      fill: CanvasText;
      stroke: Canvas;
    }
    .cluster:focus-visible {
      stroke: Highlight;
    }
  }
`;
