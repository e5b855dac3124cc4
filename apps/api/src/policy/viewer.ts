import type { Organisation } from '../modules/organisations/organisation.entity.js';
import type { User } from '../modules/users/user.entity.js';

/** The signed-in user and the organisation it acts for. */
export interface Viewer {
  readonly user: User;
  readonly organisation: Organisation;
}
