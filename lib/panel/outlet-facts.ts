import type { Lang } from '../i18n/messages';
import type { ActorDirectory } from '../kb/directory';
import type { OwnershipKind } from '../kb/schema';

/** What the panel says about an outlet, in the reader's language. Facts of the base only. */
export interface OutletFacts {
  id: string;
  name: string;
  /** The owner's name; `ownerId` when the owner is an actor the reader can open. */
  owner: string | null;
  ownerId: string | null;
  country: string | null;
  countryId: string | null;
  ownership: OwnershipKind | null;
  founded: string | null;
}

export function outletFacts(id: string, directory: ActorDirectory, lang: Lang): OutletFacts | null {
  const actor = directory.get(id);
  if (!actor) return null;
  const o = actor.outlet;
  const ownerActor = typeof o?.owner === 'string' ? directory.get(o.owner) : undefined;
  const owner = typeof o?.owner === 'object' ? o.owner[lang] : (ownerActor?.names[lang] ?? null);
  const country = actor.country ? directory.get(actor.country) : undefined;
  return {
    id,
    name: actor.names[lang],
    owner,
    ownerId: ownerActor?.id ?? null,
    country: country?.names[lang] ?? null,
    countryId: country?.id ?? null,
    ownership: o?.ownership ?? null,
    founded: o?.founded ?? null,
  };
}
