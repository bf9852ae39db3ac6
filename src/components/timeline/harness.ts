import type {FriseTimeline} from './frise-timeline.js';
import type {FriseEventCard} from '../event-card/frise-event-card.js';
import type {FriseLegend} from '../legend/frise-legend.js';

/** Test helper that hides the timeline's shadow-DOM structure behind questions a test asks. */
export class TimelineHarness {
  constructor(readonly element: FriseTimeline) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('frise-timeline has no shadow root');
    return root;
  }

  marks(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="event"]')];
  }

  mark(id: string): SVGGElement | null {
    return this.root.querySelector<SVGGElement>(`[part~="event"][data-event-id="${CSS.escape(id)}"]`);
  }

  markIds(): string[] {
    return this.marks().map((mark) => mark.dataset['eventId'] ?? '');
  }

  lanes(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="lane"]')];
  }

  laneKeys(): string[] {
    return this.lanes().map((lane) => lane.dataset['lane'] ?? '');
  }

  /** The lane whose band vertically contains the mark's centre, measured on screen. */
  laneContaining(id: string): string | undefined {
    const mark = this.mark(id)?.querySelector('.symbol');
    if (!mark) return undefined;
    const box = mark.getBoundingClientRect();
    const centre = box.top + box.height / 2;
    for (const lane of this.lanes()) {
      const band = lane.querySelector('.lane-band')!.getBoundingClientRect();
      if (centre >= band.top && centre < band.bottom) return lane.dataset['lane'];
    }
    return undefined;
  }

  labelFor(id: string): SVGTextElement | null {
    return this.mark(id)?.querySelector<SVGTextElement>('[part~="event-label"]') ?? null;
  }

  laneLabels(): string[] {
    return [...this.root.querySelectorAll('[part~="lane-label"] .lane-name')].map((name) => name.textContent ?? '');
  }

  axisTickLabels(): string[] {
    return [...this.root.querySelectorAll('[part~="axis"] .tick text')].map((text) => text.textContent ?? '');
  }

  chart(): SVGSVGElement | null {
    return this.root.querySelector('svg[part~="chart"]');
  }

  links(): SVGPathElement[] {
    return [...this.root.querySelectorAll<SVGPathElement>('[part~="link"]')];
  }

  card(): FriseEventCard | null {
    return this.root.querySelector('frise-event-card');
  }

  legend(): FriseLegend | null {
    return this.root.querySelector('frise-legend');
  }

  button(part: 'zoom-in' | 'zoom-out' | 'fit'): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
  }

  /** The overview's brush window, in overview px. */
  brushWindow(): {x: number; width: number} {
    const rect = this.root.querySelector<SVGRectElement>('[part~="overview"] .selection')!;
    return {x: Number(rect.getAttribute('x')), width: Number(rect.getAttribute('width'))};
  }

  overview(): SVGSVGElement {
    return this.root.querySelector<SVGSVGElement>('[part~="overview"]')!;
  }

  /** Centre of an element in viewport px (for sendMouse / wheel positions). */
  static centre(element: Element): [number, number] {
    const box = element.getBoundingClientRect();
    return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  }

  issueItems(): HTMLLIElement[] {
    return [...this.root.querySelectorAll<HTMLLIElement>('[part~="issues"] li')];
  }
}
