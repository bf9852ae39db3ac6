import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';

// The feed's periods: a faint band behind the lanes and a name in a strip under the axis (issue 15, point 1).

const feed = {
  language: 'en',
  actors: [{id: 'ru', name: 'Russia', type: 'state'}],
  events: [
    {id: 'signed', title: 'Treaty signed', start: '2024-06-19', actors: ['ru']},
    {id: 'ratified', title: 'Duma ratifies', start: '2024-10-24', actors: ['ru']},
    {id: 'force', title: 'Enters into force', start: '2024-12-04', actors: ['ru']},
  ],
  periods: [
    {id: 'between', title: 'Signature to force', start: '2024-06-19', end: '2024-12-04', color: '#d08000'},
    {id: 'bad-colour', title: 'Autumn', start: '2024-09-22', end: '2024-12-20', color: 'url(javascript:alert(1))'},
  ],
};

async function mount(data: unknown): Promise<FriseTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
    <frise-timeline view="timeline" panel="bottom" first-view="all" .feed=${data}></frise-timeline></div>`);
  const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="event"]'), 'drawn');
  await el.updateComplete;
  return el;
}

const centreX = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('<frise-timeline> periods', () => {
  it('draws a band from the first day of a period to its last, behind the lanes, named in the strip above them', async () => {
    const el = await mount(feed);
    const root = el.shadowRoot!;
    const band = root.querySelector<SVGRectElement>('[data-period-id="between"] .period-band')!;
    const box = band.getBoundingClientRect();
    const signed = root.querySelector('[data-event-id="signed"] .symbol')!;
    const force = root.querySelector('[data-event-id="force"] .symbol')!;
    // the marks sit at the middle of their day: inside the band, within a day of its edges
    expect(centreX(signed)).to.be.within(box.left, box.left + 10);
    expect(centreX(force)).to.be.within(box.right - 10, box.right);
    const name = root.querySelector('[data-period-id="between"] .period-name')!;
    expect(name.textContent).to.equal('Signature to force');
    const lane = root.querySelector('[part~="lane"]')!.getBoundingClientRect();
    expect(name.getBoundingClientRect().bottom).to.be.at.most(lane.top + 1);
    expect(box.bottom).to.be.at.least(lane.bottom - 1);
    // drawn before the events: behind them
    const order = [...root.querySelectorAll('.period-band, [part~="event"]')];
    expect(order.indexOf(band)).to.equal(0);
    expect(root.querySelector('[part="periods"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws a period in its colour; one with a colour that is not a colour is left out and reported, the rest kept', async () => {
    const el = await mount(feed);
    const root = el.shadowRoot!;
    expect(root.querySelector('[data-period-id="between"] .period-band')!.getAttribute('fill')).to.equal('#d08000');
    expect(root.querySelector('[data-period-id="bad-colour"]')).to.equal(null);
    expect(root.querySelector('svg[part="chart"]')!.innerHTML).not.to.contain('javascript');
    expect(el.issues.some((issue) => issue.path.startsWith('/periods/1/color'))).to.equal(true);
    const neutral = await mount({...feed, periods: [{id: 'plain', title: 'Plain', start: '2024-07', end: '2024-08'}]});
    expect(neutral.shadowRoot!.querySelector('[data-period-id="plain"] .period-band')!.hasAttribute('fill')).to.equal(
      false,
    );
  });

  it('follows the zoom, and keeps its name in view when the band starts off screen', async () => {
    const el = await mount(feed);
    el.zoomTo(Date.UTC(2024, 8, 1), Date.UTC(2024, 9, 1));
    await el.updateComplete;
    const root = el.shadowRoot!;
    const chart = root.querySelector('svg[part="chart"]')!.getBoundingClientRect();
    const band = root.querySelector('[data-period-id="between"] .period-band')!.getBoundingClientRect();
    expect(band.left).to.be.closeTo(chart.left, 1);
    expect(band.right).to.be.closeTo(chart.right, 1);
    const name = root.querySelector('[data-period-id="between"] .period-name')!.getBoundingClientRect();
    expect(name.left).to.be.within(chart.left, chart.left + 10);
  });

  it('adds no strip for a feed without periods', async () => {
    const el = await mount({...feed, periods: []});
    expect(el.shadowRoot!.querySelector('[part="periods"]')).to.equal(null);
  });
});
