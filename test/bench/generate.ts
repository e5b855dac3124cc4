import type pg from 'pg';
import type { DatasetSizes } from './config.js';
import { THEMES } from './names.js';
import { benchPasswordHash, countOf, seedOrganisations } from './seed-orgs.js';

/**
 * Fills a freshly migrated database with set-based SQL (`insert … select`), in one transaction.
 * Deterministic: pseudo-randomness comes from hashint8, not random(). Money is øre (bigint).
 *
 * Per partnership i (ACTIVE first, then CLOSED, then DRAFT): Q = 13 + i % 7 quarterly periods,
 * m = 2 + i % 3 metrics, 2–4 generated investors (+ a bench investor in the first 550 ACTIVE),
 * a foundation (3 in 4) and an evaluator (2 in 3). Quarters 1..Q−3 are VERIFIED and settled,
 * one payment per quarter (the last one CALCULATED/APPROVED/PAID); quarter Q−2 (and Q−1 when
 * i % 4 = 0) is VERIFIED and unsettled: the supply calculatePayment settles. CLOSED
 * partnerships have everything settled and PAID. 1 in 10 has an amendment (version 1
 * SUPERSEDED, version 2 AGREED). Payment distributions go pro rata to disbursed principal of
 * the senior investment tranches, and metric prices scale with the senior commitments so that
 * the sum of all payments stays below 70 % of what was disbursed: nothing is over-repaid.
 */
