import { describe, expect, it } from 'vitest';
import { event, metric, observation } from '../../../tests/fixtures/records';
import { relatedMetric } from './related-panel';

const early = metric({ id: 'early', defaultEventStorylines: ['bsca'] }, [
  observation('a', '2010-01-01', '2012-12-31', 10),
]);
const late = metric({ id: 'late', defaultEventStorylines: ['bsca', 'thor'] }, [
  observation('a', '2021-01-01', '2024-12-31', 10),
]);
const other = metric({ id: 'other', defaultEventStorylines: ['thor'] }, [
  observation('a', '2021-01-01', '2024-12-31', 10),
]);
const noAxis = metric({ id: 'no-axis', timeBased: false, defaultEventStorylines: ['bsca'] }, [
  observation('a', '2021-01-01', '2024-12-31', 10),
]);
const metrics = [noAxis, early, other, late];

describe('the panel an event’s slide shows', () => {
  it('is the event’s own related panel first, when it is on a time axis', () => {
    const e = event('e', '2022-06-25', { storyline: 'bsca', relatedMetrics: ['no-axis', 'other'] });
    expect(relatedMetric(metrics, e)?.id).toBe('other');
  });

  it('else a panel of its storyline whose figures span its date, so its mark is on the chart', () => {
    // Both "early" and "late" mark BSCA events; only "late" reaches 2022.
    expect(relatedMetric(metrics, event('e', '2022-06-25', { storyline: 'bsca' }))?.id).toBe('late');
    expect(relatedMetric(metrics, event('e', '2011-03-01', { storyline: 'bsca' }))?.id).toBe('early');
  });

  it('among those, the one most its own: marking the fewest storylines', () => {
    const own = metric({ id: 'own', defaultEventStorylines: ['bsca'] }, [
      observation('a', '2022-01-01', '2023-12-31', 10),
    ]);
    const e = event('e', '2022-06-25', { storyline: 'bsca' });
    expect(relatedMetric([...metrics, own], e)?.id).toBe('own');
  });

  it('else the storyline’s first panel; never a panel of another storyline, and none without one', () => {
    expect(relatedMetric(metrics, event('e', '1999-01-01', { storyline: 'bsca' }))?.id).toBe('early');
    expect(relatedMetric(metrics, event('e', '2022-06-25', { storyline: 'gao' }))).toBeUndefined();
    expect(relatedMetric(metrics, event('e', '2022-06-25'))).toBeUndefined();
  });
});
