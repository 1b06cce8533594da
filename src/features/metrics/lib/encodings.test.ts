import { describe, expect, it } from 'vitest';
import { metric, observation, text } from '../../../../tests/fixtures/records';
import { encodingOf, toAnnualChart, toSteps, toTotals, yearsCovered } from './encodings';

const o = observation;

describe('encodings follow what the figures measure', () => {
  it('draws shares over their periods, and lists statements whose units differ', () => {
    expect(encodingOf(metric({ chart: 'statements', unit: 'percent' }, [o('a', '2020', '2020', 70)]))).toBe(
      'spans',
    );
    expect(
      encodingOf(
        metric({ chart: 'statements', unit: 'count' }, [
          o('a', '2020', '2020', 463, { unitLabel: text('arrests') }),
          o('b', '2023', '2023', 655, { unitLabel: text('investigations') }),
        ]),
      ),
    ).toBe('statement-list');
    expect(encodingOf(metric({ chart: 'statements', unit: 'usd' }, [o('a', '2020', '2020', 1)]))).toBe(
      'statement-list',
    );
    expect(encodingOf(metric({ timeBased: false }, []))).toBe('ranges');
    expect(encodingOf(metric({}, []))).toBe('spans');
  });
});

describe('annual bars', () => {
  it('gives every year between the first and last a slot, empty when nothing was published', () => {
    const chart = toAnnualChart(metric({}, [o('t', '2013', '2013', 15083), o('t', '2016', '2016', 13452)]));
    expect(chart.slots.map((s) => [s.year, s.bars.length])).toEqual([
      [2013, 1],
      [2014, 0],
      [2015, 0],
      [2016, 1],
    ]);
  });

  it('puts figures sources give differently side by side, and marks rounded and part-year figures', () => {
    const chart = toAnnualChart(
      metric({}, [
        o('army', '2022', '2022', 7922, { disputeGroup: 'g' }),
        o('army', '2022', '2022', 7916, { disputeGroup: 'g' }),
        o('army', '2021', '2021', 5000, { approximate: true }),
        o('army-partial', '2022-01-01', '2022-11-30', 7000),
      ]),
    );
    const y2022 = chart.slots.find((s) => s.year === 2022)?.bars ?? [];
    expect(y2022.map((b) => [b.value, b.disputed, b.partial])).toEqual([
      [7922, true, false],
      [7916, true, false],
      [7000, false, true],
    ]);
    expect(chart.slots.find((s) => s.year === 2021)?.bars[0]?.approximate).toBe(true);
  });

  it('counts U.S. fiscal years by the year they end in, and draws other measures as references', () => {
    const chart = toAnnualChart(
      metric({ series: [{ id: 'avg', label: text('average'), measure: 'context' }] }, [
        o('fy', '2018-10-01', '2019-09-30', 173),
        o('fy-part', '2019-10-01', '2020-07-31', 321),
        o('avg', '2013-10-01', '2019-09-30', 115),
      ]),
    );
    expect(chart.fiscal).toBe(true);
    expect(chart.slots.find((s) => s.year === 2019)?.bars.map((b) => b.value)).toEqual([173]);
    expect(chart.slots.find((s) => s.year === 2020)?.bars[0]?.partial).toBe(true);
    expect(chart.references.map(({ series, value, from, to }) => ({ series, value, from, to }))).toEqual([
      { series: 'avg', value: 115, from: 2014, to: 2019 },
    ]);
    expect(chart.slots[0]?.year).toBe(2014);
  });
});

describe('running totals', () => {
  it('places each total at the day it was reached, in time order, from the day the count starts', () => {
    const [line] = toSteps(
      metric({}, [o('owat', '2019-10-01', '2021-07-02', 1125), o('owat', '2019-10-01', '2020-12-31', 542)]),
    );
    expect(line?.since).toBe(Date.UTC(2019, 9, 1));
    expect(line?.points.map((p) => [new Date(p.t).toISOString().slice(0, 10), p.value])).toEqual([
      ['2020-12-31', 542],
      ['2021-07-02', 1125],
    ]);
  });
});

describe('multi-year totals', () => {
  it('are rows in the order of the periods they cover, each saying how many years it spans', () => {
    const rows = toTotals(
      metric({}, [
        o('t', '2017', '2023', 148200),
        o('t', '2007', '2011', 99691),
        o('t', '2022-10-01', '2023-03-31', 12000),
      ]),
    );
    expect(rows.map((r) => r.range[1])).toEqual([99691, 148200, 12000]);
    expect(yearsCovered({ start: '2007', end: '2011' })).toBe(5);
    expect(yearsCovered({ start: '2022-10-01', end: '2023-03-31' })).toBe(0.5);
  });
});
