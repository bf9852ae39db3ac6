import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {DrawingStagesController} from './drawing-stages-controller.js';

/** Draws its parts left at each update, and asks for the next part after each, as the timeline does. */
class StagedHost extends LitElement {
  readonly stages = new DrawingStagesController(this);
  drawn: Array<{left: number; task: number}> = [];
  task = 0;
  protected override updated(): void {
    this.drawn.push({left: this.stages.left, task: this.task});
    this.stages.next();
    this.stages.next(); // asked twice: one part all the same
  }
}
customElements.define('staged-host', StagedHost);

describe('DrawingStagesController', () => {
  it('draws each part left in a task of its own after the first, then stops', async () => {
    const host = await fixture<StagedHost>(html`<staged-host></staged-host>`);
    // count the tasks: a timer queued now runs before the parts (queued later, each by the one before)
    const tick = () => setTimeout(() => (host.task++, host.stages.left > 0 && tick()), 0);
    host.drawn = [];
    host.stages.begin(2);
    host.requestUpdate();
    tick();
    await host.updateComplete;
    while (host.stages.pending) {
      await host.stages.pending;
      await host.updateComplete;
    }
    expect(host.drawn.map(({left}) => left)).to.deep.equal([2, 1, 0]);
    const tasks = host.drawn.map(({task}) => task);
    expect(new Set(tasks).size, 'each part in a task of its own').to.equal(3);
    expect(host.stages.pending).to.equal(undefined);
  });
});
