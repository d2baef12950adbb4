import { LANG } from '@/lib/settings/items';
import { mirrorLang } from '@/lib/settings/lang';
import { usePanel } from './context';
import { useLiveQuery } from './hooks';

/** The interface language: saved in the database, mirrored for the next page, applied by reloading. */
export function LanguageSection() {
  const { services, t } = usePanel();
  const langSetting = useLiveQuery(() => services.queries.setting(LANG), [services.queries]);
  return (
    <section aria-labelledby="lang-title">
      <h2 id="lang-title">{t('interfaceLanguage')}</h2>
      <select
        aria-labelledby="lang-title"
        value={langSetting.state === 'ready' ? langSetting.value : LANG.fallback}
        onChange={(e) => {
          const value = LANG.parse((e.target as HTMLSelectElement).value);
          void services.setSetting(LANG, value).then(() => {
            mirrorLang(globalThis.localStorage, value);
            location.reload();
          });
        }}
      >
        <option value="auto">{t('langAuto')}</option>
        <option value="ar">{t('langAr')}</option>
        <option value="en">{t('langEn')}</option>
      </select>
    </section>
  );
}
