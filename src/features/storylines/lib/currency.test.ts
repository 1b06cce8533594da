import { describe, expect, it } from 'vitest';
import { isQuiet, newestDate } from './currency';

describe('storyline currency', () => {
  it('finds the newest event whatever its precision', () => {
    expect(newestDate([{ date: { start: '2024-06' } }, { date: { start: '2025-01-02' } }])).toBe(
      '2025-01-02',
    );
    expect(newestDate([])).toBeNull();
  });

  it('calls a storyline quiet once its newest event is more than six months old', () => {
    expect(isQuiet('2026-05-31', '2026-12-01')).toBe(true);
    expect(isQuiet('2026-06-01', '2026-12-01')).toBe(false);
    expect(isQuiet(null, '2026-12-01')).toBe(false);
    // 31 August less six months is the last day of February.
    expect(isQuiet('2026-02-28', '2026-08-31')).toBe(false);
    expect(isQuiet('2026-02-27', '2026-08-31')).toBe(true);
  });

  it('counts a month- or year-dated event from the end of its period', () => {
    expect(isQuiet('2026-05', '2026-11-30')).toBe(false);
    expect(isQuiet('2026-05', '2026-12-01')).toBe(true);
    expect(isQuiet('2025', '2026-06-30')).toBe(false);
    expect(isQuiet('2025', '2026-07-01')).toBe(true);
  });
});
