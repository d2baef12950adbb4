import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n/messages';
import { ACTOR_PALETTES, DEFAULT_LOOK, DENSITIES, FIGURE_PALETTES, type Look } from '@/lib/settings/look';
import { usePanel } from './context';

/** Highlight colours and density; open pages follow the change at once. */
export function LookSection() {
  const { services, t } = usePanel();
  const [look, setLook] = useState<Look>(DEFAULT_LOOK);
  useEffect(() => {
    void services.look.get().then(setLook);
  }, [services]);
  const change = (next: Partial<Look>) => {
    const value = { ...look, ...next };
    setLook(value);
    void services.look.set(value);
  };
  const select = <K extends Exclude<keyof Look, 'showDurations'>>(key: K, label: MessageKey, options: readonly Look[K][]) => (
    <label class="field">
      <span>{t(label)}</span>
      <select value={look[key]} onChange={(e) => change({ [key]: (e.target as HTMLSelectElement).value } as Partial<Look>)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`look_${o}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="look-title">
      <h2 id="look-title">{t('lookTitle')}</h2>
      {select('actors', 'lookActors', ACTOR_PALETTES)}
      {select('figures', 'lookFigures', FIGURE_PALETTES)}
      {select('density', 'lookDensity', DENSITIES)}
    </section>
  );
}
