import type { OrganisationView } from '../modules/organisations/organisation.view.js';
import type { UserView } from '../modules/users/user.view.js';

/** The signed-in user and the organisation it acts for, as read once per request. */
export interface Viewer {
  readonly user: UserView;
  readonly organisation: OrganisationView;
}
