import type { MikroORM } from '@mikro-orm/postgresql';
import { transaction } from '../database/transaction.js';
import type { Logger } from '../logger.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { PartnershipRole } from '../modules/partnerships/partnership-enums.js';
import { playWorkedExample } from './demo-delivery.js';
import { createDemoDirectory, type DemoDirectory } from './demo-directory.js';
import { createDemoPartnership } from './demo-partnerships.js';
import { fillWorkspace } from './demo-workspace.js';

export { DEMO_PASSWORD } from './demo-directory.js';

const stopVold = {
  title: 'Stop vold i familien',
  challenge:
    'Børn og unge i Aarhus vokser op i familier med vold. Indsatsen skal stoppe volden og give børnene en tryg hverdag, så færre får brug for anbringelse og behandling senere i livet.',
  commissioner: 'aarhus',
  members: [
    ['askov', PartnershipRole.PROVIDER],
    ['kapitalfond', PartnershipRole.INVESTOR],
    ['trivsel', PartnershipRole.FOUNDATION],
    ['evaluering', PartnershipRole.EVALUATOR],
  ],
  terms: (directory: DemoDirectory) => ({
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    paymentCap: '8000000.00',
    metrics: [
      {
        key: 'families-completed',
        name: 'Familier hvor volden er stoppet',
        definition:
          'Antal familier, der har gennemført forløbet, hvor volden er stoppet ved afslutning og ikke er genopstået 12 måneder efter.',
        unit: 'familier',
        verifier: 'EVALUATOR',
        rule: 'PER_OUTCOME',
        price: '40000.00',
        unitSaving: '125000.00',
      },
      {
        key: 'child-wellbeing',
        name: 'Børnenes trivsel',
        definition:
          'Andelen af børn i forløbet, hvis trivselsscore (SDQ) er forbedret markant 12 måneder efter start.',
        unit: 'andel',
        verifier: 'EVALUATOR',
        rule: 'LINEAR',
        threshold: '0.30',
        target: '0.60',
        amount: '500000.00',
      },
    ],
    tranches: [
      {
        organisationId: directory.organisation('aarhus').id,
        fundId: directory.fund('aarhus').id,
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '3000000.00',
        premiumRate: '0.05',
      },
      {
        organisationId: directory.organisation('kapitalfond').id,
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '2000000.00',
        premiumRate: '0.05',
      },
      {
        organisationId: directory.organisation('trivsel').id,
        kind: 'INVESTMENT',
        seniority: 2,
        commitment: '1000000.00',
        premiumRate: '0',
      },
    ],
  }),
} as const;

const ungeIJob = {
  title: 'Unge i job',
  challenge:
    'Unge i Vestby uden uddannelse eller arbejde skal hurtigere i varig beskæftigelse, så færre bliver afhængige af offentlig forsørgelse.',
  commissioner: 'vestby',
  members: [
    ['jobvejen', PartnershipRole.PROVIDER],
    ['nordisk', PartnershipRole.INVESTOR],
  ],
  terms: (directory: DemoDirectory) => ({
    startDate: '2026-03-01',
    endDate: '2029-02-28',
    paymentCap: '4000000.00',
    metrics: [
      {
        key: 'job-6-months',
        name: 'Unge i job i mindst 6 måneder',
        definition:
          'Antal unge i forløbet, der har været i ordinær beskæftigelse eller uddannelse i 6 sammenhængende måneder.',
        unit: 'unge',
        verifier: 'COMMISSIONER',
        rule: 'PER_OUTCOME',
        price: '30000.00',
        cap: '3000000.00',
        unitSaving: '95000.00',
      },
      {
        key: 'completion-rate',
        name: 'Gennemførelse af forløbet',
        definition: 'Andelen af de tilmeldte unge, der gennemfører hele forløbet.',
        unit: 'andel',
        verifier: 'COMMISSIONER',
        rule: 'THRESHOLD',
        threshold: '0.70',
        amount: '250000.00',
      },
    ],
    tranches: [
      {
        organisationId: directory.organisation('vestby').id,
        fundId: directory.fund('vestby').id,
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '1500000.00',
        premiumRate: '0.03',
      },
      {
        organisationId: directory.organisation('nordisk').id,
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '1500000.00',
        premiumRate: '0.06',
      },
    ],
  }),
} as const;

/** Loads DOMAIN.md's demo data into an empty database; returns false when there was data. */
export async function loadDemoDataIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Organisation, {})) > 0) return false;
  await transaction(em, async (tx) => {
    const directory = await createDemoDirectory(tx);
    const workedExample = await createDemoPartnership(tx, directory, stopVold);
    await playWorkedExample(tx, directory, workedExample);
    await fillWorkspace(tx, directory, workedExample);
    await createDemoPartnership(tx, directory, ungeIJob);
  });
  logger.info('demo data loaded');
  return true;
}
