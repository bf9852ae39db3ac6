import {expect} from '@open-wc/testing';
import {parseFeed} from '../../model/parse.js';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {computeLayout, type LayoutParams, type TimelineLayout} from '../../layout/compute-layout.js';
import {buildScene, SceneKeeper, type SceneInput, type SceneRequest} from './scene.js';

const feed = parseFeed(seed).feed!;
const labels: LayoutParams['labels'] = {other: 'Other', kind: (k) => k, status: (s) => s};
const level = 4;
const layout: TimelineLayout = computeLayout(feed, {
  width: 1200,
  laneBy: 'actor',
  language: 'en',
  measure: (t) => 7 * t.length,
  labels,
  zoom: level,
});
const units = (px: number) => px / level;
const input = (extra: Partial<SceneInput> = {}): SceneInput => ({
  feed,
  layout,
  level,
  origin: 0,
  from: -Infinity,
  to: Infinity,
  selected: null,
  hovered: null,
  query: '',
  hiddenRelations: [],
  markRadius: 6,
  texts: (event, lane) => ({accessibleName: `${event.id} in ${lane}`, textLanguage: 'en'}),
  ...extra,
});

describe('buildScene (what the chart draws of a layout)', () => {
  it('draws every mark of the span, each once, in chart units', () => {
    const scene = buildScene(input());
    expect(scene.views.map((view) => view.mark.id).sort()).to.deep.equal(layout.marks.map((mark) => mark.id).sort());
    const view = scene.views[0]!;
    expect(view.x).to.equal(units(view.mark.x));
    expect(view.accessibleName).to.equal(`${view.mark.id} in ${view.mark.lane}`);
    expect(scene.links, 'no relation lines at rest').to.deep.equal([]);
  });

  it('keeps to the span asked for, plus the nearest stop beyond each side', () => {
    const xs = layout.marks.map((mark) => units(mark.x)).sort((a, b) => a - b);
    const middle = (xs[0]! + xs[xs.length - 1]!) / 2;
    const scene = buildScene(input({from: middle - 1, to: middle + 1}));
    const inSpan = layout.marks.filter(
      (mark) => units(mark.x2) >= middle - 1 - 400 && units(mark.x) <= middle + 1 + 400,
    );
    expect(scene.views.length).to.be.below(layout.marks.length);
    expect(scene.views.length).to.be.at.most(inSpan.length + 2 * layout.lanes.length);
    // in a gap with nothing in it: still one stop on each side to land on
    const gap = buildScene(input({from: xs[xs.length - 1]! + 1000, to: xs[xs.length - 1]! + 2000}));
    expect(gap.views.length, 'the nearest before').to.be.greaterThan(0);
  });

  it('draws the relations of the hovered or selected event only, and marks the events at their other end', () => {
    const source = feed.events.find(
      (event) =>
        event.relations.some((relation) => layout.marks.some((mark) => mark.id === relation.target)) &&
        layout.marks.some((mark) => mark.id === event.id),
    )!;
    const scene = buildScene(input({selected: source.id}));
    expect(scene.links.length).to.be.greaterThan(0);
    for (const link of scene.links)
      expect(link.view.source === source.id || link.view.target === source.id).to.equal(true);
    const target = source.relations.find((relation) => scene.byId.has(relation.target))!.target;
    expect(scene.byId.get(target)!.related).to.equal(true);
    expect(scene.byId.get(source.id)!.selected).to.equal(true);
    const hidden = buildScene(
      input({selected: source.id, hiddenRelations: source.relations.map((relation) => relation.type)}),
    );
    expect(hidden.links.filter((link) => link.view.source === source.id)).to.deep.equal([]);
  });

  it('reuses the view of a mark whose drawing has not changed, and remakes the ones that changed', () => {
    const first = buildScene(input());
    const again = buildScene(input(), first);
    expect(again.views.every((view, i) => view === first.views[i])).to.equal(true);
    const id = first.views[3]!.mark.id;
    const selected = buildScene(input({selected: id}), again);
    expect(selected.byId.get(id)).to.not.equal(again.byId.get(id));
    expect(selected.byId.get(id)!.showLabel).to.equal(true);
    const unrelated = selected.views.find((view) => view.mark.id !== id && !view.related)!;
    expect(selected.byId.get(unrelated.mark.id)).to.equal(again.byId.get(unrelated.mark.id));
  });

  it('marks the events a search matches and dims the others', () => {
    const scene = buildScene(input({query: 'Duma'}));
    const matches = scene.views.filter((view) => view.match);
    expect(matches.length).to.be.greaterThan(0);
    for (const view of scene.views) expect(view.dimmed).to.equal(!view.match);
  });
});

