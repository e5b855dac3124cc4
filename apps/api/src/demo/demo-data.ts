import { parseMoney } from '@effekt/engine';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { hashPassword } from '../modules/auth/password.js';
import { Fund } from '../modules/funds/fund.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { OrganisationKind } from '../modules/organisations/organisation-kind.js';
import { Member } from '../modules/partnerships/member.entity.js';
import { Partnership } from '../modules/partnerships/partnership.entity.js';
import { PartnershipRole, PartnershipStatus } from '../modules/partnerships/partnership-enums.js';
import { User } from '../modules/users/user.entity.js';

export const DEMO_PASSWORD = 'effekt-demo';

const organisations = [
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

type DemoKey = (typeof organisations)[number]['key'];

/** Loads DOMAIN.md's demo organisations, users, funds and partnerships into an empty database. */
export async function loadDemoDataIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Organisation, {})) > 0) return false;
  await em.transactional(async (tx) => {
    const byKey = new Map<DemoKey, Organisation>();
    for (const entry of organisations) {
      const organisation = new Organisation(entry.name, entry.kind);
      byKey.set(entry.key, organisation);
      const user = new User({
        email: entry.email,
        name: entry.user,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        organisation: tx.getReference(Organisation, organisation.id, { wrapped: true }),
      });
      user.isOrgAdmin = true;
      tx.persist([organisation, user]);
    }
    const org = (key: DemoKey) => {
      const found = byKey.get(key);
      if (!found) throw new Error(`demo organisation ${key} missing`);
      return tx.getReference(Organisation, found.id, { wrapped: true });
    };
    tx.persist(
      new Fund({
        name: 'Den sociale Investeringsfond',
        municipality: org('aarhus'),
        capital: parseMoney('40000000.00'),
      }),
    );
    tx.persist(
      new Fund({
        name: 'Vestby Sociale Investeringspulje',
        municipality: org('vestby'),
        capital: parseMoney('10000000.00'),
      }),
    );

    const partnerships: {
      title: string;
      challenge: string;
      commissioner: DemoKey;
      creator: string;
      members: [DemoKey, PartnershipRole][];
    }[] = [
      {
        title: 'Stop vold i familien',
        challenge:
          'Børn og unge i Aarhus vokser op i familier med vold. Indsatsen skal stoppe volden og give børnene en tryg hverdag, så færre får brug for anbringelse og behandling senere i livet.',
        commissioner: 'aarhus',
        creator: 'projektleder@aarhus.example',
        members: [
          ['askov', PartnershipRole.PROVIDER],
          ['kapitalfond', PartnershipRole.INVESTOR],
          ['trivsel', PartnershipRole.FOUNDATION],
          ['evaluering', PartnershipRole.EVALUATOR],
        ],
      },
      {
        title: 'Unge i job',
        challenge:
          'Unge i Vestby uden uddannelse eller arbejde skal hurtigere i varig beskæftigelse, så færre bliver afhængige af offentlig forsørgelse.',
        commissioner: 'vestby',
        creator: 'projektleder@vestby.example',
        members: [
          ['jobvejen', PartnershipRole.PROVIDER],
          ['nordisk', PartnershipRole.INVESTOR],
        ],
      },
    ];
    for (const entry of partnerships) {
      const creator = await tx.findOneOrFail(User, { email: entry.creator });
      const partnership = new Partnership({
        title: entry.title,
        challenge: entry.challenge,
        municipality: org(entry.commissioner),
        createdBy: tx.getReference(User, creator.id, { wrapped: true }),
      });
      partnership.status = PartnershipStatus.ACTIVE;
      tx.persist(partnership);
      const ref = tx.getReference(Partnership, partnership.id, { wrapped: true });
      tx.persist(
        new Member({
          partnership: ref,
          organisation: org(entry.commissioner),
          role: PartnershipRole.COMMISSIONER,
        }),
      );
      for (const [key, role] of entry.members)
        tx.persist(new Member({ partnership: ref, organisation: org(key), role }));
    }
  });
  logger.info('demo data loaded');
  return true;
}
