import { formatMoney, parseMoney } from '@effekt/engine';
import { chartKroner } from '../portfolio/exposure';

export interface DistributionLike {
  readonly principal: string;
  readonly premium: string;
  readonly tranche: {
    readonly id: string;
    readonly kind: 'GRANT' | 'INVESTMENT';
    readonly seniority: number;
    readonly organisation: { readonly name: string };
    readonly fund?: { readonly name: string } | null;
  };
}

export interface WaterfallRow {
  readonly trancheId: string;
  /** "Aarhus Kommune (Den sociale Investeringsfond)" where a fund finances the tranche. */
  readonly name: string;
  readonly seniority: number;
  readonly principal: string;
  readonly premium: string;
  /** principal + premium, exact. */
  readonly total: string;
}

export function trancheName(tranche: DistributionLike['tranche']): string {
  return tranche.fund ? `${tranche.organisation.name} (${tranche.fund.name})` : tranche.organisation.name;
}

/**
 * The waterfall in the order it is served: seniority 1 first, then the tranches' order in the terms
 * (the API's order; the sort is stable). Grants never receive and are left out.
 */
export function waterfallRows(distributions: readonly DistributionLike[]): WaterfallRow[] {
  return distributions
    .filter((row) => row.tranche.kind === 'INVESTMENT')
    .map((row) => ({
      trancheId: row.tranche.id,
      name: trancheName(row.tranche),
      seniority: row.tranche.seniority,
      principal: row.principal,
      premium: row.premium,
      total: formatMoney(parseMoney(row.principal) + parseMoney(row.premium)),
    }))
    .sort((a, b) => a.seniority - b.seniority);
}

/** Stacked bars: principal and premium per tranche, with the provider's surplus as its own bar. */
export function waterfallChartData(
  rows: readonly WaterfallRow[],
  surplus: { label: string; amount: string },
) {
  const bars = rows.map((row) => ({
    name: row.name,
    principal: chartKroner(row.principal),
    premium: chartKroner(row.premium),
    surplus: 0,
  }));
  if (parseMoney(surplus.amount) > 0n) {
    bars.push({ name: surplus.label, principal: 0, premium: 0, surplus: chartKroner(surplus.amount) });
  }
  return bars;
}
