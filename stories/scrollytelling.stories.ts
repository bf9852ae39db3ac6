import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ref} from 'lit/directives/ref.js';
import {expect, waitFor} from 'storybook/test';
import seed from '../data/nk-troops-russia-2024.feed.json';
import '../src/components/timeline/frise-timeline.js';
import type {FriseTimeline} from '../src/components/timeline/frise-timeline.js';
import type {SnippetParameters} from './support/snippet.js';

const meta: Meta = {
  title: 'Timeline/Scrollytelling',
  component: 'frise-timeline',
};
export default meta;
type Story = StoryObj;

/**
 * Wires an article to the timeline it sits next to: each paragraph marked `data-event` (with the period it is
 * about in `data-from` and `data-to`, ISO dates) flies the timeline to that period when it reaches the reading
 * line, two thirds down the screen, then selects its event. The flight is the timeline's own:
 * `zoomTo(start, end, {duration})` moves the view a frame at a time, settles once on arrival, and jumps for a
 * reader who asked for reduced motion. Returns a function that stops it.
 *
 * It uses nothing from outside its body, so that "Show code" can paste it as it is (see parameters.snippet).
 */
function scrollytelling(container: HTMLElement): () => void {
  const timeline = container.querySelector('frise-timeline') as FriseTimeline;
  const steps = [...container.querySelectorAll<HTMLElement>('[data-event]')];
  const flightMs = 600;
  let frame = 0;
  let current: HTMLElement | undefined;

  const flyTo = (step: HTMLElement) => {
    cancelAnimationFrame(frame);
    current = step;
    if (!timeline.visibleRange) {
      // not drawn yet (the feed is still loading): try again on the next frame
      if (container.isConnected) frame = requestAnimationFrame(() => flyTo(step));
      return;
    }
    void timeline
      .zoomTo(Date.parse(step.dataset['from']!), Date.parse(step.dataset['to']!), {duration: flightMs})
      // a later paragraph may have taken over the flight: only the one still current selects its event
      .then(() => {
        if (current === step) timeline.select(step.dataset['event']!, {pan: false});
      });
  };

  // the reading line: a band from 55 % to 60 % of the viewport's height, below a timeline stuck on top of a
  // phone's screen; a paragraph entering it becomes the current one
  const observer = new IntersectionObserver(
    (entries) => {
      const entering = entries.filter((entry) => entry.isIntersecting).at(-1)?.target as HTMLElement | undefined;
      if (!entering) return;
      for (const step of steps) step.toggleAttribute('data-current', step === entering);
      flyTo(entering);
    },
    {rootMargin: '-55% 0px -40% 0px'},
  );
  for (const step of steps) observer.observe(step);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    current = undefined;
  };
}

/** Lit's ref callback: wires the article while it is in the page (not in the inert copy "Show code" renders). */
function wireScrollytelling() {
  let stop: (() => void) | undefined;
  return (element?: Element) => {
    stop?.();
    stop = undefined;
    if (element instanceof HTMLElement && element.ownerDocument.defaultView) stop = scrollytelling(element);
  };
}

/**
 * Scrollytelling: an article whose paragraphs, as the reader scrolls, fly the timeline beside it (on a phone,
 * above it) to the period each one is about, and select its event, with `zoomTo(start, end, {duration})`: the
 * timeline flies a frame at a time, as one gesture, and settles on arrival. With `prefers-reduced-motion:
 * reduce` it jumps instead.
 * The paragraphs retell the seed feed's facts.
 */
