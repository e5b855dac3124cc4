import type { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import type { ActivityBus } from '../modules/activity/activity-bus.js';
import type { TokenService } from '../modules/auth/tokens.js';
import type { Viewer } from '../policy/viewer.js';
import type { Loaders } from './loaders.js';

export interface Context {
  /** A fork per request, with the partnership member scope set to the viewer's organisation. */
  readonly em: EntityManager;
  readonly viewer: Viewer | null;
  /** The client's address, for sign-in throttling. */
  readonly address: string;
  readonly tokens: TokenService;
  readonly loaders: Loaders;
  /** For the request log only; null for subscriptions. */
  readonly response: Response | null;
  /** Live activity fan-out; null where the server runs without it. */
  readonly activityBus: ActivityBus | null;
}
