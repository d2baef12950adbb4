/**
 * The Wikidata ids the converter knows by heart. Only ids checked against Wikidata are listed
 * (a wrong id silently mistypes every actor of that class); the English label of each is in
 * the comment. Anything missing here is still handled: through the class or position entity
 * when the export contains it (its superclasses, then its English label), else as a warning.
 */
import type { ActorType, RoleKey } from './schema';

/** Instance-of (P31) classes and the actor type they imply. */
export const CLASS_TYPES: ReadonlyMap<string, ActorType> = new Map<string, ActorType>([
  ['Q5', 'person'], // human
  ['Q7278', 'party'], // political party
  ['Q3624078', 'state'], // sovereign state
  ['Q6256', 'state'], // country
  ['Q7275', 'state'], // state
  ['Q515', 'place'], // city
  ['Q5119', 'place'], // capital city
  ['Q1549591', 'place'], // big city
  ['Q1637706', 'place'], // city with millions of inhabitants
  ['Q200250', 'place'], // metropolis
  ['Q3957', 'place'], // town
  ['Q532', 'place'], // village
  ['Q486972', 'place'], // human settlement
  ['Q82794', 'place'], // geographic region
  ['Q56061', 'place'], // administrative territorial entity
  ['Q10864048', 'place'], // first-level administrative country subdivision
  ['Q13220204', 'place'], // second-level administrative country subdivision
  ['Q484652', 'international_body'], // international organization
  ['Q245065', 'international_body'], // intergovernmental organization
  ['Q15925165', 'international_body'], // specialized agency of the United Nations
  ['Q1127126', 'international_body'], // military alliance
  ['Q17149090', 'armed_group'], // armed organization
  ['Q17127659', 'armed_group'], // terrorist organization
  ['Q11032', 'media'], // newspaper
  ['Q1110794', 'media'], // daily newspaper
  ['Q1002697', 'media'], // periodical
  ['Q41298', 'media'], // magazine
  ['Q192283', 'media'], // news agency
  ['Q2001305', 'media'], // television channel
  ['Q1616075', 'media'], // television station
  ['Q14350', 'media'], // radio station
  ['Q15265344', 'media'], // broadcaster
  ['Q43229', 'organisation'], // organization
  ['Q7210356', 'organisation'], // political organization
  ['Q327333', 'organisation'], // government agency
  ['Q2659904', 'organisation'], // government organization
  ['Q192350', 'organisation'], // ministry
  ['Q11204', 'organisation'], // legislature
  ['Q35749', 'organisation'], // parliament
  ['Q4830453', 'organisation'], // business
  ['Q783794', 'organisation'], // company
  ['Q891723', 'organisation'], // public company
  ['Q163740', 'organisation'], // nonprofit organization
  ['Q79913', 'organisation'], // non-governmental organization
  ['Q47459', 'organisation'], // armed forces (a state's army is an organisation, not an armed group)
  ['Q176799', 'organisation'], // military unit
]);

/**
 * When an entity has classes of several types, the first in this order wins: Hezbollah is
 * both a party and an armed organisation and the base types it armed_group; a capital that is
 * also an administrative entity is a place; a state broadcaster is media before organisation.
 */
export const TYPE_PRECEDENCE: readonly ActorType[] = [
  'person',
  'state',
  'armed_group',
  'party',
  'media',
  'international_body',
  'place',
  'organisation',
];

/**
 * Fallback on a class entity's English label, for classes that are in the export but not in
 * the table above (militia, rebel group, news website …). Checked in order.
 */
export const CLASS_LABEL_TYPES: readonly [RegExp, ActorType][] = [
  [/\b(militia|rebel|insurgen|paramilitary|armed group|militant|guerrilla|terrorist)/i, 'armed_group'],
  [/\bpolitical party\b/i, 'party'],
  [/\b(newspaper|news agency|news website|television|broadcast|radio|media|magazine)/i, 'media'],
  [/\b(intergovernmental|international organi[sz]ation|united nations)\b/i, 'international_body'],
  [/\b(sovereign state|country)\b/i, 'state'],
  [/\b(city|town|village|governorate|province|region|district|municipality|settlement|capital)\b/i, 'place'],
  [/\b(organi[sz]ation|agency|ministry|company|association|council|parliament|legislature)\b/i, 'organisation'],
];

/**
 * Classes of entities that are in an export to describe others (the positions of P39, the
 * classes of P31) or that are not actors at all. They are never converted.
 */
export const NON_ACTOR_CLASSES: ReadonlySet<string> = new Set([
  'Q4164871', // position
  'Q294414', // public office
  'Q17279032', // elective office
  'Q114962596', // historical position
  'Q29645880', // ambassador of a country
  'Q29645886', // ambassador to a country
  'Q4167410', // Wikimedia disambiguation page
  'Q4167836', // Wikimedia category
  'Q101352', // family name
  'Q202444', // given name
]);

export interface PositionRole {
  role: RoleKey;
  /** The state or body a specific office belongs to (resolved like any other target). */
  of?: string;
}

