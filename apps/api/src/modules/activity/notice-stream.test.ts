import { describe, expect, it } from 'vitest';
import type { ActivityNotice } from './activity.service.js';
import type { ActivityBus } from './activity-bus.js';
import { noticeStream } from './notice-stream.js';

function localBus() {
  const listeners = new Map<string, Set<(notice: ActivityNotice) => void>>();
  const bus = {
    listen(partnershipId: string, listener: (notice: ActivityNotice) => void) {
      const set = listeners.get(partnershipId) ?? new Set();
      set.add(listener);
      listeners.set(partnershipId, set);
      return () => set.delete(listener);
    },
  } as unknown as ActivityBus;
  const emit = (notice: ActivityNotice) => {
    for (const listener of listeners.get(notice.partnershipId) ?? []) listener(notice);
  };
  const count = (partnershipId: string) => listeners.get(partnershipId)?.size ?? 0;
  return { bus, emit, count };
}

describe('a stream of activity notices', () => {
  it('yields its own partnership’s notices in order, queued or awaited', async () => {
    const { bus, emit } = localBus();
    const stream = noticeStream(bus, 'p1');
    emit({ id: '1', partnershipId: 'p1' });
    emit({ id: '2', partnershipId: 'p2' });
    emit({ id: '3', partnershipId: 'p1' });
    expect((await stream.next()).value).toEqual({ id: '1', partnershipId: 'p1' });
    expect((await stream.next()).value).toEqual({ id: '3', partnershipId: 'p1' });
    const waiting = stream.next();
    emit({ id: '4', partnershipId: 'p1' });
    expect((await waiting).value).toEqual({ id: '4', partnershipId: 'p1' });
  });

  it('stops listening when the subscriber goes away', async () => {
    const { bus, emit, count } = localBus();
    const stream = noticeStream(bus, 'p1');
    const waiting = stream.next();
    expect(count('p1')).toBe(1);
    await stream.return?.();
    expect(count('p1')).toBe(0);
    expect((await waiting).done).toBe(true);
    emit({ id: '5', partnershipId: 'p1' });
    expect((await stream.next()).done).toBe(true);
  });
});
