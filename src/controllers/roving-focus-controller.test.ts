import {expect, fixture, html as testHtml} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {LitElement, html} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {RovingFocusController} from './roving-focus-controller.js';

// A host of the least kind: a row of buttons, each an item, redrawn anew whenever `generation` changes
// (as a chart redraws its marks at another zoom level). The controller knows them only by its callbacks.
class RovingHost extends LitElement {
  static override properties = {items: {attribute: false}, generation: {type: Number}};
  items: string[] = ['a', 'b', 'c', 'd'];
  generation = 0;
  selected: string | null = null;
  /** Items not drawn until the view moves past the last one. */
  beyond: string[] = [];
  log: string[] = [];
  readonly roving = new RovingFocusController(this, {
    adjacent: (id, direction) => {
      const next = this.items[this.items.indexOf(id) + direction] ?? null;
      if (next === null && direction > 0 && this.beyond.length > 0) {
        // the next item is beyond what is drawn: the host moves its view first (a redraw), then answers
        this.log.push('beyond');
        this.items = [...this.items, ...this.beyond.splice(0)];
        this.generation++;
        return this.updateComplete.then(() => this.items[this.items.indexOf(id) + 1] ?? null);
      }
      return next;
    },
    edge: (which) => (which < 0 ? this.items[0] : this.items[this.items.length - 1]) ?? null,
    across: (id) => id,
    elementOf: (id) => this.renderRoot.querySelector<HTMLElement>(`[data-id="${id}"]`) ?? undefined,
    reveal: (id) => this.log.push(`reveal ${id}`),
    fallback: () => this.selected ?? this.items[0],
    changed: () => this.requestUpdate(),
    zoomBy: (factor, around) => {
      this.log.push(`zoom ${factor} ${around}`);
      this.generation++;
    },
    fit: () => this.log.push('fit'),
    panBy: (px) => this.log.push(`pan ${px}`),
    step: () => 10,
    activate: (id) => (this.selected = id),
    escape: () => (this.selected === null ? false : ((this.selected = null), true)),
  });

  protected override render() {
    // keyed by generation too: every redraw makes new elements, as a new zoom level does
    return html`<div @keydown=${(event: KeyboardEvent) => this.roving.handleKey(event, (event.target as HTMLElement).dataset['id'] ?? null)}
      @focusin=${(event: FocusEvent) => {
        this.log.push(
          `focusin ${(event.target as HTMLElement).dataset['id']}${this.roving.restoring ? ' (restored)' : ''}`,
        );
        this.roving.track((event.target as HTMLElement).dataset['id']!);
      }}>
      ${repeat(
        this.items,
        (id) => `${this.generation}|${id}`,
        (id) => html`<button data-id=${id} tabindex="-1">${id}</button>`,
      )}</div>`;
  }

  protected override updated(): void {
    this.roving.settle();
  }
}
customElements.define('roving-host', RovingHost);

const focusedIn = (host: RovingHost) => (host.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'] ?? null;
const stops = (host: RovingHost) =>
  [...host.shadowRoot!.querySelectorAll('button')]
    .filter((button) => button.tabIndex === 0)
    .map((button) => button.dataset['id']);

describe('RovingFocusController', () => {
  it('makes one tab stop, the fallback until an item has had the focus, then that item', async () => {
    const host = await fixture<RovingHost>(testHtml`<roving-host></roving-host>`);
    expect(stops(host)).to.deep.equal(['a']);
    host.shadowRoot!.querySelector<HTMLElement>('[data-id="c"]')!.focus();
    await host.updateComplete;
    expect(stops(host)).to.deep.equal(['c']);
  });

  it('moves the focus in order with the arrows, Home and End, revealing each item first', async () => {
    const host = await fixture<RovingHost>(testHtml`<roving-host></roving-host>`);
    host.shadowRoot!.querySelector<HTMLElement>('[data-id="a"]')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await host.updateComplete;
    expect(focusedIn(host)).to.equal('b');
    await sendKeys({press: 'End'});
    await host.updateComplete;
    expect(focusedIn(host)).to.equal('d');
    await sendKeys({press: 'ArrowRight'});
    await host.updateComplete;
    expect(focusedIn(host), 'the last stays put').to.equal('d');
    expect(document.activeElement).to.equal(host);
    await sendKeys({press: 'Home'});
    await host.updateComplete;
    expect(focusedIn(host)).to.equal('a');
    expect(host.log).to.include.members(['reveal b', 'reveal d', 'reveal a']);
  });

  it('keeps the focus on the item when a key redraws every element (zoom), never on the body', async () => {
    const host = await fixture<RovingHost>(testHtml`<roving-host></roving-host>`);
    host.shadowRoot!.querySelector<HTMLElement>('[data-id="c"]')!.focus();
    const before = host.shadowRoot!.activeElement;
    await sendKeys({press: '+'});
    await host.updateComplete;
    expect(host.log).to.include('zoom 2 c');
    expect(host.shadowRoot!.activeElement === before, 'the element was replaced').to.equal(false);
    expect(focusedIn(host)).to.equal('c');
    expect(document.activeElement).to.equal(host);
    expect(stops(host)).to.deep.equal(['c']);
  });

  it('tells the host a focus it gives back after a redraw is a restoration (no pan to it), and a user focus is not', async () => {
    const host = await fixture<RovingHost>(testHtml`<roving-host></roving-host>`);
    host.shadowRoot!.querySelector<HTMLElement>('[data-id="c"]')!.focus();
    await host.updateComplete;
    host.generation++; // the page zooms: every element is drawn anew
    await host.updateComplete;
    expect(focusedIn(host)).to.equal('c');
    expect(host.log).to.deep.equal(['focusin c', 'focusin c (restored)']);
    expect(host.roving.restoring).to.equal(false);
  });

  it('leaves the tab stop as it is when the host draws a passing frame, and sets it on the next settle', async () => {
    const host = await fixture<RovingHost>(testHtml`<roving-host></roving-host>`);
    expect(stops(host)).to.deep.equal(['a']);
    host.selected = 'c'; // the fallback moves
    host.roving.settle({tabStop: false});
    expect(stops(host)).to.deep.equal(['a']);
    host.roving.settle();
    expect(stops(host)).to.deep.equal(['c']);
  });

  it('follows an item found only once the host has moved its view (an answer that is a promise)', async () => {
    const host = await fixture<RovingHost>(testHtml`<roving-host></roving-host>`);
    host.beyond = ['e', 'f'];
    host.shadowRoot!.querySelector<HTMLElement>('[data-id="d"]')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await host.updateComplete;
    await host.updateComplete;
    expect(host.log).to.include('beyond');
    expect(focusedIn(host)).to.equal('e');
    expect(stops(host)).to.deep.equal(['e']);
  });

  it('activates with Enter and clears with Escape, and leaves other keys to the page', async () => {
    const host = await fixture<RovingHost>(testHtml`<roving-host></roving-host>`);
    host.shadowRoot!.querySelector<HTMLElement>('[data-id="b"]')!.focus();
    await sendKeys({press: 'Enter'});
    expect(host.selected).to.equal('b');
    await sendKeys({press: 'Escape'});
    expect(host.selected).to.equal(null);
    const event = new KeyboardEvent('keydown', {key: 'x', cancelable: true});
    expect(host.roving.handleKey(event, 'b')).to.equal(false);
    expect(event.defaultPrevented).to.equal(false);
  });
});
