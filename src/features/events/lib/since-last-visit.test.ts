import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/fixtures/dataset';
import type { PolicyEvent } from '@/data/events/contract';
import { changesSince, whatsNew } from '@/features/events/lib/since-last-visit';

// Each test dates the changes it needs; every other event is as it was added.
const events: PolicyEvent[] = fixture('events').items.map((e) => ({ ...e, updated: e.added }));
const withUpdate = (id: string, updated: string) => events.map((e) => (e.id === id ? { ...e, updated } : e));

describe('since your last visit', () => {
  it('lists nothing when nothing changed after the last visit', () => {
    expect(whatsNew(events, [], '2030-01-01T00:00:00Z')).toEqual([]);
  });

  it('marks events the changelog adds as new and those it changes as updated, newest first', () => {
    const list = withUpdate('bsca-signed', '2026-12-02');
    const changelog = [
      { date: '2026-12-01', changes: [{ type: 'added', event: 'mexico-sues-gun-makers' }] },
      { date: '2026-12-02', changes: [{ type: 'corrected', event: 'bsca-signed' }, { type: 'added' }] },
      { date: '2026-11-01', changes: [{ type: 'added', event: 'gao-09-709-report' }] },
    ];
    const items = whatsNew(list, changelog, '2026-11-22T08:00:00Z');
    expect(items.map((i) => [i.event.id, i.kind])).toEqual([
      ['bsca-signed', 'changed'],
      ['mexico-sues-gun-makers', 'added'],
    ]);
  });

  it('uses each event’s own update date when the changelog does not mention it', () => {
    const items = whatsNew(withUpdate('project-thor-launched', '2027'), [], '2026-11-22');
    expect(items.map((i) => [i.event.id, i.kind])).toEqual([['project-thor-launched', 'changed']]);
  });

  it('gives the timeline and event pages each changed event’s kind, by id', () => {
    const changelog = [{ date: '2026-12-01', changes: [{ type: 'added', event: 'mexico-sues-gun-makers' }] }];
    const kinds = changesSince(withUpdate('bsca-signed', '2026-12-03'), changelog, '2026-11-30');
    expect([...kinds].sort()).toEqual([
      ['bsca-signed', 'changed'],
      ['mexico-sues-gun-makers', 'added'],
    ]);
    expect(changesSince(events, changelog, '2026-12-01').size).toBe(0);
  });
});
