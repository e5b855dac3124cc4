import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { WaterfallTable } from './WaterfallTable';
import type { WaterfallRow } from './waterfall';

// No DOM here: the table is rendered to HTML on the server side of React and read back as text.

const rows: readonly WaterfallRow[] = [
  {
    trancheId: 'aarhus',
    name: 'Aarhus Kommune',
    kind: 'INVESTMENT',
    seniority: 1,
    principal: '768000.00',
    premium: '0.01',
    total: '768000.01',
  },
  {
    trancheId: 'trivsel',
    name: 'Trivselsfonden',
    kind: 'GRANT',
    seniority: 2,
    principal: '0.00',
    premium: '0.00',
    total: '0.00',
  },
];

function render(props: Parameters<typeof WaterfallTable>[0]): string {
  return renderToStaticMarkup(createElement(I18nProvider, null, createElement(WaterfallTable, props)));
}

/** Each row's header and data cells as text, the header row first. */
function cellTexts(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row = '']) =>
    [...row.matchAll(/<(th|td)[^>]*>(.*?)<\/\1>/g)].map(([, , cell = '']) =>
      cell
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

describe('WaterfallTable', () => {
  it('on the payment page lists seniority, principal, premium and their sum, then the surplus', () => {
    const html = render({ labelledBy: 'waterfall', rows, fit: 'page', surplus: '10.50' });
    expect(html).toContain('<table class="table" aria-labelledby="waterfall">');
    expect(cellTexts(html)).toEqual([
      ['Tranche', 'Prioritet', 'Hovedstol', 'Præmie', 'I alt'],
      ['Aarhus Kommune', '1', '768.000,00 kr.', '0,01 kr.', '768.000,01 kr.'],
      ['Trivselsfonden', '2', '0,00 kr.', '0,00 kr.', '0,00 kr.'],
      ['Overskud til leverandøren', '', '', '', '10,50 kr.'],
    ]);
  });

  it('in the terms preview panel notes seniority and a grant under the name, beside the two amounts', () => {
    const html = render({ labelledBy: 'shares', rows, fit: 'panel' });
    expect(html).toContain('<table class="table table--numbers" aria-labelledby="shares">');
    expect(cellTexts(html)).toEqual([
      ['Tranche', 'Hovedstol', 'Præmie'],
      ['Aarhus Kommune Prioritet 1', '768.000,00 kr.', '0,01 kr.'],
      ['Trivselsfonden Prioritet 2 · Tilskud – modtager intet', '0,00 kr.', '0,00 kr.'],
    ]);
  });
});
