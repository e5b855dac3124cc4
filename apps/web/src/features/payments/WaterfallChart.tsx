import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/I18nProvider';
import type { Lang } from '../../i18n/messages';
import { CHART_COLOURS, compactKroner, wholeKroner } from './labels';
import { type WaterfallFit, type WaterfallRow, waterfallChartData } from './waterfall';

interface ChartFit {
  /** Prefix of the figure's classes (delivery.css, terms.css). */
  readonly className: string;
  /** Height for the axis and legend, plus one bar's height per bar. */
  readonly frameHeight: number;
  readonly barHeight: number;
  readonly nameWidth: number;
  readonly marginRight: number;
  readonly tick: (lang: Lang, value: number) => string;
  /** The preview names the surplus even at zero, beside its table's surplus line. */
  readonly keepEmptySurplus: boolean;
}

const CHART_FITS: { readonly [F in WaterfallFit]: ChartFit } = {
  page: {
    className: 'delivery-chart',
    frameHeight: 72,
    barHeight: 48,
    nameWidth: 190,
    marginRight: 24,
    tick: compactKroner,
    keepEmptySurplus: false,
  },
  panel: {
    className: 'terms-chart',
    frameHeight: 56,
    barHeight: 44,
    nameWidth: 140,
    marginRight: 16,
    tick: wholeKroner,
    keepEmptySurplus: true,
  },
};

/**
 * The waterfall as stacked bars: principal and premium per investment tranche, and the provider's
 * surplus. A picture of the table beside it, which carries every figure, so it is hidden from
 * assistive technology.
 */
export function WaterfallChart({
  rows,
  surplus,
  description,
  fit,
}: {
  readonly rows: readonly WaterfallRow[];
  /** The provider's surplus, a decimal string. */
  readonly surplus: string;
  /** Says which table holds the same figures. */
  readonly description: string;
  readonly fit: WaterfallFit;
}) {
  const { t, lang } = useT();
  const layout = CHART_FITS[fit];
  const surplusLabel = t('delivery.payment.surplus');
  const bars = waterfallChartData(
    rows,
    { label: surplusLabel, amount: surplus },
    { keepEmptySurplus: layout.keepEmptySurplus },
  );
  const showSurplus = layout.keepEmptySurplus || bars.some((bar) => bar.surplus > 0);

  return (
    <figure className={layout.className}>
      <figcaption>
        <span className={`${layout.className}__title`}>{t('delivery.waterfall.chart')}</span>{' '}
        <span className="muted">{description}</span>
      </figcaption>
      <div aria-hidden="true" className={`${layout.className}__canvas`}>
        <ResponsiveContainer width="100%" height={layout.frameHeight + bars.length * layout.barHeight}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ left: 8, right: layout.marginRight }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(value: number) => layout.tick(lang, value)} />
            <YAxis type="category" dataKey="name" width={layout.nameWidth} tick={{ fontSize: 12 }} />
            <Legend />
            <Bar
              dataKey="principal"
              name={t('delivery.waterfall.principal')}
              stackId="waterfall"
              fill={CHART_COLOURS.principal}
              isAnimationActive={false}
            />
            <Bar
              dataKey="premium"
              name={t('delivery.waterfall.premium')}
              stackId="waterfall"
              fill={CHART_COLOURS.premium}
              isAnimationActive={false}
            />
            {showSurplus && (
              <Bar
                dataKey="surplus"
                name={surplusLabel}
                stackId="waterfall"
                fill={CHART_COLOURS.surplus}
                isAnimationActive={false}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
