import { parseMoney } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../modules/auth/password.js';
import { Fund } from '../modules/funds/fund.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { OrganisationKind } from '../modules/organisations/organisation-kind.js';
import { User } from '../modules/users/user.entity.js';
import { UserView } from '../modules/users/user.view.js';
import type { Viewer } from '../policy/viewer.js';

export const DEMO_PASSWORD = 'effekt-demo';

/** DOMAIN.md's demo organisations, each with one org admin. */
export const DEMO_ORGANISATIONS = [
  {
    key: 'aarhus',
    name: 'Aarhus Kommune',
    kind: OrganisationKind.MUNICIPALITY,
    email: 'projektleder@aarhus.example',
    user: 'Mette Kjær',
  },
  {
    key: 'askov',
    name: 'AskovFonden',
    kind: OrganisationKind.PROVIDER,
    email: 'leder@askovfonden.example',
    user: 'Lars Holm',
  },
  {
    key: 'kapitalfond',
    name: 'Den Sociale Kapitalfond',
    kind: OrganisationKind.INVESTOR,
    email: 'investor@kapitalfond.example',
    user: 'Sofie Brandt',
  },
  {
    key: 'trivsel',
    name: 'Trivselsfonden',
    kind: OrganisationKind.FOUNDATION,
    email: 'fond@trivselsfonden.example',
    user: 'Anne Dahl',
  },
  {
    key: 'evaluering',
    name: 'Evalueringsinstituttet',
    kind: OrganisationKind.EVALUATOR,
    email: 'evaluator@evaluering.example',
    user: 'Peter Lund',
  },
  {
    key: 'vestby',
    name: 'Vestby Kommune',
    kind: OrganisationKind.MUNICIPALITY,
    email: 'projektleder@vestby.example',
    user: 'Jonas Vinther',
  },
  {
    key: 'jobvejen',
    name: 'Jobvejen',
    kind: OrganisationKind.PROVIDER,
    email: 'leder@jobvejen.example',
    user: 'Camilla Friis',
  },
  {
    key: 'nordisk',
    name: 'Nordisk Impact Invest',
    kind: OrganisationKind.INVESTOR,
    email: 'investor@nordiskimpact.example',
    user: 'Henrik Møller',
  },
] as const;

export type DemoKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

const FUNDS: { name: string; municipality: DemoKey; capital: string }[] = [
  { name: 'Den sociale Investeringsfond', municipality: 'aarhus', capital: '40000000.00' },
  { name: 'Vestby Sociale Investeringspulje', municipality: 'vestby', capital: '10000000.00' },
];

/** The demo organisation's admin acting, as a signed-in request would. */
export function viewerOf(directory: DemoDirectory, key: DemoKey): Viewer {
  return { user: UserView.fromEntity(directory.user(key)), organisation: directory.organisation(key) };
}

export interface DemoDirectory {
  readonly organisation: (key: DemoKey) => Organisation;
  readonly user: (key: DemoKey) => User;
  readonly fund: (municipality: DemoKey) => Fund;
}

export async function createDemoDirectory(tx: EntityManager): Promise<DemoDirectory> {
  const organisations = new Map<DemoKey, Organisation>();
  const users = new Map<DemoKey, User>();
  const funds = new Map<DemoKey, Fund>();
  for (const entry of DEMO_ORGANISATIONS) {
    const organisation = new Organisation(entry.name, entry.kind);
    const user = new User({
      email: entry.email,
      name: entry.user,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      organisation: tx.getReference(Organisation, organisation.id, { wrapped: true }),
    });
    user.isOrgAdmin = true;
    organisations.set(entry.key, organisation);
    users.set(entry.key, user);
    tx.persist([organisation, user]);
  }
  const pick = <T>(map: Map<DemoKey, T>, key: DemoKey): T => {
    const found = map.get(key);
    if (!found) throw new Error(`demo data has no ${key}`);
    return found;
  };
  for (const entry of FUNDS) {
    const fund = new Fund({
      name: entry.name,
      municipality: tx.getReference(Organisation, pick(organisations, entry.municipality).id, {
        wrapped: true,
      }),
      capital: parseMoney(entry.capital),
    });
    funds.set(entry.municipality, fund);
    tx.persist(fund);
  }
  await tx.flush();
  return {
    organisation: (key) => pick(organisations, key),
    user: (key) => pick(users, key),
    fund: (key) => pick(funds, key),
  };
}
