import pg from 'pg';
import type { Logger } from '../../logger.js';
import { ACTIVITY_CHANNEL, type ActivityNotice } from './activity.service.js';

type Listener = (notice: ActivityNotice) => void;

/**
 * Fans activity out to this process's subscribers. Every API process LISTENs on its own
 * connection, so a change committed through any process reaches subscribers of all of them.
 */
export class ActivityBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: pg.Client | null = null;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => {
      if (message.channel !== ACTIVITY_CHANNEL || !message.payload) return;
      try {
        this.deliver(JSON.parse(message.payload) as ActivityNotice);
      } catch (error) {
        this.logger.warn({ err: error }, 'unreadable activity notice');
      }
    });
    client.on('error', (error) => {
      this.logger.error({ err: error }, 'activity listener lost its connection; reconnecting');
      this.client = null;
      if (!this.stopped) setTimeout(() => void this.start().catch(() => undefined), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${ACTIVITY_CHANNEL}`);
    this.client = client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  /** Calls `listener` for each new activity of the partnership until the returned function runs. */
  listen(partnershipId: string, listener: Listener): () => void {
    const set = this.listeners.get(partnershipId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(partnershipId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(partnershipId);
    };
  }

  private deliver(notice: ActivityNotice): void {
    for (const listener of this.listeners.get(notice.partnershipId) ?? []) listener(notice);
  }
}