export async function generateDataset(
  client: pg.Client,
  sizes: DatasetSizes,
  log: (message: string) => void,
): Promise<void> {
  const orgs = seedOrganisations();
  const n = {
    municipalities: countOf(orgs, 'MUNICIPALITY'),
    providers: countOf(orgs, 'PROVIDER'),
    investors: countOf(orgs, 'INVESTOR'),
    foundations: countOf(orgs, 'FOUNDATION'),
    evaluators: countOf(orgs, 'EVALUATOR'),
  };
  const { active, closed, draft, largePortfolio, smallPortfolio } = sizes;
  const total = active + closed + draft;
  if (largePortfolio + smallPortfolio > active) throw new Error('more portfolio tranches than partnerships');
  const step = async (label: string, text: string, values: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(text, values);
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${Math.round(performance.now() - started)} ms`);
  };

  await client.query('begin');
  // Bulk-load practice (as pg_restore does): foreign keys are dropped for the load and added back
  // at the end, which checks every row in one set-based pass instead of a trigger per row.
  const foreignKeys = (
    await client.query<{ table: string; name: string; definition: string }>(
      `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
         from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`,
    )
  ).rows;
  for (const fk of foreignKeys) await client.query(`alter table ${fk.table} drop constraint "${fk.name}"`);
  await client.query(`create function pg_temp.rnd(a bigint, b bigint) returns float8 language sql immutable
    as $$ select (hashint8(a * 1000003 + b) & 2147483647)::float8 / 2147483648.0 $$`);

  await client.query(`create temp table seed_org (n serial primary key, id uuid not null default gen_random_uuid(),
    kind text not null, name text not null, idx int not null, admin_email text not null,
    admin_name text not null, second_name text not null, unique (kind, idx))`);
  await step(
    'seed organisations',
    `insert into seed_org (kind, name, idx, admin_email, admin_name, second_name)
     select * from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[])`,
    [
      orgs.map((org) => org.kind),
      orgs.map((org) => org.name),
      orgs.map((org) => org.idx),
      orgs.map((org) => org.adminEmail),
      orgs.map((org) => org.adminName),
      orgs.map((org) => org.secondName),
    ],
  );
  await step(
    'organisation',
    `insert into organisation (id, name, kind, created_at)
     select id, name, kind, timestamptz '2020-06-01' + n * interval '1 hour' from seed_org`,
  );
  await client.query(`create temp table seed_user as
    select gen_random_uuid() as id, o.id as organisation_id, true as admin, o.admin_email as email, o.admin_name as name
      from seed_org o
    union all
    select gen_random_uuid(), o.id, false, replace(o.admin_email, 'projektleder@', 'fondsforvalter@'), o.second_name
      from seed_org o where o.kind = 'MUNICIPALITY'`);
  await step(
    'app_user',
    `insert into app_user (id, email, name, password_hash, organisation_id, is_org_admin, created_at)
     select id, email, name, $1, organisation_id, admin, timestamptz '2020-06-02' from seed_user`,
    [benchPasswordHash()],
  );
  await client.query(`create temp table org_admin as
    select organisation_id, id as user_id from seed_user where admin`);
  await client.query('create index on org_admin (organisation_id)');
  await client.query('analyze seed_org, seed_user, org_admin');
  await step(
    'fund',
    `insert into fund (id, name, municipality_id, capital, created_at)
     select gen_random_uuid(), o.name || 's sociale investeringsfond', o.id,
            (20 + (o.idx * 7) % 41)::bigint * 100000000, timestamptz '2020-07-01'
       from seed_org o where o.kind = 'MUNICIPALITY'`,
  );

  await client.query(
    `create temp table bp as
     select i, gen_random_uuid() as id,
            case when i <= ${active} then 'ACTIVE' when i <= ${active + closed} then 'CLOSED' else 'DRAFT' end as status,
            13 + i % 7 as q, 2 + i % 3 as m, 2 + (i / 5) % 3 as n_inv,
            i % 4 = 0 as extra_verified, i % 10 = 0 as amended,
            mu.id as municipality_id, replace(mu.name, ' Kommune', '') as town, f.id as fund_id,
            ma.user_id as commissioner_user, pr.id as provider_id, pa.user_id as provider_user,
            case when i % 4 <> 0 then fo.id end as foundation_id,
            case when i % 3 <> 0 then ev.id end as evaluator_id,
            coalesce(case when i % 3 <> 0 then ea.user_id end, ma.user_id) as verifier_user,
            case when i <= ${largePortfolio} then bl.id
                 when i <= ${largePortfolio + smallPortfolio} then bs.id end as bench_investor_id,
            1 + (i - 1) / ${n.municipalities * THEMES.length} as phase
       from generate_series(1, ${total}) i
       join seed_org mu on mu.kind = 'MUNICIPALITY' and mu.idx = 1 + (i - 1) % ${n.municipalities}
       join org_admin ma on ma.organisation_id = mu.id
       join fund f on f.municipality_id = mu.id
       join seed_org pr on pr.kind = 'PROVIDER' and pr.idx = 1 + (i * 7) % ${n.providers}
       join org_admin pa on pa.organisation_id = pr.id
       join seed_org fo on fo.kind = 'FOUNDATION' and fo.idx = 1 + (i * 5) % ${n.foundations}
       join seed_org ev on ev.kind = 'EVALUATOR' and ev.idx = 1 + i % ${n.evaluators}
       join org_admin ea on ea.organisation_id = ev.id
       join seed_org bl on bl.kind = 'INVESTOR' and bl.idx = 1001
       join seed_org bs on bs.kind = 'INVESTOR' and bs.idx = 1002`,
  );
  await client.query(`alter table bp add primary key (i)`);
  await client.query('analyze bp');
  await client.query(`alter table bp
    add column start_date date, add column end_date date, add column created_at timestamptz`);
  // Reports run quarter by quarter up to mid 2026; terms run five years (closed: exactly Q quarters).
  await client.query(
    `update bp set start_date = (date '2026-07-01' - make_interval(months => 3 * q, days => i % 61))::date`,
  );
  await client.query(`update bp set
    end_date = (start_date + make_interval(months => case when status = 'CLOSED' then 3 * q else 60 end) - interval '1 day')::date,
    created_at = start_date - interval '120 days' + (i % 50) * interval '1 hour'`);
  await step(
    'partnership',
    `insert into partnership (id, title, challenge, municipality_id, status, closure, created_by_id, created_at)
     select p.id,
            ($1::text[])[1 + p.i % cardinality($1::text[])] || ' – ' || p.town
              || case when p.phase > 1 then ' (fase ' || p.phase || ')' else '' end,
            ($2::text[])[1 + p.i % cardinality($2::text[])],
            p.municipality_id, p.status,
            case when p.status = 'CLOSED' then (array['SUCCEEDED', 'PARTIAL', 'FAILED'])[1 + p.i % 3] end,
            p.commissioner_user, p.created_at
       from bp p`,
    [THEMES.map(([title]) => title), THEMES.map(([, challenge]) => challenge)],
  );

  await client.query(`create temp table bm as
    select p.i, p.id as partnership_id, x.organisation_id, x.role, x.ord, p.created_at
      from bp p cross join lateral (
        select p.municipality_id, 'COMMISSIONER', 0
        union all select p.provider_id, 'PROVIDER', 1
        union all select o.id, 'INVESTOR', 10 + k from generate_series(0, p.n_inv - 1) k
                    join seed_org o on o.kind = 'INVESTOR' and o.idx = 1 + (p.i * 3 + k * 17) % ${n.investors}
        union all select p.bench_investor_id, 'INVESTOR', 20 where p.bench_investor_id is not null
        union all select p.foundation_id, 'FOUNDATION', 30 where p.foundation_id is not null
        union all select p.evaluator_id, 'EVALUATOR', 40 where p.evaluator_id is not null
      ) x(organisation_id, role, ord)`);
  await step(
    'partnership_member',
    `insert into partnership_member (id, partnership_id, organisation_id, role, joined_at)
     select gen_random_uuid(), partnership_id, organisation_id, role, created_at + ord * interval '1 hour' from bm`,
  );

  // Tranches: the commissioner's fund first, then the investors (senior), then the foundation.
  // Computed in one statement: an index built after updating rows in this transaction is unusable here.
  await client.query(`create temp table bt as
    select r.*,
           (floor(r.commitment * (case when r.seniority = 1 then 0.75 + 0.25 * pg_temp.rnd(r.i, r.rank)
                                       else 0.5 + 0.5 * pg_temp.rnd(r.i, r.rank) end)::numeric / 100) * 100)::bigint
             as disbursed,
           1 + floor(pg_temp.rnd(r.i, r.rank + 100) * 4)::int as pieces
      from (select s.*, gen_random_uuid() as id, row_number() over (partition by s.i order by s.ord)::int as rank
      from (
        select p.i, p.id as partnership_id, p.municipality_id as organisation_id, p.fund_id, 0 as ord,
               'INVESTMENT' as kind, 1 as seniority, 0.03::numeric as premium_rate,
               (2 + (p.i * 3) % 7)::bigint * 100000000 as commitment
          from bp p where p.status <> 'DRAFT'
        union all
        select m.i, m.partnership_id, m.organisation_id, null, m.ord, 'INVESTMENT', 1,
               0.04 + 0.01 * ((m.i + m.ord) % 4), (1 + (m.i + m.ord * 5) % 5)::bigint * 100000000
          from bm m join bp p on p.i = m.i where p.status <> 'DRAFT' and m.role = 'INVESTOR'
        union all
        select m.i, m.partnership_id, m.organisation_id, null, m.ord,
               case when m.i % 2 = 0 then 'GRANT' else 'INVESTMENT' end, 2, 0, (5 + m.i % 11)::bigint * 10000000
          from bm m join bp p on p.i = m.i where p.status <> 'DRAFT' and m.role = 'FOUNDATION'
      ) s) r`);
  await client.query('create index on bt (i)');
  await client.query('analyze bm, bt');
  await step(
    'tranche',
    `insert into tranche (id, partnership_id, organisation_id, fund_id, rank, created_at)
     select t.id, t.partnership_id, t.organisation_id, t.fund_id, t.rank, p.created_at + interval '30 days'
       from bt t join bp p on p.i = t.i`,
  );

  await client.query(`create temp table bv as
    select p.i, p.id as partnership_id, v.number, gen_random_uuid() as id,
           case when v.number = 1 + p.amended::int then 'AGREED' else 'SUPERSEDED' end as status,
           case when v.number = 1 + p.amended::int then 1.0 else 0.9 end as scale,
           p.created_at + interval '30 days' + (v.number - 1) * interval '365 days' as proposed_at
      from bp p cross join generate_series(1, 1 + p.amended::int) v(number)
     where p.status <> 'DRAFT'`);
  await client.query('create index on bv (i)');
  await client.query('analyze bv');
  await step(
    'contract_version',
    `insert into contract_version (id, partnership_id, number, status, content_hash, canonical_terms,
                                   start_date, end_date, payment_cap, proposed_by_id, proposed_at, agreed_at)
     select v.id, v.partnership_id, v.number, v.status, encode(sha256(convert_to(c.canonical, 'UTF8')), 'hex'),
            c.canonical, p.start_date, p.end_date, c.cap, p.commissioner_user, v.proposed_at,
            v.proposed_at + interval '20 days'
       from bv v join bp p on p.i = v.i
       cross join lateral (select 2 * sum(floor(t.commitment * v.scale / 100) * 100)::bigint as cap
                             from bt t where t.i = v.i) s
       cross join lateral (select json_build_object('format', 'effekt-bench-terms/1', 'partnership', v.partnership_id,
                                  'number', v.number, 'startDate', p.start_date, 'endDate', p.end_date,
                                  'paymentCap', s.cap)::text as canonical, s.cap) c`,
  );
  await step(
    'tranche_terms',
    `insert into tranche_terms (id, version_id, tranche_id, position, kind, seniority, commitment, premium_rate)
     select gen_random_uuid(), v.id, t.id, t.rank - 1, t.kind, t.seniority,
            (floor(t.commitment * v.scale / 100) * 100)::bigint, t.premium_rate
       from bv v join bt t on t.i = v.i`,
  );
  await step(
    'signature',
    `insert into signature (id, version_id, organisation_id, signed_by_id, signed_at)
     select gen_random_uuid(), v.id, m.organisation_id, a.user_id, v.proposed_at + (1 + m.ord) * interval '1 hour'
       from bv v join bm m on m.i = v.i and m.role in ('COMMISSIONER', 'PROVIDER', 'INVESTOR', 'FOUNDATION')
       join org_admin a on a.organisation_id = m.organisation_id`,
  );

  // Prices scale with the senior commitments: at most 4.25 % of them per quarter in all.
  await client.query(`create temp table bmet as
    select v.i, v.id as version_id, v.status = 'AGREED' as agreed, k.pos, gen_random_uuid() as id,
           (array['outcomes-achieved', 'wellbeing-score', 'stable-housing', 'no-recurrence-12m'])[k.pos + 1] as key,
           (array['PER_OUTCOME', 'LINEAR', 'THRESHOLD', 'PER_OUTCOME'])[k.pos + 1] as rule,
           case k.pos when 0 then greatest(round(b.base / 400 / 10000) * 10000, 10000)::bigint
                      when 3 then greatest(round(b.base / 800 / 10000) * 10000, 10000)::bigint end as price,
           case k.pos when 1 then 0.30 when 2 then 10 end::numeric as threshold,
           case k.pos when 1 then 0.60 end::numeric as target,
           case when k.pos in (1, 2) then (round(b.base / 200 / 10000) * 10000)::bigint end as amount,
           case when p.evaluator_id is not null then 'EVALUATOR' else 'COMMISSIONER' end as verifier
      from bv v join bp p on p.i = v.i
      cross join generate_series(0, p.m - 1) k(pos)
      cross join lateral (select sum(t.commitment)::numeric as base from bt t
                           where t.i = v.i and t.seniority = 1) b`);
  await client.query('create index on bmet (i) where agreed');
  await client.query('analyze bmet');
  await step(
    'metric',
    `insert into metric (id, version_id, position, key, name, definition, unit, verifier, rule,
                         price, threshold, target, amount, cap, unit_saving)
     select id, version_id, pos, key,
            (array['Borgere der har nået målet', 'Trivselsscore, andel forbedret', 'Borgere i stabil bolig eller job',
                   'Ingen tilbagefald efter 12 måneder'])[pos + 1],
            (array['Antal borgere, der har gennemført forløbet og nået det aftalte mål i perioden.',
                   'Andelen af deltagere, hvis trivselsscore er forbedret markant 12 måneder efter start.',
                   'Antal borgere i egen bolig eller ordinært job ved periodens udgang.',
                   'Antal borgere uden tilbagefald 12 måneder efter afsluttet forløb.'])[pos + 1],
            (array['borgere', 'andel', 'borgere', 'borgere'])[pos + 1], verifier, rule,
            price, threshold, target, amount, null, case when pos = 0 then price * 3 end
       from bmet`,
  );

  await step(
    'disbursement',
    `insert into disbursement (id, tranche_id, amount, date, recorded_by_id, recorded_at)
     select gen_random_uuid(), t.id,
            t.disbursed / t.pieces + case when j = t.pieces then t.disbursed % t.pieces else 0 end,
            p.start_date + (j - 1) * 60, a.user_id, (p.start_date + (j - 1) * 60) + interval '9 hours'
       from bt t join bp p on p.i = t.i join org_admin a on a.organisation_id = t.organisation_id
       cross join generate_series(1, t.pieces) j`,
  );

  await client.query(`create temp table br as
    select p.i, p.id as partnership_id, q.q, mt.pos, mt.id as metric_id, mt.key, mt.rule, mt.price,
           mt.threshold, mt.target, mt.amount,
           (p.start_date + make_interval(months => 3 * (q.q - 1)))::date as period_start,
           (p.start_date + make_interval(months => 3 * q.q) - interval '1 day')::date as period_end,
           (case mt.pos when 0 then floor(pg_temp.rnd(p.i * 100 + q.q, 0) * 11)
                        when 1 then round((0.2 + 0.5 * pg_temp.rnd(p.i * 100 + q.q, 1))::numeric, 2)
                        when 2 then 5 + floor(pg_temp.rnd(p.i * 100 + q.q, 2) * 11)
                        else floor(pg_temp.rnd(p.i * 100 + q.q, 3) * 7) end)::numeric as value,
           case when p.status = 'CLOSED' or q.q <= p.q - 3 then 'SETTLED'
                when q.q = p.q - 2 or (q.q = p.q - 1 and p.extra_verified) then 'VERIFIED'
                when q.q = p.q and (p.i + mt.pos) % 11 = 0 then 'REJECTED'
                else 'SUBMITTED' end as state
      from bp p join bmet mt on mt.i = p.i and mt.agreed
      cross join generate_series(1, p.q) q(q)
     where p.status <> 'DRAFT'`);
  await client.query(`alter table br add column ore bigint`);
  await client.query(`update br set ore = case rule
      when 'PER_OUTCOME' then floor(price * value)
      when 'THRESHOLD' then case when value >= threshold then amount else 0 end
      else case when value <= threshold then 0 when value >= target then amount
                else floor(amount * (value - threshold) / (target - threshold)) end
    end::bigint
    where state = 'SETTLED'`);

  await client.query(`create temp table bpay as
    select r.i, r.partnership_id, r.q as number, gen_random_uuid() as id, sum(r.ore)::bigint as total,
           max(r.period_end) as period_end,
           case when p.status = 'CLOSED' or r.q < p.q - 3 or p.i % 4 >= 2 then 'PAID'
                when p.i % 4 = 1 then 'APPROVED' else 'CALCULATED' end as status
      from br r join bp p on p.i = r.i where r.state = 'SETTLED'
     group by r.i, r.partnership_id, r.q, p.status, p.q, p.i`);
  await client.query('create index on bpay (i, number)');
  await client.query('analyze br, bpay');
  await step(
    'outcome_payment',
    `insert into outcome_payment (id, partnership_id, number, version_id, status, total, cap_reduction,
                                  provider_surplus, calculated_by_id, calculated_at, approved_by_id, approved_at,
                                  paid_by_id, paid_on)
     select y.id, y.partnership_id, y.number, v.id, y.status, y.total, 0, 0, p.commissioner_user,
            y.period_end + interval '20 days 10 hours',
            case when y.status <> 'CALCULATED' then p.commissioner_user end,
            case when y.status <> 'CALCULATED' then y.period_end + interval '25 days 10 hours' end,
            case when y.status = 'PAID' then p.commissioner_user end,
            case when y.status = 'PAID' then y.period_end + 40 end
       from bpay y join bp p on p.i = y.i join bv v on v.i = y.i and v.status = 'AGREED'`,
  );
  await step(
    'payment_line',
    `insert into payment_line (id, payment_id, metric_id, metric_key, position, gross, amount)
     select gen_random_uuid(), y.id, r.metric_id, r.key, r.pos, sum(r.ore), sum(r.ore)
       from br r join bpay y on y.i = r.i and y.number = r.q
      where r.state = 'SETTLED' group by y.id, r.metric_id, r.key, r.pos`,
  );
  await step(
    'outcome_report',
    `insert into outcome_report (id, partnership_id, metric_id, metric_key, period_start, period_end, value, note,
                                 status, submitted_by_id, submitted_at, reviewed_by_id, reviewed_at,
                                 review_note, payment_id)
     select gen_random_uuid(), r.partnership_id, r.metric_id, r.key, r.period_start, r.period_end, r.value,
            case when (r.i + r.q) % 5 = 0 then 'Opgjort på baggrund af kommunens registerdata' end,
            case r.state when 'SETTLED' then 'VERIFIED' else r.state end,
            p.provider_user, r.period_end + interval '10 days 9 hours',
            case when r.state <> 'SUBMITTED' then p.verifier_user end,
            case when r.state <> 'SUBMITTED' then r.period_end + interval '15 days 13 hours' end,
            case when r.state = 'REJECTED' then 'Tallet stemmer ikke med kommunens registreringer' end,
            y.id
       from br r join bp p on p.i = r.i
       left join bpay y on y.i = r.i and y.number = r.q and r.state = 'SETTLED'
     union all
     select gen_random_uuid(), r.partnership_id, r.metric_id, r.key, r.period_start, r.period_end, r.value + 1,
            null, 'SUPERSEDED', p.provider_user, r.period_end + interval '5 days 9 hours', p.verifier_user,
            r.period_end + interval '8 days 11 hours', 'Afvist: dokumentationen manglede', null
       from br r join bp p on p.i = r.i
      where r.state = 'SETTLED' and r.pos = 0 and (r.i + r.q) % 9 = 0`,
  );
  await step(
    'distribution',
    `with senior as (
       select i, sum(disbursed)::numeric as d1 from bt where kind = 'INVESTMENT' and seniority = 1 group by i
     ), shares as (
       select y.id as payment_id, t.id as tranche_id, y.total,
              case when t.seniority = 1 then floor(y.total::numeric * t.disbursed / s.d1)::bigint else 0 end as share,
              row_number() over (partition by y.id order by t.seniority, t.rank) as rn
         from bpay y join bt t on t.i = y.i and t.kind = 'INVESTMENT' join senior s on s.i = y.i
     )
     insert into distribution (id, payment_id, tranche_id, principal, premium)
     select gen_random_uuid(), payment_id, tranche_id,
            share + case when rn = 1 then total - sum(share) over (partition by payment_id) else 0 end, 0
       from shares`,
  );
  const checking = performance.now();
  for (const fk of foreignKeys) {
    await client.query(`alter table ${fk.table} add constraint "${fk.name}" ${fk.definition}`);
  }
  log(
    `  ${foreignKeys.length} foreign keys added back and checked: ${Math.round(performance.now() - checking)} ms`,
  );
  await validate(client);
  await client.query('commit');
  const started = performance.now();
  await client.query('vacuum analyze');
  log(`  vacuum analyze: ${Math.round(performance.now() - started)} ms`);
}

/** Each query lists what breaks a rule; any row fails the run before anything is measured. */
const CHECKS: readonly (readonly [string, string])[] = [
  [
    'one AGREED version per ACTIVE or CLOSED partnership, none for DRAFT',
    `select p.id from partnership p left join contract_version v on v.partnership_id = p.id and v.status = 'AGREED'
      group by p.id, p.status having count(v.id) <> case when p.status = 'DRAFT' then 0 else 1 end`,
  ],
  [
    'disbursed within the commitment in force',
    `select t.id from tranche t
       join contract_version v on v.partnership_id = t.partnership_id and v.status = 'AGREED'
       join tranche_terms tt on tt.version_id = v.id and tt.tranche_id = t.id
      where (select coalesce(sum(amount), 0) from disbursement d where d.tranche_id = t.id) > tt.commitment`,
  ],
  [
    'payment total = sum of line amounts − capReduction = distributions + providerSurplus',
    `select p.id from outcome_payment p
      where p.total + p.cap_reduction <> (select coalesce(sum(amount), 0) from payment_line l where l.payment_id = p.id)
         or p.total <> p.provider_surplus
                       + (select coalesce(sum(principal + premium), 0) from distribution x where x.payment_id = p.id)`,
  ],
  [
    'every payment line has settled reports of its metric',
    `select l.id from payment_line l
      where not exists (select 1 from outcome_report r where r.payment_id = l.payment_id and r.metric_id = l.metric_id)`,
  ],
  [
    'principal repaid never exceeds disbursed',
    `select x.tranche_id from distribution x group by x.tranche_id
     having sum(x.principal) > (select coalesce(sum(amount), 0) from disbursement d where d.tranche_id = x.tranche_id)`,
  ],
  [
    'every settled report is VERIFIED',
    `select id from outcome_report where payment_id is not null and status <> 'VERIFIED'`,
  ],
];

async function validate(client: pg.Client): Promise<void> {
  for (const [rule, query] of CHECKS) {
    const result = await client.query(`${query} limit 3`);
    if (result.rowCount) throw new Error(`generated data breaks "${rule}": ${JSON.stringify(result.rows)}`);
  }
}
