// The scene: what the chart draws of a layout at a zoom level, in chart units. Pure view logic, no
// DOM: the element decides the window and when to rebuild, renders the scene, and places it per frame.
import type {FriseEvent, FriseFeed} from '../../model/types.js';
import {matchesQuery} from '../../model/filter.js';
import {MIN_BIN_PX} from '../../layout/clusters.js';
import type {ClusterLayout, MarkLayout, TimelineLayout} from '../../layout/compute-layout.js';
import type {MarkView} from './parts/marks.js';
import type {CountView} from './parts/placement.js';
import type {LinkView} from './parts/links.js';

export interface SceneLink {
  u1: number;
  u2: number;
  view: Omit<LinkView, 'x1' | 'x2'>;
}

export interface Scene {
  views: MarkView[];
  /** The views by event id: the next scene reuses those whose drawing has not changed. */
  byId: Map<string, MarkView>;
  links: SceneLink[];
  clusters: ClusterLayout[];
  /** Cluster counts shown, centred on their cluster (chart units). */
  counts: CountView[];
  /** Base px where chart units start. */
  origin: number;
  /** Layout px at the scene's level to chart units. */
  units: (levelPx: number) => number;
  /** Made while a gesture moved the view: its clusters are drawn without targets or counts (see SceneInput). */
  moving: boolean;
}

/** What a scene is made from. */
export interface SceneInput {
  feed: FriseFeed;
  layout: TimelineLayout;
  /** The layout's zoom level: layout px / level = base px. */
  level: number;
  /** Base px where chart units start. */
  origin: number;
  /** The span drawn, in chart units (the view and a margin on each side). */
  from: number;
  to: number;
  selected: string | null;
  hovered: string | null;
  /** The search: matching events are marked, the others dimmed. */
  query: string;
  hiddenRelations: readonly string[];
  markRadius: number;
  /**
   * A gesture is moving the view: the scene is drawn for a frame or two, so it leaves out what costs the
   * most and says nothing to the eye in motion (the clusters' counts and focusable targets, the labels of
   * marks drawn anew); the scene made when the gesture ends has them.
   */
  moving?: boolean;
  /** The accessible name of an event and the language of its title, as drawn in a lane. */
  texts: (event: FriseEvent, lane: string) => {accessibleName: string; textLanguage: string};
}

/**
 * The marks and clusters of a layout that reach into [from, to] (and the nearest mark and cluster beyond
 * each side, drawn off screen, so that the tab stop and the arrows always have an element to land on,
 * even in a gap with nothing in view), the relations of the hovered or selected event, and the counts of
 * clusters wide enough to show one. A mark whose drawing has not changed keeps its view object from
 * `previous`, so its template is skipped.
 */
