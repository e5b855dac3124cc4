import type { ActivityNotice } from './activity.service.js';
import type { ActivityBus } from './activity-bus.js';

/** The bus's notices for one partnership as an async iterator that unsubscribes on return. */
export function noticeStream(bus: ActivityBus, partnershipId: string): AsyncIterableIterator<ActivityNotice> {
  const queue: ActivityNotice[] = [];
  let wake: ((result: IteratorResult<ActivityNotice>) => void) | null = null;
  let done = false;
  const unsubscribe = bus.listen(partnershipId, (notice) => {
    if (wake) {
      const resolve = wake;
      wake = null;
      resolve({ value: notice, done: false });
    } else {
      queue.push(notice);
    }
  });
  const finish = async (): Promise<IteratorResult<ActivityNotice>> => {
    done = true;
    unsubscribe();
    wake?.({ value: undefined, done: true });
    wake = null;
    return { value: undefined, done: true };
  };
  return {
    next: () => {
      const queued = queue.shift();
      if (queued) return Promise.resolve({ value: queued, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        wake = resolve;
      });
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
