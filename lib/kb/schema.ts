/**
 * The knowledge-base schema. One shape serves the bundled base (kb/actors/*.json),
 * imported packs and the reader's own actors, so a single validator guards all three.
 */

export const KB_SCHEMA_VERSION = 1;

export const ACTOR_TYPES = ['person', 'party', 'armed_group', 'organisation', 'state', 'place', 'international_body', 'media'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const AFFILIATION_KINDS = ['member_of', 'leader_of', 'backed_by', 'part_of', 'allied_with'] as const;
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number];

/**
 * Role keys are a closed list so that a title written next to a name in an article
 * (الرئيس، رئيس الوزراء، العماد …) can be checked against the roles an actor held.
 */
export const ROLE_KEYS = [
  'head_of_state',
  'president',
  'vice_president',
  'king',
  'emir',
  'sultan',
  'crown_prince',
  'supreme_leader',
  'prime_minister',
  'deputy_prime_minister',
  'foreign_minister',
  'defence_minister',
  'interior_minister',
  'finance_minister',
  'oil_minister',
  'minister',
  'speaker',
  'member_of_parliament',
  'army_chief',
  'military_commander',
  'intelligence_chief',
  'party_leader',
  'group_leader',
  'spokesperson',
  'secretary_general',
  'head_of_organisation',
  'religious_authority',
  'envoy',
  'ambassador',
  'governor',
  'mayor',
  'judge',
  'other',
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

/**
 * Who owns or pays for a news outlet, in the four kinds a reader asks about. Facts of ownership
 * only: nothing here rates what an outlet publishes.
 */
export const OWNERSHIP_KINDS = ['state-owned', 'state-funded', 'private', 'party-affiliated'] as const;
export type OwnershipKind = (typeof OWNERSHIP_KINDS)[number];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: history is often known only to the year. */
export type PartialDate = string;

export interface Bilingual {
  ar: string;
  en: string;
}

export interface Role {
  role: RoleKey;
  /** Actor id of the state or body the role is held in (`iraq`, `hezbollah`). */
  of?: string;
  /** Display title when the role key alone is not precise enough. */
  title?: Bilingual;
  start?: PartialDate;
  /** Absent end means the role is held to this day (as far as the base knows). */
  end?: PartialDate;
}

export interface Affiliation {
  kind: AffiliationKind;
  target: string;
  start?: PartialDate;
  end?: PartialDate;
}

export interface Actor {
  /** Wikidata QID when certain, otherwise a readable slug: `mustafa-al-kadhimi`. */
  id: string;
  type: ActorType;
  names: Bilingual;
  aliases?: { ar?: string[]; en?: string[] };
  /**
   * Names or aliases (exact strings from `names`/`aliases`) that are also ordinary words
   * or are shared with another actor. They link only with support in the same article.
   */
  ambiguous?: string[];
  roles?: Role[];
  affiliations?: Affiliation[];
  /** Actor id of the state the actor belongs to. */
  country?: string;
  /**
   * Places only: the capital of `country`. News makes capitals speak for their states (قالت
   * موسكو، Washington said), so a claim's speaker written as the capital is the state.
   */
  capital?: boolean;
  /**
   * States only: the adjectives of nationality as written after a title, in both genders
   * (العراقي، العراقية، الأمريكي، الأميركية; Iraqi, American). They let `رئيس الوزراء العراقي`
   * be read as "the prime minister of Iraq".
   */
  demonyms?: { ar?: string[]; en?: string[] };
  /** Media only: the facts that say who publishes a page (lib/analysis/outlet.ts). */
  outlet?: OutletFacts;
  note: Bilingual;
  links?: { wikipedia?: { ar?: string; en?: string }; wikidata?: string };
}

export interface OutletFacts {
  /**
   * Hostnames the outlet publishes on, lowercase, without `www.`; a subdomain is covered by its
   * parent. An entry with a path (`bbc.com/arabic`) covers only that section of a shared site.
   */
  hosts?: string[];
  /** The owner: an actor id when the owner is in the base, otherwise its name. */
  owner?: string | Bilingual;
  ownership?: OwnershipKind;
  /** Year the outlet was founded or first published (`YYYY`). */
  founded?: string;
}

/** A pack is the unit of exchange: the bundled base, an imported file, the reader's export. */
export interface KnowledgePack {
  schema: 'siyaq-kb';
  version: number;
  name: string;
  actors: Actor[];
}
