import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { type WaterfallColumn, type WaterfallFit, type WaterfallRow, waterfallColumns } from './waterfall';

const COLUMN_LABELS: { readonly [C in WaterfallColumn]: MessageKey } = {
  seniority: 'delivery.capital.seniority',
  principal: 'delivery.waterfall.principal',
  premium: 'delivery.waterfall.premium',
  total: 'delivery.waterfall.sum',
};

/** Each fit keeps the table classes of the stylesheet around it (delivery.css, terms.css). */
const TABLE_CLASSES: {
  readonly [F in WaterfallFit]: {
    readonly table: string;
    readonly heading?: string;
    readonly amount: string;
  };
} = {
  page: { table: 'table', heading: 'numeric', amount: 'numeric nowrap' },
  panel: { table: 'table table--numbers', amount: 'nowrap' },
};

type WaterfallTableProps = {
  /** The id of the heading that names the table. */
  readonly labelledBy: string;
  readonly rows: readonly WaterfallRow[];
} & (
  | {
      readonly fit: 'page';
      /** The provider's surplus, shown as the last row. */
      readonly surplus: string;
    }
  | { readonly fit: 'panel' }
);

/**
 * Who gets what of a payment: one row per tranche with its principal and premium. Shared by the
 * payment page (what was paid) and the terms editor's preview (what would be paid).
 */
export function WaterfallTable(props: WaterfallTableProps) {
  const { labelledBy, rows, fit } = props;
  const { t, money, number } = useT();
  const columns = waterfallColumns(fit);
  const classes = TABLE_CLASSES[fit];

  function cell(row: WaterfallRow, column: WaterfallColumn): string {
    return column === 'seniority' ? number(row.seniority) : money(row[column]);
  }

  return (
    <ScrollRegion labelledBy={labelledBy}>
      <table className={classes.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('delivery.capital.tranche')}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className={classes.heading}>
                {t(COLUMN_LABELS[column])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.trancheId}>
              <th scope="row">
                {row.name}
                {fit === 'panel' && (
                  <span className="terms-note">
                    {t('delivery.waterfall.seniorityNote', { seniority: number(row.seniority) })}
                    {row.kind === 'GRANT' && ` · ${t('delivery.waterfall.grant')}`}
                  </span>
                )}
              </th>
              {columns.map((column) => (
                <td key={column} className={column === 'seniority' ? 'numeric' : classes.amount}>
                  {cell(row, column)}
                </td>
              ))}
            </tr>
          ))}
          {props.fit === 'page' && (
            <tr>
              <th scope="row">{t('delivery.payment.surplus')}</th>
              {columns.map((column) =>
                column === 'total' ? (
                  <td key={column} className={classes.amount}>
                    {money(props.surplus)}
                  </td>
                ) : (
                  <td key={column} />
                ),
              )}
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
