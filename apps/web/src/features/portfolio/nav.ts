import type { OrganisationKind } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/messages';

interface NavItem {
  readonly to: string;
  readonly label: MessageKey;
}

/**
 * Main-navigation entries for delivery and money, by the viewer's kind of organisation: verifiers
 * (municipalities and evaluators) review, capital holders see their portfolio, municipalities
 * their fund. The API still decides what each page shows.
 */
export function deliveryNav(kind: OrganisationKind): NavItem[] {
  const items: NavItem[] = [];
  if (kind === 'MUNICIPALITY' || kind === 'EVALUATOR')
    items.push({ to: '/reviews', label: 'delivery.nav.inbox' });
  if (kind === 'INVESTOR' || kind === 'FOUNDATION' || kind === 'MUNICIPALITY')
    items.push({ to: '/portfolio', label: 'delivery.nav.portfolio' });
  if (kind === 'MUNICIPALITY') items.push({ to: '/fund', label: 'delivery.nav.fund' });
  return items;
}
