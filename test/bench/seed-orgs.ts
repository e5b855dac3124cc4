import { randomBytes, scryptSync } from 'node:crypto';
import {
  BENCH_INVESTOR_LARGE,
  BENCH_INVESTOR_SMALL,
  EVALUATORS,
  FIRST_NAMES,
  FOUNDATION_STEMS,
  FOUNDATION_SUFFIXES,
  INVESTOR_STEMS,
  INVESTOR_SUFFIXES,
  LAST_NAMES,
  MUNICIPALITIES,
  PROVIDER_STEMS,
  PROVIDER_SUFFIXES,
} from './names.js';

export type OrgKind = 'MUNICIPALITY' | 'PROVIDER' | 'INVESTOR' | 'FOUNDATION' | 'EVALUATOR';

/** One generated organisation; `idx` numbers it within its kind from 1 (bench investors: 1001, 1002). */
export interface SeedOrg {
  readonly kind: OrgKind;
  readonly name: string;
  readonly idx: number;
  readonly adminEmail: string;
  readonly adminName: string;
  readonly secondName: string;
}

/** Every bench user's password, so the web client can be pointed at the bench data too. */
export const BENCH_PASSWORD = 'effekt-bench';

/** The API's scrypt format (apps/api/src/modules/auth/password.ts): `scrypt$N$r$p$salt$key`. */
export function benchPasswordHash(): string {
  const salt = randomBytes(16);
  const key = scryptSync(BENCH_PASSWORD.normalize('NFKC'), salt, 32, {
    N: 2 ** 15,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  });
  return ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const MAILBOX: Record<OrgKind, string> = {
  MUNICIPALITY: 'projektleder',
  PROVIDER: 'leder',
  INVESTOR: 'investor',
  FOUNDATION: 'fond',
  EVALUATOR: 'evaluator',
};

function person(n: number): string {
  return `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n * 7 + 3) % LAST_NAMES.length]}`;
}

function cross(stems: readonly string[], suffixes: readonly string[]): string[] {
  return stems.flatMap((stem) => suffixes.map((suffix) => `${stem}${suffix}`));
}

export function seedOrganisations(): SeedOrg[] {
  const groups: [OrgKind, readonly string[]][] = [
    ['MUNICIPALITY', MUNICIPALITIES.map((town) => `${town} Kommune`)],
    ['PROVIDER', cross(PROVIDER_STEMS, PROVIDER_SUFFIXES)],
    ['INVESTOR', cross(INVESTOR_STEMS, INVESTOR_SUFFIXES)],
    ['FOUNDATION', cross(FOUNDATION_STEMS, FOUNDATION_SUFFIXES)],
    ['EVALUATOR', EVALUATORS],
  ];
  const orgs: SeedOrg[] = [];
  const add = (kind: OrgKind, name: string, idx: number) => {
    const n = orgs.length;
    orgs.push({
      kind,
      name,
      idx,
      adminEmail: `${MAILBOX[kind]}@${slug(name)}.example`,
      adminName: person(n),
      secondName: person(n + 11),
    });
  };
  for (const [kind, names] of groups) {
    names.forEach((name, index) => {
      add(kind, name, index + 1);
    });
  }
  add('INVESTOR', BENCH_INVESTOR_LARGE, 1001);
  add('INVESTOR', BENCH_INVESTOR_SMALL, 1002);
  return orgs;
}

export function countOf(orgs: readonly SeedOrg[], kind: OrgKind): number {
  return orgs.filter((org) => org.kind === kind && org.idx < 1000).length;
}
