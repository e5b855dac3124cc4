import { describe, expect, it } from 'vitest';
import {
  type ExportLabels,
  type ExposureLine,
  exposureByPartnership,
  exposureChartData,
  exposureTable,
  historyChartData,
  type Position,
  tableToCsv,
  tableToSheet,
} from './exposure';

function position(partial: Partial<Position> = {}): Position {
  return {
    committed: '0.00',
    disbursed: '0.00',
    principalRepaid: '0.00',
    premiumReceived: '0.00',
    outstanding: '0.00',
    undrawn: '0.00',
    atRisk: '0.00',
    writtenOff: '0.00',
    ...partial,
  };
}

function line(partnership: string, title: string, pos: Partial<Position>, fund?: string): ExposureLine {
  return {
    partnership: { id: partnership, title, status: 'ACTIVE' },
    tranche: {
      id: `${partnership}-${fund ?? 'own'}`,
      kind: 'INVESTMENT',
      seniority: 1,
      premiumRate: '0.05',
      organisation: { id: 'o', name: 'Den Sociale Kapitalfond' },
      fund: fund ? { id: fund, name: fund } : null,
    },
    position: position(pos),
  };
}

const labels: ExportLabels = {
  partnership: 'Partnerskab',
  status: 'Status',
  organisation: 'Organisation',
  fund: 'Fond',
  kind: 'Type',
  seniority: 'Prioritet',
  premiumRate: 'Præmierate',
  position: {
    committed: 'Tilsagn',
    disbursed: 'Udbetalt',
    principalRepaid: 'Hovedstol tilbagebetalt',
    premiumReceived: 'Præmie modtaget',
    outstanding: 'Udestående',
    undrawn: 'Ikke trukket',
    atRisk: 'I risiko',
    writtenOff: 'Afskrevet',
  },
  statusName: (status) => (status === 'ACTIVE' ? 'Aktiv' : status),
  kindName: (kind) => (kind === 'INVESTMENT' ? 'Investering' : 'Tilskud'),
};

describe('exposureByPartnership', () => {
  it('sums tranches of one partnership to the øre, without floats', () => {
    const rows = exposureByPartnership([
      line('p1', 'Stop vold i familien', { disbursed: '0.10', outstanding: '999999999999.99' }),
      line('p1', 'Stop vold i familien', { disbursed: '0.20', outstanding: '0.01' }, 'fund'),
      line('p2', 'Unge i job', { disbursed: '5.00' }),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.totals.disbursed).toBe('0.30');
    expect(rows[0]?.totals.outstanding).toBe('1000000000000.00');
    expect(rows[1]).toMatchObject({ partnershipId: 'p2', title: 'Unge i job' });
  });
});

describe('chart data', () => {
  it('gives one bar per partnership in kroner', () => {
    expect(
      exposureChartData([line('p1', 'A', { outstanding: '1488000.00', principalRepaid: '512000.00' })]),
    ).toEqual([
      {
        name: 'A',
        outstanding: 1488000,
        undrawn: 0,
        principalRepaid: 512000,
        premiumReceived: 0,
        writtenOff: 0,
      },
    ]);
  });

  it('orders the history by date', () => {
    const points = historyChartData([
      {
        date: '2026-03-01',
        disbursed: '2.00',
        principalRepaid: '1.50',
        premiumReceived: '0',
        outstanding: '0.50',
      },
      {
        date: '2026-01-20',
        disbursed: '2.00',
        principalRepaid: '0.00',
        premiumReceived: '0',
        outstanding: '2.00',
      },
    ]);
    expect(points.map((point) => point.date)).toEqual(['2026-01-20', '2026-03-01']);
    expect(points[1]).toMatchObject({ principalRepaid: 1.5, outstanding: 0.5 });
  });
});

describe('exposure export', () => {
  const table = exposureTable(
    [line('p1', '=Stop vold i familien', { committed: '2000000.00', disbursed: '2000000.00' })],
    labels,
  );

  it('builds one row per tranche with money as plain decimals', () => {
    expect(table.columns).toHaveLength(15);
    expect(table.rows[0]).toEqual([
      '=Stop vold i familien',
      'Aktiv',
      'Den Sociale Kapitalfond',
      '',
      'Investering',
      '1',
      '0.05',
      '2000000.00',
      '2000000.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
  });

  it('writes CSV with the header first and defused text', () => {
    const csv = tableToCsv(table);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header?.startsWith('"Partnerskab","Status","Organisation"')).toBe(true);
    expect(first?.startsWith(`"'=Stop vold i familien","Aktiv"`)).toBe(true);
    expect(first).toContain('"2000000.00"');
  });

  it('writes money as numeric spreadsheet cells with two decimals', () => {
    const sheet = tableToSheet(table);
    expect(sheet[0]?.[0]).toEqual({ type: String, value: 'Partnerskab', fontWeight: 'bold' });
    expect(sheet[1]?.[5]).toEqual({ type: Number, value: 1 });
    expect(sheet[1]?.[7]).toEqual({ type: Number, value: 2000000, format: '#,##0.00' });
    expect(sheet[1]?.[0]).toEqual({ type: String, value: '=Stop vold i familien' });
  });
});
