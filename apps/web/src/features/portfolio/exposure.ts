import { formatMoney, parseMoney, sumOre } from '@effekt/engine';
import type {
  ExposureLineFieldsFragment,
  ExposurePointFieldsFragment,
  PositionFieldsFragment,
} from '../../gql/graphql';
import { buildCsv, neutraliseFormula } from './csv';

export type ExposureLine = ExposureLineFieldsFragment;
export type ExposurePoint = ExposurePointFieldsFragment;
export type Position = PositionFieldsFragment;

export const positionKeys = [
  'committed',
  'disbursed',
  'principalRepaid',
  'premiumReceived',
  'outstanding',
  'undrawn',
  'atRisk',
  'writtenOff',
] as const satisfies readonly (keyof Position)[];
export type PositionKey = (typeof positionKeys)[number];

/**
 * Kroner as a chart coordinate. Charts draw with floats; this is the one place money becomes a
 * number, only for drawing. Every figure people read comes from the exact decimal strings.
 */
export function chartKroner(decimal: string): number {
  return Number(parseMoney(decimal)) / 100;
}

export interface PartnershipExposure {
  readonly partnershipId: string;
  readonly title: string;
  /** Exact sums over the viewer's tranches in the partnership, as decimal strings. */
  readonly totals: Readonly<Record<PositionKey, string>>;
}

/** One row per partnership, summing its tranches exactly (an organisation may hold several). */
export function exposureByPartnership(lines: readonly ExposureLine[]): PartnershipExposure[] {
  const groups = new Map<string, { title: string; positions: Position[] }>();
  for (const line of lines) {
    const group = groups.get(line.partnership.id) ?? { title: line.partnership.title, positions: [] };
    group.positions.push(line.position);
    groups.set(line.partnership.id, group);
  }
  return [...groups].map(([partnershipId, group]) => {
    const totals = Object.fromEntries(
      positionKeys.map((key) => [
        key,
        formatMoney(sumOre(group.positions.map((position) => parseMoney(position[key])))),
      ]),
    ) as Record<PositionKey, string>;
    return { partnershipId, title: group.title, totals };
  });
}

/** Bars per partnership: what is still out (outstanding, undrawn), what came back, what was lost. */
export function exposureChartData(lines: readonly ExposureLine[]) {
  return exposureByPartnership(lines).map((row) => ({
    name: row.title,
    outstanding: chartKroner(row.totals.outstanding),
    undrawn: chartKroner(row.totals.undrawn),
    principalRepaid: chartKroner(row.totals.principalRepaid),
    premiumReceived: chartKroner(row.totals.premiumReceived),
    writtenOff: chartKroner(row.totals.writtenOff),
  }));
}

/** Points of the history line chart, in date order. */
export function historyChartData(history: readonly ExposurePoint[]) {
  return [...history]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((point) => ({
      date: point.date,
      disbursed: chartKroner(point.disbursed),
      principalRepaid: chartKroner(point.principalRepaid),
      premiumReceived: chartKroner(point.premiumReceived),
      outstanding: chartKroner(point.outstanding),
    }));
}

/** A table to export: the same cells go to CSV and XLSX. Money cells are exact decimal strings. */
export interface ExportColumn {
  readonly header: string;
  readonly kind: 'text' | 'integer' | 'money';
}

export interface ExportTable {
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly string[])[];
}

export interface ExportLabels {
  readonly partnership: string;
  readonly status: string;
  readonly organisation: string;
  readonly fund: string;
  readonly kind: string;
  readonly seniority: string;
  readonly premiumRate: string;
  readonly position: Readonly<Record<PositionKey, string>>;
  /** Localised partnership status and tranche kind. */
  readonly statusName: (status: ExposureLine['partnership']['status']) => string;
  readonly kindName: (kind: ExposureLine['tranche']['kind']) => string;
}

/** The exposure lines as an export table: one row per tranche, money as "1280000.00". */
export function exposureTable(lines: readonly ExposureLine[], labels: ExportLabels): ExportTable {
  const columns: ExportColumn[] = [
    { header: labels.partnership, kind: 'text' },
    { header: labels.status, kind: 'text' },
    { header: labels.organisation, kind: 'text' },
    { header: labels.fund, kind: 'text' },
    { header: labels.kind, kind: 'text' },
    { header: labels.seniority, kind: 'integer' },
    { header: labels.premiumRate, kind: 'text' },
    ...positionKeys.map((key) => ({ header: labels.position[key], kind: 'money' as const })),
  ];
  const rows = lines.map((line) => [
    line.partnership.title,
    labels.statusName(line.partnership.status),
    line.tranche.organisation.name,
    line.tranche.fund?.name ?? '',
    labels.kindName(line.tranche.kind),
    String(line.tranche.seniority),
    line.tranche.premiumRate,
    ...positionKeys.map((key) => line.position[key]),
  ]);
  return { columns, rows };
}

export function tableToCsv(table: ExportTable): string {
  return buildCsv([
    table.columns.map((column) => neutraliseFormula(column.header)),
    ...table.rows.map((row) =>
      row.map((cell, index) => (table.columns[index]?.kind === 'text' ? neutraliseFormula(cell) : cell)),
    ),
  ]);
}

/** The sheet rows write-excel-file takes (kept structural so this module stays free of the library). */
export type SheetCell =
  | { readonly type: StringConstructor; readonly value: string; readonly fontWeight?: 'bold' }
  | { readonly type: NumberConstructor; readonly value: number; readonly format?: string };

/**
 * XLSX cells: money as numbers with two decimals so the spreadsheet can add them up. A spreadsheet
 * number is a double; "1280000.00" converts to the nearest one, which shows the same øre for any
 * amount the API allows (under 10^12 kroner, 15 significant digits).
 */
export function tableToSheet(table: ExportTable): SheetCell[][] {
  const header: SheetCell[] = table.columns.map((column) => ({
    type: String,
    value: column.header,
    fontWeight: 'bold',
  }));
  const body = table.rows.map((row) =>
    row.map((cell, index): SheetCell => {
      const kind = table.columns[index]?.kind ?? 'text';
      if (kind === 'money') return { type: Number, value: Number(cell), format: '#,##0.00' };
      if (kind === 'integer') return { type: Number, value: Number(cell) };
      return { type: String, value: cell };
    }),
  );
  return [header, ...body];
}