export function buildScene(input: SceneInput, previous?: Scene): Scene {
  const {feed, layout, level, origin, from, to, selected, query} = input;
  const units = (levelPx: number) => levelPx / level - origin;
  const active = input.hovered ?? selected;
  const beyond = nearestBeyond<MarkLayout | ClusterLayout>(
    [
      ...layout.marks.map((mark) => ({item: mark, x1: units(mark.x), x2: units(mark.x2)})),
      ...layout.clusters.map((cluster) => ({item: cluster, x1: units(cluster.x1), x2: units(cluster.x2)})),
    ],
    from,
    to,
  );
  const views: MarkView[] = [];
  for (const mark of layout.marks) {
    const labelLeft = mark.label.anchor === 'end' ? mark.label.x - mark.label.width : mark.label.x;
    const left = units(Math.min(mark.x, mark.span?.x1 ?? mark.x, labelLeft) - 2 * input.markRadius);
    const right = units(
      Math.max(mark.x2, mark.span?.x2 ?? mark.x2, labelLeft + mark.label.width) + 2 * input.markRadius,
    );
    if ((right < from || left > to) && !beyond.has(mark)) continue;
    const event = feed.eventById.get(mark.id);
    if (!event) continue;
    const afterBar = mark.isRange && mark.label.anchor === 'start' && mark.label.x >= mark.x2;
    const x = units(mark.x);
    const isSelected = mark.id === selected;
    const before = previous?.byId.get(mark.id);
    // while a gesture moves the view, a mark drawn anew comes without its label (SVG text is the dearest
    // element to lay out), one already drawn keeps what it had; the scene made when the gesture ends has
    // every label the layout shows
    const showLabel =
      mark.id === active ||
      isSelected ||
      (input.moving ? before?.mark === mark && before.showLabel : mark.label.visible);
    const match = query !== '' && matchesQuery(event, query, feed);
    const dimmed = query !== '' && !match;
    const text = input.texts(event, mark.lane);
    if (
      before &&
      before.mark === mark &&
      before.x === x &&
      before.showLabel === showLabel &&
      before.selected === isSelected &&
      before.match === match &&
      before.dimmed === dimmed &&
      before.accessibleName === text.accessibleName &&
      before.textLanguage === text.textLanguage
    ) {
      views.push(before);
      continue;
    }
    const view: MarkView = {
      mark,
      x,
      width: (mark.x2 - mark.x) / level,
      labelDx: afterBar ? mark.label.x - mark.x2 : mark.label.x - mark.x,
      afterBar,
      showLabel,
      selected: isSelected,
      related: before?.mark === mark ? before.related : false,
      match,
      dimmed,
      ...text,
    };
    if (mark.span) view.span = {dx: (mark.span.x1 - mark.x) / level, width: (mark.span.x2 - mark.span.x1) / level};
    views.push(view);
  }

  // at rest the chart shows events, not a web of lines over their labels: an event's relations draw
  // when it is hovered, focused or selected (the card and the list say them all)
  const links: SceneLink[] = [];
  const relatedToActive = new Set<string>();
  if (active !== null) {
    const hidden = new Set(input.hiddenRelations);
    const marksById = new Map(layout.marks.map((mark) => [mark.id, mark]));
    for (const mark of layout.marks) {
      const event = feed.eventById.get(mark.id);
      if (!event) continue;
      for (const relation of event.relations) {
        if (hidden.has(relation.type) || (mark.id !== active && relation.target !== active)) continue;
        const target = marksById.get(relation.target);
        if (!target) continue;
        relatedToActive.add(mark.id === active ? relation.target : mark.id);
        links.push({
          u1: units(mark.x),
          u2: units(target.x),
          view: {
            key: `${mark.id}>${relation.type}>${relation.target}`,
            type: relation.type,
            source: mark.id,
            target: relation.target,
            y1: mark.y,
            y2: target.y,
            active: true,
            dimmed: false,
          },
        });
      }
    }
  }
  for (let i = 0; i < views.length; i++) {
    const view = views[i]!;
    const related = relatedToActive.has(view.mark.id);
    if (view.related !== related) views[i] = {...view, related};
  }

  const clusters = layout.clusters.filter(
    (cluster) => (units(cluster.x2) >= from && units(cluster.x1) <= to) || beyond.has(cluster),
  );
  // level px are never wider than screen px at this level, so a count that fits here fits on screen
  const counts = input.moving
    ? []
    : clusters
        .filter((cluster) => cluster.x2 - cluster.x1 >= MIN_BIN_PX)
        .map((cluster) => ({
          key: cluster.key,
          lane: cluster.lane,
          count: cluster.count,
          x: units((cluster.x1 + cluster.x2) / 2),
          y: cluster.y + cluster.height / 2,
        }));
  return {
    views,
    byId: new Map(views.map((view) => [view.mark.id, view])),
    links,
    clusters,
    counts,
    origin,
    units,
    moving: input.moving === true,
  };
}

/** The nearest items wholly before `from` and wholly after `to` (by their extent in chart units; all of them at a tie, one per lane). */
function nearestBeyond<T>(items: ReadonlyArray<{item: T; x1: number; x2: number}>, from: number, to: number): Set<T> {
  let before = -Infinity;
  let after = Infinity;
  for (const {x1, x2} of items) {
    if (x2 < from && x2 > before) before = x2;
    if (x1 > to && x1 < after) after = x1;
  }
  return new Set(items.filter(({x1, x2}) => x2 === before || x1 === after).map(({item}) => item));
}

/** What the chart asks a scene for at a rendering: the scene's input, with the view instead of the span to draw. */
export interface SceneRequest extends Omit<SceneInput, 'from' | 'to'> {
  /** The span shown, in chart units. */
  view: [number, number];
  /** Screen px per chart unit. */
  k: number;
  /** Room a whole label and its mark take beside the view, in screen px. */
  labelRoom: number;
  /** What else the scene depends on (the focused item, the language): a change makes it anew. */
  also: readonly unknown[];
}

/**
 * Keeps the scene the chart draws: the marks and clusters in a window a little wider than the view,
 * kept while the view stays inside the window and nothing else changes, so a zoom or pan frame only
 * places what is drawn. A scene made while a gesture moved the view (`moving`) is made again, whole,
 * when the gesture ends. No DOM: the element renders `scene` and places it per frame.
 */
export class SceneKeeper {
  scene?: Scene;
  private window?: {origin: number; from: number; to: number};
  private key: readonly unknown[] = [];

  sceneFor(request: SceneRequest): Scene {
    const {view, k, origin} = request;
    const span = view[1] - view[0];
    let range = this.window;
    if (
      !range ||
      range.origin !== origin ||
      view[0] < range.from ||
      view[1] > range.to ||
      range.to - range.from > 3 * span
    ) {
      // room for a whole label (layout px are never narrower than screen px at this level) on each side
      const pad = Math.max(span / 4, request.labelRoom / k);
      range = {origin, from: view[0] - pad, to: view[1] + pad};
      this.window = range;
    }
    const key = [
      request.feed,
      request.layout,
      request.level,
      origin,
      range.from,
      range.to,
      request.selected,
      request.hovered,
      request.query,
      request.hiddenRelations.join(),
      ...request.also,
    ];
    const complete = !this.scene?.moving || request.moving === true;
    if (this.scene && complete && key.length === this.key.length && key.every((value, i) => value === this.key[i]))
      return this.scene;
    this.key = key;
    this.scene = buildScene({...request, from: range.from, to: range.to}, this.scene);
    return this.scene;
  }
}
