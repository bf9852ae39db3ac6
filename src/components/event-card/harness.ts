import type {FriseEventCard} from './frise-event-card.js';

/** Collapses runs of white space (template indentation) so tests compare the text a reader sees. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/** Test helper that hides the card's shadow-DOM structure behind questions a test asks. */
export class EventCardHarness {
  constructor(readonly element: FriseEventCard) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('frise-event-card has no shadow root');
    return root;
  }

  part<T extends Element = HTMLElement>(name: string): T | null {
    return this.root.querySelector<T>(`[part~="${name}"]`);
  }

  parts<T extends Element = HTMLElement>(name: string): T[] {
    return [...this.root.querySelectorAll<T>(`[part~="${name}"]`)];
  }

  /** The reader-visible text of a part (white space collapsed), '' when it is absent. */
  text(name: string): string {
    return squash(this.part(name)?.textContent);
  }

  card(): HTMLElement | null {
    return this.part('card');
  }

  title(): HTMLElement | null {
    return this.part('title');
  }

  hint(): HTMLElement | null {
    return this.root.querySelector('.hint');
  }

  badge(): HTMLElement | null {
    return this.part('badge');
  }

  statusUpdates(): string[] {
    return [...this.root.querySelectorAll('.updates li')].map((li) => squash(li.textContent));
  }

  summary(): string {
    return squash(this.root.querySelector('.summary')?.textContent);
  }

  actors(): string {
    return squash(this.root.querySelector('.facts .actors dd')?.textContent);
  }

  location(): string {
    return squash(this.root.querySelector('.facts .location dd')?.textContent);
  }

  quotes(): HTMLElement[] {
    return this.parts('quote');
  }

  notes(): string {
    return squash(this.root.querySelector('.notes')?.textContent);
  }

  /** Every listed source (linked or not), as the text a reader sees. */
  sourceItems(): HTMLLIElement[] {
    return [...this.root.querySelectorAll<HTMLLIElement>('[part~="sources"] > li')];
  }

  sourceLinks(): HTMLAnchorElement[] {
    return this.parts<HTMLAnchorElement>('source-link');
  }

  /** Every element with an href or src anywhere in the card. */
  urlElements(): Element[] {
    return [...this.root.querySelectorAll('[href], [src]')];
  }

  image(): HTMLImageElement | null {
    return this.root.querySelector('[part~="image"] img');
  }

  relatedButtons(): HTMLButtonElement[] {
    return this.parts<HTMLButtonElement>('related-button');
  }

  relatedButton(id: string, direction?: 'forward' | 'inverse'): HTMLButtonElement | null {
    const where = direction ? `[data-direction="${direction}"]` : '';
    return this.root.querySelector<HTMLButtonElement>(
      `[part~="related-button"][data-event-id="${CSS.escape(id)}"]${where}`,
    );
  }

  closeButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('close');
  }
}
