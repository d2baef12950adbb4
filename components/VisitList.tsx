import type { Lang, MessageKey } from '@/lib/i18n/messages';
import type { ArticleRecord } from '@/lib/store/db';

export interface VisitListProps {
  articles: readonly ArticleRecord[];
  lang: Lang;
  t: (key: MessageKey) => string;
  emptyText?: string;
}

/** Articles read, newest first, each with its site and date. */
export function VisitList({ articles, lang, t, emptyText }: VisitListProps) {
  if (articles.length === 0) return <p class="empty">{emptyText ?? t('noHistory')}</p>;
  const date = new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul class="visits">
      {articles.map((a) => (
        <li key={a.url} data-url={a.url}>
          <a href={a.url} target="_blank" rel="noreferrer" dir="auto">
            {a.title || a.url}
          </a>
          <span class="meta">
            <bdi>{a.site}</bdi> · {t('readOn')} <time dateTime={new Date(a.readAt).toISOString()}>{date.format(a.readAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