/** Positions held (P39) and the role they give: generic classes first, then a few offices. */
export const POSITION_ROLES: ReadonlyMap<string, PositionRole> = new Map<string, PositionRole>([
  ['Q48352', { role: 'head_of_state' }], // head of state
  ['Q116', { role: 'head_of_state' }], // monarch (king, emir or sultan: head of state is what is sure)
  ['Q12097', { role: 'king' }], // king
  ['Q30461', { role: 'president' }], // president
  ['Q14212', { role: 'prime_minister' }], // prime minister
  ['Q83307', { role: 'minister' }], // minister
  ['Q7330070', { role: 'foreign_minister' }], // foreign minister
  ['Q2518691', { role: 'defence_minister' }], // defence minister
  ['Q486839', { role: 'member_of_parliament' }], // member of parliament
  ['Q4175034', { role: 'member_of_parliament' }], // legislator
  ['Q1553195', { role: 'party_leader' }], // party leader
  ['Q707492', { role: 'army_chief' }], // military chief of staff
  ['Q121998', { role: 'ambassador' }], // ambassador
  ['Q132050', { role: 'governor' }], // governor
  ['Q30185', { role: 'mayor' }], // mayor
  ['Q16533', { role: 'judge' }], // judge
  ['Q11696', { role: 'president', of: 'Q30' }], // President of the United States
  ['Q11699', { role: 'vice_president', of: 'Q30' }], // Vice President of the United States
  ['Q14211', { role: 'prime_minister', of: 'Q145' }], // Prime Minister of the United Kingdom
  ['Q218295', { role: 'president', of: 'Q159' }], // President of Russia
  ['Q81066', { role: 'secretary_general', of: 'Q1065' }], // Secretary-General of the United Nations
]);

/**
 * Fallback on a position entity's English label. Order matters: the specific titles come
 * before the words they contain ("deputy prime minister" before "prime minister", every
 * "minister of …" before "minister", "speaker"-like presidencies before "president").
 */
export const POSITION_LABEL_ROLES: readonly [RegExp, RoleKey][] = [
  [/\b(deputy prime minister|vice[- ]premier)\b/i, 'deputy_prime_minister'],
  [/\b(prime minister|premier)\b/i, 'prime_minister'],
  [/\bvice[- ]president\b/i, 'vice_president'],
  [/\bcrown prince\b/i, 'crown_prince'],
  [/\bsupreme leader\b/i, 'supreme_leader'],
  [/\bspeaker\b/i, 'speaker'],
  [
    /\bpresident of the (parliament|national assembly|council of representatives|house of representatives|senate|shura council|majlis)\b/i,
    'speaker',
  ],
  [/\bsecretary[- ]general\b/i, 'secretary_general'],
  [/\b(foreign minister|minister (of|for) foreign affairs|foreign secretary)\b/i, 'foreign_minister'],
  [/\b(defen[cs]e minister|minister (of|for) (national )?defen[cs]e)\b/i, 'defence_minister'],
  [/\b(interior minister|minister (of|for) (the )?interior|home secretary)\b/i, 'interior_minister'],
  [/\b(finance minister|minister (of|for) finance)\b/i, 'finance_minister'],
  [/\b(oil minister|minister (of|for) (oil|petroleum))\b/i, 'oil_minister'],
  [/\bminister\b/i, 'minister'],
  [
    /\bmember of (the )?.*(parliament|assembly|council of representatives|house of representatives|senate|majlis|knesset)\b/i,
    'member_of_parliament',
  ],
  [/\bpresident\b/i, 'president'],
  [/\bking\b/i, 'king'],
  [/\b(emir|amir)\b/i, 'emir'],
  [/\bsultan\b/i, 'sultan'],
  [/\b(chief of (the )?(general )?staff|army chief)\b/i, 'army_chief'],
  [/\bintelligence\b/i, 'intelligence_chief'],
  [/\bspokes(person|man|woman)\b/i, 'spokesperson'],
  [/\bambassador\b/i, 'ambassador'],
  [/\b(envoy|special representative)\b/i, 'envoy'],
  [/\bgovernor\b/i, 'governor'],
  [/\bmayor\b/i, 'mayor'],
  [/\b(judge|chief justice)\b/i, 'judge'],
  [/\b(grand ayatollah|mufti|patriarch|pope)\b/i, 'religious_authority'],
  [/\bcommander\b/i, 'military_commander'],
];

/**
 * Role keys that say little on their own ("minister" of what?): they get the position's
 * labels as a title, as the authoring guide asks.
 */
export const IMPRECISE_ROLES: ReadonlySet<RoleKey> = new Set<RoleKey>([
  'minister',
  'military_commander',
  'head_of_organisation',
  'envoy',
  'ambassador',
  'judge',
  'governor',
  'mayor',
  'religious_authority',
  'spokesperson',
  'other',
]);

/** Words for the generated note when an item has no description in a language. */
export const TYPE_WORDS: Readonly<Record<ActorType, { ar: string; en: string }>> = {
  person: { ar: 'شخص', en: 'person' },
  party: { ar: 'حزب سياسي', en: 'political party' },
  armed_group: { ar: 'جماعة مسلحة', en: 'armed group' },
  organisation: { ar: 'منظمة', en: 'organisation' },
  state: { ar: 'دولة', en: 'state' },
  place: { ar: 'مكان', en: 'place' },
  international_body: { ar: 'هيئة دولية', en: 'international body' },
  media: { ar: 'وسيلة إعلام', en: 'media outlet' },
};