export const Scrollytelling: Story = {
  parameters: {
    snippet: {
      script: `(${scrollytelling.toString()})(document.querySelector('.scrolly'));`,
    } satisfies SnippetParameters,
  },
  render: () => html`
    <style>
      .scrolly {
        display: grid;
        grid-template-columns: minmax(15rem, 24rem) minmax(0, 1fr);
        gap: 1.5rem;
        align-items: start;
      }
      .scrolly-article {
        padding-block: 10vh 45vh;
      }
      .scrolly-step {
        min-height: 55vh;
        margin: 0;
        padding-inline-start: 0.75rem;
        border-inline-start: 4px solid transparent;
        line-height: 1.5;
      }
      .scrolly-step[data-current] {
        border-inline-start-color: currentColor;
      }
      .scrolly-figure {
        position: sticky;
        top: 0;
        max-height: 100vh;
        overflow: auto;
        margin: 0;
      }
      @media (max-width: 50rem) {
        .scrolly {
          grid-template-columns: minmax(0, 1fr);
        }
        .scrolly-figure {
          order: -1;
          max-height: 50vh;
          z-index: 1;
          background: Canvas;
        }
      }
    </style>
    <div class="scrolly" ${ref(wireScrollytelling())}>
      <article class="scrolly-article">
        <h2>Des soldats nord-coréens pour la Russie</h2>
        <p class="scrolly-step" data-event="russia-nk-ties-since-invasion" data-from="2022-01-01" data-to="2024-09-01">
          Depuis l’invasion à grande échelle de l’Ukraine par la Russie, le 24 février 2022, Moscou et Pyongyang
          resserrent leurs liens : sommet entre Kim Jong Un et Vladimir Poutine dans l’Extrême-Orient russe en
          septembre 2023, visite de Poutine à Pyongyang en juin 2024.
        </p>
        <p class="scrolly-step" data-event="putin-kim-treaty-signed" data-from="2024-05-20" data-to="2024-07-20">
          Le 19 juin 2024, lors de cette visite d’État, la première de Vladimir Poutine à Pyongyang en 24 ans, les
          deux dirigeants signent un traité de partenariat stratégique global. Son article 4 prévoit une aide
          militaire immédiate si l’un des deux pays subit une attaque armée.
        </p>
        <p class="scrolly-step" data-event="nis-12000-troops-report" data-from="2024-10-04" data-to="2024-10-25">
          Le 18 octobre 2024, après une réunion de sécurité d’urgence présidée par Yoon Suk-yeol, le service de
          renseignement sud-coréen (NIS) annonce que la Corée du Nord a décidé d’envoyer environ 12 000 soldats en
          Russie, en quatre brigades comprenant des forces spéciales. Selon lui, environ 1 500 d’entre eux ont déjà
          été transportés vers Vladivostok entre le 8 et le 13 octobre.
        </p>
        <p class="scrolly-step" data-event="nk-un-first-committee-denial" data-from="2024-10-07" data-to="2024-10-25">
          Moscou et Pyongyang démentent. Dès le 10 octobre, le Kremlin qualifiait de « fausses nouvelles » les
          informations sur des soldats nord-coréens combattant aux côtés de la Russie ; le 21 octobre, à la Première
          Commission de l’Assemblée générale des Nations unies, un représentant nord-coréen range la « soi-disant
          coopération militaire avec la Russie » parmi des rumeurs infondées et stéréotypées.
        </p>
        <p class="scrolly-step" data-event="treaty-enters-into-force" data-from="2024-10-10" data-to="2024-12-12">
          Le traité, lui, est ratifié par la Douma d’État le 24 octobre, par le Conseil de la Fédération le
          6 novembre et par Kim Jong Un le 11 novembre. Il entre en vigueur le 4 décembre 2024, jour de l’échange
          des instruments de ratification à Moscou.
        </p>
        <p class="scrolly-step" data-event="nk-acknowledges-deployment" data-from="2025-04-12" data-to="2025-05-06">
          Le 26 avril 2025, le chef d’état-major général russe, Valeri Guerassimov, reconnaît pour la première fois
          que des soldats nord-coréens ont combattu aux côtés des forces russes dans la région de Koursk. Deux jours
          plus tard, Pyongyang reconnaît officiellement avoir envoyé des troupes en Russie.
        </p>
      </article>
      <div class="scrolly-figure">
        <frise-timeline lang="fr" .feed=${seed} panel="none" view="timeline"></frise-timeline>
      </div>
    </div>
  `,
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('frise-timeline')!;
    await waitFor(() => expect(el.visibleRange).not.toBeNull());
    const step = canvasElement.querySelectorAll<HTMLElement>('.scrolly-step')[2]!;
    const id = step.dataset['event']!;
    const event = el.parsedFeed!.eventById.get(id)!;
    step.scrollIntoView({block: 'center'});
    // the flight takes 600 ms: the view then shows the paragraph's period (the timeline opened on a wider one),
    // which covers its event, and the event is selected
    const period = [Date.parse(step.dataset['from']!), Date.parse(step.dataset['to']!)];
    const day = 86_400_000;
    await waitFor(
      () => {
        const [start, end] = el.visibleRange!;
        expect(start).toBeLessThanOrEqual(event.interval.start);
        expect(end).toBeGreaterThanOrEqual(event.interval.end);
        expect(Math.abs(start - period[0]!)).toBeLessThan(day);
        expect(Math.abs(end - period[1]!)).toBeLessThan(day);
        expect(el.selected).toBe(id);
      },
      {timeout: 5000},
    );
    await expect(step.hasAttribute('data-current')).toBe(true);
    // leave the page scrolled as the story found it for the next story
    canvasElement.ownerDocument.defaultView?.scrollTo(0, 0);
  },
};
