import { describe, expect, it } from 'vitest';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric, Observation } from '@/data/metrics/contract';
import { en } from '@/lib/i18n/messages/en';
import enPanel from '../panel-messages.en';
import { event as baseEvent, metric as baseMetric, observation } from '../../../../tests/fixtures/records';
import { planChart } from './chart-plan';

const text = (s: string) => ({ en: s, es: `${s} (es)` });
const o = observation;
const metric = (extra: Partial<Metric>, observations: Observation[]) =>
  baseMetric({ title: text('Guns seized'), ...extra }, observations);
const event = (id: string, start: string, storyline: string): PolicyEvent =>
  baseEvent(id, start, { storyline, title: text(`Event ${id}`) });
const texts = { lang: 'en' as const, m: en, p: enPanel };

describe('a panel’s chart plan', () => {
  it('numbers the chosen storylines’ events in the chart’s range, in time order, and only those', () => {
    const plan = planChart(metric({}, [o('a', '2019', '2019', 10), o('a', '2022', '2022', 20)]), texts, {
      marking: {
        events: [
          event('early', '2019-06-01', 'bsca'),
          event('late', '2022-06-25', 'bsca'),
          event('other', '2021-01-01', 'thor'),
          event('outside', '2030-01-01', 'bsca'),
        ],
        storylines: ['bsca'],
        highlight: 'late',
      },
    });
    expect(plan.timeBased).toBe(true);
    expect(plan.marked.map((mk) => [mk.n, mk.id, mk.label, mk.date, mk.highlighted])).toEqual([
      [1, 'early', 'Event early', '2019-06-01', false],
      [2, 'late', 'Event late', '2022-06-25', true],
    ]);
    // The chart is given the same markers as its key lists.
    const [part] = plan.parts;
    if (part?.chart !== 'spans') throw new Error('a chart over periods expected');
    expect(part.props.markers.map((mk) => mk.id)).toEqual(['early', 'late']);
  });

  it('keys every mark it draws: numbered events, and a range given without a figure', () => {
    const ranged = metric({}, [
      o('a', '2019', '2019', 10),
      { ...o('a', '2021-06', '2021-08', 0), value: undefined, low: 70, high: 90 },
    ]);
    const marking = { events: [event('e', '2020-01-01', 'bsca')], storylines: ['bsca'], highlight: null };
    const plan = planChart(ranged, texts, { marking });
    expect(plan.keys).toEqual([enPanel.keys.spanRange, enPanel.keys.events]);
    // No event marked, no range: neither key.
    expect(planChart(metric({}, [o('a', '2019', '2019', 10)]), texts).keys).toEqual([]);
  });

  it('nests a figure that a longer period about as high would hide, and keys it', () => {
    const overlapping = metric({ unit: 'percent' }, [
      { ...o('long', '2009', '2019', 70), series: 'atf' },
      { ...o('short', '2019', '2020', 70.5), series: 'inflow' },
      { ...o('apart', '2012', '2013', 40), series: 'inflow' },
    ]);
    const plan = planChart(overlapping, texts);
    const [part] = plan.parts;
    if (part?.chart !== 'spans') throw new Error('a chart over periods expected');
    // The long bar first (beneath), the hidden one thin on top; every figure at its own value.
    expect(part.props.data.map((d) => [d.value, d.nested])).toEqual([
      [70, false],
      [40, false],
      [70.5, true],
    ]);
    expect(plan.keys).toContain(enPanel.keys.nested);
    expect(planChart(metric({}, [o('a', '2019', '2019', 10)]), texts).keys).not.toContain(
      enPanel.keys.nested,
    );
  });

  it('marks nothing when it is not asked to (the embed)', () => {
    const plan = planChart(metric({}, [o('a', '2019', '2019', 10)]), texts);
    expect(plan.marked).toEqual([]);
  });

  it('gives series far apart in size a chart each, headed by their labels', () => {
    const plan = planChart(
      metric(
        {
          series: [
            { id: 'big', label: text('Big'), measure: 'annual' },
            { id: 'small', label: text('Small'), measure: 'annual' },
          ],
        },
        [o('big', '2019', '2019', 100_000), o('small', '2019', '2019', 12)],
      ),
      texts,
    );
    expect(plan.parts.map((p) => p.heading)).toEqual(['Big', 'Small']);
    expect(plan.legend).toEqual(['big', 'small']);
  });

  it('keys the marks the figures call for: an empty year on annual bars is a gap, named as such', () => {
    const plan = planChart(
      metric({ chart: 'annual-bars' }, [o('t', '2013', '2013', 15083), o('t', '2015', '2015', 13452)]),
      texts,
    );
    expect(plan.timeBased).toBe(false);
    expect(plan.keys).toContain(enPanel.keys.gap);
    const [part] = plan.parts;
    if (part?.chart !== 'bars') throw new Error('annual bars expected');
    expect(part.props.label('gap-2014')).toBe(enPanel.gapLabel('2014'));
    expect(part.props.describe('gap-2014')).toBe(enPanel.gapLabel('2014'));
  });

  it('puts multi-year totals on their own rows with a note, never on annual bars', () => {
    const plan = planChart(
      metric({ chart: 'multi-year-totals' }, [
        o('t', '2010', '2015', 70_000),
        o('t', '2016', '2020', 90_000),
      ]),
      texts,
    );
    expect(plan.notes).toEqual([enPanel.totalsNote]);
    expect(plan.parts.map((p) => p.chart)).toEqual(['rows']);
    expect(plan.legend).toEqual([]);
  });

  it('draws no chart for statements in units of their own (they are listed)', () => {
    const plan = planChart(metric({ chart: 'statements', unit: 'usd' }, [o('a', '2020', '2020', 1)]), texts);
    expect(plan.parts).toEqual([]);
  });
});
