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
  /** A grant never receives: it can be listed, but has no bar in the chart. */
  readonly kind: 'GRANT' | 'INVESTMENT';
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
      kind: row.tranche.kind,
      seniority: row.tranche.seniority,
      principal: row.principal,
      premium: row.premium,
      total: formatMoney(parseMoney(row.principal) + parseMoney(row.premium)),
    }))
    .sort((a, b) => a.seniority - b.seniority);
}

/**
 * Where the waterfall is shown. `page`: a full-width card, with seniority and the sum as columns and
 * the provider's surplus as the table's last row. `panel`: the terms editor's narrow side panel, with
 * seniority as a note under the tranche's name.
 */
export type WaterfallFit = 'page' | 'panel';

export type WaterfallColumn = 'seniority' | 'principal' | 'premium' | 'total';

/** The table's columns after the tranche's name, in order. */
export function waterfallColumns(fit: WaterfallFit): readonly WaterfallColumn[] {
  return fit === 'page' ? ['seniority', 'principal', 'premium', 'total'] : ['principal', 'premium'];
}

/**
 * Stacked bars: principal and premium per investment tranche, with the provider's surplus as its
 * own bar when there is one (or always, with `keepEmptySurplus`, so a zero reads as an outcome).
 */
export function waterfallChartData(
  rows: readonly WaterfallRow[],
  surplus: { readonly label: string; readonly amount: string },
  { keepEmptySurplus = false }: { readonly keepEmptySurplus?: boolean } = {},
) {
  const bars = rows
    .filter((row) => row.kind === 'INVESTMENT')
    .map((row) => ({
      name: row.name,
      principal: chartKroner(row.principal),
      premium: chartKroner(row.premium),
      surplus: 0,
    }));
  if (keepEmptySurplus || parseMoney(surplus.amount) > 0n) {
    bars.push({ name: surplus.label, principal: 0, premium: 0, surplus: chartKroner(surplus.amount) });
  }
  return bars;
}
