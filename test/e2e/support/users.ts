/** Demo users (DOMAIN.md); every one is its organisation's admin. */
export const users = {
  aarhus: { email: 'projektleder@aarhus.example', organisation: 'Aarhus Kommune' },
  askov: { email: 'leder@askovfonden.example', organisation: 'AskovFonden' },
  kapitalfond: { email: 'investor@kapitalfond.example', organisation: 'Den Sociale Kapitalfond' },
  vestby: { email: 'projektleder@vestby.example', organisation: 'Vestby Kommune' },
  jobvejen: { email: 'leder@jobvejen.example', organisation: 'Jobvejen' },
  evaluator: { email: 'evaluator@evaluering.example', organisation: 'Evalueringsinstituttet' },
} as const;

export type DemoUser = (typeof users)[keyof typeof users];

export const demoPassword = 'effekt-demo';

export const demoPartnerships = {
  aarhus: 'Stop vold i familien',
  vestby: 'Unge i job',
} as const;
