import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import {IdleWorkController} from './idle-work-controller.js';

class IdleHost extends LitElement {
  readonly idle = new IdleWorkController(this);
}
customElements.define('idle-host', IdleHost);

describe('IdleWorkController', () => {
  it('runs the steps in order, one per idle period, after the current task', async () => {
    const host = await fixture<IdleHost>(html`<idle-host></idle-host>`);
    const ran: string[] = [];
    host.idle.schedule([() => ran.push('a'), () => ran.push('b'), () => ran.push('c')]);
    expect(ran).to.deep.equal([]); // nothing in the caller's task
    await waitUntil(() => ran.length === 3, 'all steps ran', {timeout: 5000});
    expect(ran).to.deep.equal(['a', 'b', 'c']);
  });

  it('replaces the steps not yet run by a new list, goes on after a step that throws, and drops them on leaving', async () => {
    const host = await fixture<IdleHost>(html`<idle-host></idle-host>`);
    const ran: string[] = [];
    host.idle.schedule([() => ran.push('old')]);
    host.idle.schedule([
      () => {
        throw new Error('a step failed');
      },
      () => ran.push('new'),
    ]);
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    try {
      await waitUntil(() => ran.length === 1, 'the new list ran', {timeout: 5000});
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(ran).to.deep.equal(['new']);
    expect(uncaught).to.deep.equal([]);
    host.idle.schedule([() => ran.push('never')]);
    host.remove();
    expect(host.idle.waiting).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).to.deep.equal(['new']);
  });
});
