import { useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n/messages';
import type { DietRow } from '@/lib/store/diet';
import { usePanel } from './context';
import { useLiveQuery } from './hooks';
import { ownershipKey } from './OutletFacts';

const DAY = 86_400_000;
const PERIODS: { key: MessageKey; days: number }[] = [
  { key: 'dietMonth', days: 30 },
  { key: 'dietWeek', days: 7 },
  { key: 'dietYear', days: 365 },
  { key: 'dietAll', days: 0 },
];
const MAX_ROWS = 8;

/**
 * Where the reader's news came from over a period: articles by outlet, by the outlets' countries
 * and by kind of ownership. Each is a table (what a screen reader reads) whose rows carry a bar
 * drawn in SVG, hidden from assistive technology because the count beside it says the same.
 */
export function ReadingDiet() {
  const { services, t, lang } = usePanel();
  const [days, setDays] = useState(30);
  const directory = services.directory();
  const since = days ? services.now() - days * DAY : Number.NEGATIVE_INFINITY;
  const diet = useLiveQuery(
    () =>
      services.queries.readingDiet(since, (id) => {
        const a = directory.get(id);
        return a ? { country: a.country ?? null, ownership: a.outlet?.ownership ?? null } : undefined;
      }),
    [days],
  );
  const name = (id: string | null, unknown: MessageKey) => (id === null ? t(unknown) : (directory.get(id)?.names[lang] ?? id));
  return (
    <section class="diet" aria-labelledby="diet-title">
      <h3 id="diet-title">{t('readingDiet')}</h3>
      <label>
        {t('dietPeriod')}{' '}
        <select value={String(days)} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))}>
          {PERIODS.map((p) => (
            <option key={p.days} value={String(p.days)}>
              {t(p.key)}
            </option>
          ))}
        </select>
      </label>
      {diet.state === 'error' && (
        <p role="alert">
          {t('storageError')} {diet.message}
        </p>
      )}
      {diet.state === 'ready' && diet.value.total === 0 && <p class="empty">{t('dietEmpty')}</p>}
      {diet.state === 'ready' && diet.value.total > 0 && (
        <>
          <p class="meta">{t('dietTotal', { n: diet.value.total })}</p>
          <DietTable id="diet-outlets" title={t('dietByOutlet')} rows={diet.value.outlets} label={(k) => name(k, 'dietUnknownOutlet')} />
          <DietTable id="diet-countries" title={t('dietByCountry')} rows={diet.value.countries} label={(k) => name(k, 'dietNoCountry')} />
          <DietTable
            id="diet-ownership"
            title={t('dietByOwnership')}
            rows={diet.value.ownership}
            label={(k) => (k === null ? t('ownershipUnknown') : t(ownershipKey(k as Parameters<typeof ownershipKey>[0])))}
          />
        </>
      )}
    </section>
  );
}

function DietTable({ id, title, rows, label }: { id: string; title: string; rows: DietRow[]; label: (key: string | null) => string }) {
  const { t } = usePanel();
  const shown = rows.slice(0, MAX_ROWS);
  const max = Math.max(1, ...shown.map((r) => r.n));
  return (
    <table class="diet-table" id={id}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col">{t('dietArticles')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <tr key={r.key ?? ''} data-key={r.key ?? ''}>
            <th scope="row">
              <bdi>{label(r.key)}</bdi>
            </th>
            <td>
              <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect x="0" y="1" width={(100 * r.n) / max} height="8" rx="1" />
              </svg>
              <span class="n">{r.n}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
