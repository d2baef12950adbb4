import { formatDate } from '@/lib/i18n/dates';
import { textFragmentUrl } from '@/lib/panel/text-fragment';
import { type FigureConflict, SAME_TIME_DAYS } from '@/lib/store/claims';
import { usePanel } from './context';

const number = (n: number, lang: string) =>
  new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { maximumFractionDigits: 2 }).format(n);

/** Different values for the same actor and unit, side by side, each with its sources and dates. */
export function FigureConflicts({ conflicts }: { conflicts: readonly FigureConflict[] }) {
  const { t, lang } = usePanel();
  if (conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">{t('conflicts')}</h3>
      <p class="meta">{t('conflictHelp')}</p>
      {conflicts.map((c) => (
        <table key={c.unit} class="conflict" data-unit={c.unit}>
          <caption>
            {c.values[0]?.claims[0]?.figures.find((f) => f.unit === c.unit)?.text.replace(/^[\d٠-٩۰-۹.,٬٫\s]+/u, '') || c.unit}
            <span class="meta why">
              {' '}
              {t('conflictWhy', {
                articles: c.reason.articles,
                from: formatDate(c.reason.from, lang),
                to: formatDate(c.reason.to, lang),
                days: SAME_TIME_DAYS,
              })}
            </span>
          </caption>
          <tbody>
            <tr>
              {c.values.map((v) => (
                <td key={v.value} data-value={v.value}>
                  <strong class="value">{number(v.value, lang)}</strong>
                  <ul>
                    {v.claims.map((claim) => (
                      <li key={claim.id}>
                        <a href={textFragmentUrl(claim.articleUrl, claim.anchor)} target="_blank" rel="noreferrer">
                          <bdi>{claim.site}</bdi>
                        </a>{' '}
                        {formatDate(claim.publishedAt ?? claim.readAt, lang)}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      ))}
    </section>
  );
}