describe('SceneKeeper (the scene kept while the view stays inside its window)', () => {
  const request = (view: [number, number], extra: Partial<SceneRequest> = {}): SceneRequest => {
    const {from: _from, to: _to, ...rest} = input();
    return {...rest, view, k: level, labelRoom: 40, also: [], ...extra};
  };
  const xs = layout.marks.map((mark) => units(mark.x)).sort((a, b) => a - b);
  const middle = xs[Math.floor(xs.length / 2)]!;

  it('keeps the scene while the view moves inside the window, and makes it anew when the view leaves it', () => {
    const keeper = new SceneKeeper();
    const first = keeper.sceneFor(request([middle - 20, middle + 20]));
    expect(keeper.sceneFor(request([middle - 18, middle + 22]))).to.equal(first);
    const moved = keeper.sceneFor(request([middle + 100, middle + 140]));
    expect(moved).to.not.equal(first);
    // zoomed in far enough that the window is more than three views wide: made anew, narrower
    expect(keeper.sceneFor(request([middle + 110, middle + 112]))).to.not.equal(moved);
  });

  it('makes a scene drawn while moving anew, whole, when the gesture ends; a whole scene stays whole while moving', () => {
    const keeper = new SceneKeeper();
    const whole = keeper.sceneFor(request([middle - 20, middle + 20]));
    expect(whole.moving).to.equal(false);
    expect(keeper.sceneFor(request([middle - 19, middle + 21], {moving: true}))).to.equal(whole);
    const passing = keeper.sceneFor(request([middle + 200, middle + 240], {moving: true}));
    expect(passing.moving).to.equal(true);
    expect(keeper.sceneFor(request([middle + 200, middle + 240], {moving: true}))).to.equal(passing);
    const settled = keeper.sceneFor(request([middle + 200, middle + 240]));
    expect(settled).to.not.equal(passing);
    expect(settled.moving).to.equal(false);
  });

  it('makes the scene anew when something it depends on changes (also)', () => {
    const keeper = new SceneKeeper();
    const first = keeper.sceneFor(request([middle - 20, middle + 20], {also: ['a']}));
    expect(keeper.sceneFor(request([middle - 20, middle + 20], {also: ['b']}))).to.not.equal(first);
  });
});

describe('buildScene while a gesture moves the view', () => {
  it('draws marks new to the scene without their labels, keeps those already drawn as they were', () => {
    const whole = buildScene(input());
    const labelled = whole.views.filter((view) => view.showLabel).map((view) => view.mark.id);
    expect(labelled.length).to.be.above(3);
    const fresh = buildScene(input({moving: true}));
    expect(fresh.views.filter((view) => view.showLabel)).to.deep.equal([]);
    const selected = labelled[0]!;
    expect(
      buildScene(input({moving: true, selected}))
        .views.filter((view) => view.showLabel)
        .map((view) => view.mark.id),
    ).to.deep.equal([selected]);
    // a scene made while moving from one that had the labels keeps them (the same view objects)
    const kept = buildScene(input({moving: true}), whole);
    expect(kept.views.filter((view) => view.showLabel).map((view) => view.mark.id)).to.deep.equal(labelled);
    expect(kept.views.every((view, i) => view === whole.views[i])).to.equal(true);
  });
});
