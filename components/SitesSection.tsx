import { useEffect, useState } from 'preact/hooks';
import { NEWS_SITES } from '@/lib/sites';
import { usePanel } from './context';

const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/** Clean a pasted address down to its host: https://www.example.com/path → example.com. */
export function hostOf(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  return HOST.test(host) ? host : null;
}

/**
 * Where Siyaq runs: the listed news sites, each of which the reader can switch off, and any other
 * site they allow for good (the browser asks them to confirm the permission).
 */
export function SitesSection() {
  const { services, t } = usePanel();
  const [disabled, setDisabled] = useState<string[]>([]);
  const [allowed, setAllowed] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    void services.sites.disabled().then(setDisabled);
    void services.sites.allowed().then(setAllowed);
  }, [services]);
  const allow = async (e: Event) => {
    e.preventDefault();
    const host = hostOf(input);
    if (!host) {
      setMessage(t('siteInvalid'));
      return;
    }
    const granted = await services.sites.allow(host);
    setMessage(granted ? t('siteAllowed', { host }) : t('siteRefused'));
    if (granted) {
      setAllowed(await services.sites.allowed());
      setInput('');
    }
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      <p>{t('sitesHelp')}</p>
      <form class="actions" onSubmit={allow}>
        <label class="field">
          <span>{t('allowSite')}</span>
          <input
            type="text"
            dir="ltr"
            placeholder="example.com"
            value={input}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('allowSiteButton')}</button>
      </form>
      {message && <p role="status">{message}</p>}
      {allowed.length > 0 && (
        <ul class="sites allowed">
          {allowed.map((h) => (
            <li key={h}>
              <bdi>{h}</bdi>{' '}
              <button
                type="button"
                class="link"
                onClick={() =>
                  void services.sites.revoke(h).then(async () => {
                    setAllowed(await services.sites.allowed());
                  })
                }
              >
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul class="sites listed">
        {NEWS_SITES.map((s) => {
          const host = s.split('/')[0]!.replace(/^www\./, '');
          const on = !disabled.includes(host);
          return (
            <li key={s}>
              <label>
                <input type="checkbox" checked={on} onChange={() => void services.sites.setDisabled(host, on).then(setDisabled)} />{' '}
                <bdi>{s}</bdi>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
