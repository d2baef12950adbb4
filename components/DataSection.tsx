import { useState } from 'preact/hooks';
import type { ExportKind } from '@/lib/export/filename';
import { LAST_EXPORT } from '@/lib/settings/items';
import type { ExportFilter } from '@/lib/export/types';
import type { MessageKey } from '@/lib/i18n/messages';
import { parseBackup } from '@/lib/import/backup';
import type { ImportMode, ImportPreview } from '@/lib/import/preview';
import { formatProblem, summariseProblems } from '@/lib/import/problems';
import { aliasOwners } from '@/lib/kb/validate';
import { usePanel } from './context';

const KINDS: [ExportKind, MessageKey][] = [
  ['backup', 'exportJson'],
  ['markdown', 'exportMarkdown'],
  ['obsidian', 'exportObsidian'],
  ['csv', 'exportCsv'],
  ['annotations', 'exportAnnotations'],
  ['csl', 'exportCsl'],
];

/** Exports a subset or everything, in four formats, and records when the reader last did. */
export function ExportButtons({ filter, compact = false }: { filter?: ExportFilter; compact?: boolean }) {
  const { services, t, lang } = usePanel();
  const [status, setStatus] = useState('');
  const run = async (kind: ExportKind) => {
    const now = services.now();
    const res = await services.queries.exportFile(kind, {
      now,
      lang,
      names: (id) => services.directory().get(id)?.names,
      actor: (id) => services.directory().get(id),
      ...(filter ? { filter } : {}),
    });
    if (!res.ok) {
      setStatus(res.error.message);
      return;
    }
    services.download(res.value.name, res.value.data, res.value.type);
    if (kind === 'backup' && !filter) await services.setSetting(LAST_EXPORT, now);
    setStatus(
      res.value.empty
        ? t('exportedEmptyAnnotations', { name: res.value.name, count: res.value.empty.left })
        : t('exported', { name: res.value.name }),
    );
  };
  return (
    <div class={compact ? 'actions compact' : 'actions'}>
      {KINDS.filter(([k]) => !compact || k === 'markdown' || k === 'backup').map(([kind, label]) => (
        <button key={kind} type="button" onClick={() => void run(kind)}>
          {t(label)}
        </button>
      ))}
      {status && <span role="status">{status}</span>}
    </div>
  );
}

/** Why a file was refused: a headline, the first problems in the reader's words, the technical list. */
interface Refusal {
  headline: string;
  first: string[];
  details: string[];
}

/** The options page's export and import. */
export function DataSection() {
  const { services, t } = usePanel();
  const [actor, setActor] = useState('');
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState('');

  const actorId = actor.trim() ? services.directory().search(actor, 1)[0]?.id : undefined;
  const filter: ExportFilter = {
    ...(actorId ? { actorIds: [actorId] } : {}),
    ...(site.trim() ? { sites: [site.trim()] } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const filtered = Object.keys(filter).length > 0;

  const knownActorIds = () =>
    new Set(
      services
        .directory()
        .all()
        .map((a) => a.id),
    );
  const check = async (content: string, m: ImportMode) => {
    setPreview(null);
    setRefusal(null);
    setDone('');
    const parsed = parseBackup(content, { knownActorIds: knownActorIds(), knownAliases: aliasOwners(services.directory().all()) });
    if (!parsed.ok) {
      setRefusal({ ...summariseProblems(parsed.problems, t), details: parsed.problems.map(formatProblem) });
      return;
    }
    const res = await services.queries.previewImport(parsed.value, m);
    if (res.ok) setPreview(res.value);
    else setRefusal({ headline: t('importProblems'), first: [res.error.message], details: [] });
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(content);
    await check(content, mode);
  };
  const apply = async () => {
    if (text === null) return;
    const res = await services.importBackup(text, mode);
    if (res.ok) {
      setPreview(null);
      setDone(t('importDone'));
    } else {
      // The background checks the file again (its own base may differ from this page's copy).
      const [first = '', ...rest] = res.error.message.split('\n');
      setRefusal({ headline: t('importProblems'), first: [first], details: rest });
    }
  };

  return (
    <>
      <h3>{t('exportTitle')}</h3>
      <p>{t('exportHelp')}</p>
      <div class="filters">
        <label>
          {t('filterActor')}
          <input type="search" dir="auto" value={actor} onInput={(e) => setActor((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('filterSite')}
          <input type="text" dir="ltr" value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('filterFrom')}
          <input type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('filterTo')}
          <input type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <ExportButtons {...(filtered ? { filter } : {})} />

      <h3>{t('importTitle')}</h3>
      <p>{t('importHelp')}</p>
      <label class="field">
        <span>{t('importTitle')}</span>
        <input
          type="file"
          data-import-backup
          accept="application/json,.json"
          onChange={(e) => void readFile((e.target as HTMLInputElement).files?.[0])}
        />
      </label>
      <fieldset class="mode">
        <legend class="visually-hidden">{t('importTitle')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="import-mode"
              checked={mode === m}
              onChange={() => {
                setMode(m);
                if (text !== null) void check(text, m);
              }}
            />{' '}
            {t(m === 'merge' ? 'importMerge' : 'importReplace')}
          </label>
        ))}
      </fieldset>
      {refusal && (
        <div role="alert" data-import-refusal>
          <p>{refusal.headline}</p>
          {refusal.first.length > 0 && (
            <ul class="errors">
              {refusal.first.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {refusal.details.length > 0 && (
            <details>
              <summary>{t('importProblemDetails')}</summary>
              <ul class="errors" dir="ltr">
                {refusal.details.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {preview && (
        <div class="card" data-import-preview>
          {preview.partial && mode === 'replace' && <p role="alert">{t('partialFile')}</p>}
          <table class="counts">
            <caption>{t('importPreviewTable')}</caption>
            <thead>
              <tr>
                {(['colTable', 'colNew', 'colChanged', 'colUnchanged', 'colConflicts'] as const).map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Object.entries(preview.counts).map(([table, c]) => (
                <tr key={table} data-table={table}>
                  <th scope="row">{t(`table_${table}` as MessageKey)}</th>
                  <td>{c.new}</td>
                  <td>{c.changed}</td>
                  <td>{c.unchanged}</td>
                  <td>{c.conflicts}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void apply()}>
            {t('applyImport')}
          </button>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </>
  );
}
