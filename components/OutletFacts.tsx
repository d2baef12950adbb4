import type { MessageKey } from '@/lib/i18n/messages';
import type { OwnershipKind } from '@/lib/kb/schema';
import { outletFacts } from '@/lib/panel/outlet-facts';
import { usePanel } from './context';
import { useLiveQuery } from './hooks';

export const ownershipKey = (kind: OwnershipKind): MessageKey => `ownership_${kind.replace(/-/g, '_')}` as MessageKey;

/**
 * Who publishes the page being read: the outlet, its owner, country, kind of ownership and
 * founding year as the base records them (a field it does not know is left out, not guessed),
 * and how many of the reader's articles came from it.
 */
export function OutletFacts({ outletId }: { outletId: string | null }) {
  const { t, lang, services, openActor } = usePanel();
  const facts = outletId ? outletFacts(outletId, services.directory(), lang) : null;
  const read = useLiveQuery(() => (outletId ? services.queries.articlesFromOutlet(outletId) : Promise.resolve(0)), [outletId]);
  return (
    <section class="outlet" aria-labelledby="page-outlet">
      <h3 id="page-outlet">{t('outletHeading')}</h3>
      {!facts ? (
        <p class="empty">{t('outletUnknown')}</p>
      ) : (
        <>
          <p class="outlet-name">
            <button type="button" class="link" data-outlet-id={facts.id} onClick={() => openActor(facts.id)}>
              <bdi>{facts.name}</bdi>
            </button>
          </p>
          <dl class="facts">
            {facts.owner && (
              <>
                <dt>{t('outletOwner')}</dt>
                <dd>
                  {facts.ownerId ? (
                    <button type="button" class="link" onClick={() => openActor(facts.ownerId!)}>
                      <bdi>{facts.owner}</bdi>
                    </button>
                  ) : (
                    <bdi>{facts.owner}</bdi>
                  )}
                </dd>
              </>
            )}
            {facts.country && (
              <>
                <dt>{t('outletCountry')}</dt>
                <dd>
                  <bdi>{facts.country}</bdi>
                </dd>
              </>
            )}
            {facts.ownership && (
              <>
                <dt>{t('outletOwnership')}</dt>
                <dd>{t(ownershipKey(facts.ownership))}</dd>
              </>
            )}
            {facts.founded && (
              <>
                <dt>{t('outletFounded')}</dt>
                <dd>
                  <bdi>{facts.founded}</bdi>
                </dd>
              </>
            )}
            <dt>{t('outletReadCount')}</dt>
            <dd data-testid="outlet-read-count">{read.state === 'ready' ? read.value : '…'}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
