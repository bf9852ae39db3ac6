import {expect} from '@open-wc/testing';
import seed from '../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {parseFeed} from './parse.js';
import {safeColor} from './colors.js';
import {actorColor, actorName, DERIVED_ACTOR_COLORS} from './actor-display.js';
import {themeTokens} from '../styles/tokens.js';
import type {FriseFeedDocument} from './types.js';

const seedFeed = parseFeed(seed).feed!;

function feedWith(actors: FriseFeedDocument['actors']) {
  return parseFeed({version: 1, title: 't', language: 'en', actors, events: [{id: 'e', title: 'E', start: '2024'}]})
    .feed!;
}

/** WCAG relative luminance of #rgb or #rrggbb. */
function luminance(hex: string): number {
  const digits =
    hex.length === 4
      ? hex
          .slice(1)
          .split('')
          .map((d) => d + d)
      : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  const [r, g, b] = digits.map((d) => {
    const c = Number.parseInt(d, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The light and dark defaults of a theme token, read from styles/tokens.ts itself. */
function tokenDefaults(name: string): [string, string] {
  const match = new RegExp(`${name}:[^;]*light-dark\\((#[0-9a-f]{3,6}), (#[0-9a-f]{3,6})\\)`, 'i').exec(
    themeTokens.cssText,
  );
  if (!match) throw new Error(`no light-dark() default for ${name} in styles/tokens.ts`);
  return [match[1]!, match[2]!];
}

describe('actorColor', () => {
  it('keeps the feed’s own colour, lower-cased by safeColor', () => {
    expect(actorColor(seedFeed, 'south-korea')).to.equal('#0072b2');
    expect(actorColor(seedFeed, 'russia')).to.equal('#cc79a7');
  });

  it('gives every actor without a colour one of the derived colours, and nothing to an unknown id', () => {
    const uncoloured = seedFeed.actors.filter((actor) => !actor.color);
    expect(uncoloured.length, 'the seed has actors without a colour (the Daily Express)').to.be.greaterThan(0);
    for (const actor of uncoloured) {
      const color = actorColor(seedFeed, actor.id) ?? '';
      expect(DERIVED_ACTOR_COLORS, actor.id).to.include(color);
      expect(safeColor(color), actor.id).to.equal(color);
    }
    expect(actorColor(seedFeed, 'nobody')).to.equal(undefined);
  });

  it('is stable: the same for the same id in another parse and whatever other actors the feed holds', () => {
    const again = parseFeed(JSON.parse(JSON.stringify(seed))).feed!;
    for (const actor of seedFeed.actors)
      expect(actorColor(again, actor.id), actor.id).to.equal(actorColor(seedFeed, actor.id));
    const alone = feedWith([{id: 'daily-express', name: 'Daily Express', type: 'media'}]);
    const crowded = feedWith([
      {id: 'a', name: 'A', type: 'state'},
      {id: 'b', name: 'B', type: 'state'},
      {id: 'daily-express', name: 'Daily Express', type: 'media'},
      {id: 'c', name: 'C', type: 'state'},
    ]);
    expect(actorColor(crowded, 'daily-express')).to.equal(actorColor(alone, 'daily-express'));
  });

  it('never derives a colour the feed gives one of its actors, while any other is free', () => {
    const bare = feedWith([{id: 'x', name: 'X', type: 'state'}]);
    const derived = actorColor(bare, 'x')!;
    const taken = feedWith([
      {id: 'x', name: 'X', type: 'state'},
      {id: 'y', name: 'Y', type: 'state', color: derived.toUpperCase()},
    ]);
    expect(actorColor(taken, 'x')).to.not.equal(derived);
    expect(DERIVED_ACTOR_COLORS).to.include(actorColor(taken, 'x'));
  });

  it('derives colours that read at 3:1 on the light and the dark lane backgrounds of the theme tokens', () => {
    const backgrounds = [
      ...tokenDefaults('--_lane-even'),
      ...tokenDefaults('--_lane-odd'),
      ...tokenDefaults('--_surface'),
    ];
    expect(backgrounds.length).to.equal(6);
    for (const color of DERIVED_ACTOR_COLORS) {
      for (const background of backgrounds) {
        expect(contrast(color, background), `${color} on ${background}`).to.be.at.least(3);
      }
    }
  });

  it('derives colours that are valid (safeColor) and distinct', () => {
    for (const color of DERIVED_ACTOR_COLORS) expect(safeColor(color)).to.equal(color);
    expect(new Set(DERIVED_ACTOR_COLORS).size).to.equal(DERIVED_ACTOR_COLORS.length);
  });
});

describe('actorName', () => {
  it('names an actor in the language asked, with the language of the text, and nothing for an unknown id', () => {
    expect(actorName(seedFeed, 'south-korea', 'en')).to.deep.equal({text: 'South Korea', lang: 'en'});
    expect(actorName(seedFeed, 'south-korea', 'fr')).to.deep.equal({text: 'Corée du Sud', lang: 'fr'});
    // no Arabic name: the feed's language
    expect(actorName(seedFeed, 'south-korea', 'ar')).to.deep.equal({text: 'Corée du Sud', lang: 'fr'});
    expect(actorName(seedFeed, 'nobody', 'en')).to.equal(undefined);
  });
});
