import type { ActorType, RoleKey } from '../kb/schema';
import { normalizeKey } from '../text/normalize';
import { keyTokens } from '../text/tokenize';

/**
 * Words written before a name that tell who is meant. A role title (الرئيس عون) narrows the
 * candidates to actors who held that role; an honorific (الشيخ، السيد) says "a person"; a
 * generic noun (مدينة، حركة) says which type of actor.
 */
export interface Cue {
  roles?: readonly RoleKey[];
  types?: readonly ActorType[];
}

const HEADS: readonly RoleKey[] = ['president', 'head_of_state'];
const MINISTERS: readonly RoleKey[] = [
  'foreign_minister',
  'defence_minister',
  'interior_minister',
  'finance_minister',
  'oil_minister',
  'minister',
  'prime_minister',
  'deputy_prime_minister',
];
const MILITARY: readonly RoleKey[] = ['army_chief', 'military_commander', 'defence_minister', 'intelligence_chief', 'group_leader'];
const LEADERS: readonly RoleKey[] = ['party_leader', 'group_leader', 'supreme_leader', 'secretary_general', 'head_of_organisation'];
const PERSON: readonly ActorType[] = ['person'];
const PLACE: readonly ActorType[] = ['place'];
const GROUP: readonly ActorType[] = ['party', 'armed_group', 'organisation'];

const CUES: [string[], Cue][] = [
  [['الرئيس', 'رئيس الجمهورية', 'President', 'Pres'], { roles: HEADS }],
  [['رئيس الوزراء', 'رئيس الحكومة', 'Prime Minister', 'Premier', 'PM'], { roles: ['prime_minister'] }],
  [['نائب الرئيس', 'Vice President'], { roles: ['vice_president'] }],
  [['الملك', 'العاهل', 'King'], { roles: ['king', 'head_of_state'] }],
  [['الأمير', 'أمير', 'Emir', 'Prince'], { roles: ['emir', 'crown_prince', 'head_of_state', 'minister', 'governor'] }],
  [['ولي العهد', 'Crown Prince'], { roles: ['crown_prince'] }],
  [['السلطان', 'Sultan'], { roles: ['sultan', 'head_of_state'] }],
  [['المرشد', 'المرشد الأعلى', 'Supreme Leader', 'Ayatollah'], { roles: ['supreme_leader', 'religious_authority'] }],
  [['وزير الخارجية', 'Foreign Minister', 'Secretary of State'], { roles: ['foreign_minister'] }],
  [['وزير الدفاع', 'Defence Minister', 'Defense Minister', 'Defense Secretary', 'Secretary of Defense'], { roles: ['defence_minister'] }],
  [['الوزير', 'وزير', 'Minister', 'Secretary'], { roles: MINISTERS }],
  [['رئيس مجلس النواب', 'رئيس البرلمان', 'رئيس المجلس', 'Speaker'], { roles: ['speaker'] }],
  [['النائب', 'Rep', 'Senator', 'MP'], { types: PERSON }],
  [
    ['قائد الجيش', 'العماد', 'الجنرال', 'اللواء', 'الفريق', 'الفريق أول', 'المشير', 'العقيد', 'General', 'Gen', 'Field Marshal'],
    { roles: MILITARY },
  ],
  [
    ['الأمين العام', 'Secretary-General', 'Secretary General'],
    { roles: ['secretary_general', 'party_leader', 'group_leader', 'head_of_organisation'] },
  ],
  [['زعيم', 'قائد', 'رئيس حزب', 'رئيس حركة', 'Leader'], { roles: LEADERS }],
  [['المتحدث', 'الناطق', 'المتحدث باسم', 'Spokesman', 'Spokeswoman', 'Spokesperson'], { roles: ['spokesperson'] }],
  [['السفير', 'Ambassador'], { roles: ['ambassador'] }],
  [['المبعوث', 'Envoy'], { roles: ['envoy'] }],
  [
    [
      'السيد',
      'السيدة',
      'الشيخ',
      'الدكتور',
      'الدكتورة',
      'د',
      'الحاج',
      'آية الله',
      'حجة الإسلام',
      'الأستاذ',
      'المهندس',
      'المحامي',
      'Mr',
      'Mrs',
      'Ms',
      'Dr',
      'Sheikh',
      'Sayyed',
      'Sayyid',
    ],
    { types: PERSON },
  ],
  [['مدينة', 'محافظة', 'ريف', 'بلدة', 'منطقة', 'قضاء', 'ميناء', 'مطار', 'عاصمة', 'العاصمة', 'city', 'province'], { types: PLACE }],
  [['دولة', 'ولاية', 'سلطنة', 'مملكة', 'جمهورية', 'state'], { types: ['state'] }],
  [['حركة', 'حزب', 'تنظيم', 'جماعة', 'ميليشيا', 'مليشيا', 'فصيل', 'تيار', 'تحالف', 'كتلة', 'movement', 'party', 'group'], { types: GROUP }],
];

/** Title phrases by their last normalised token, longest phrase first. */
const BY_LAST = new Map<string, { tokens: string[]; cue: Cue }[]>();
for (const [phrases, cue] of CUES) {
  for (const p of phrases) {
    const tokens = keyTokens(normalizeKey(p));
    const last = tokens[tokens.length - 1]!;
    const list = BY_LAST.get(last) ?? [];
    list.push({ tokens, cue });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    BY_LAST.set(last, list);
  }
}

/** Nisba adjectives that may stand between a title and a name: الرئيس اللبناني عون. */
function isAdjective(token: string): boolean {
  return token.startsWith('ال') && (token.endsWith('ي') || token.endsWith('يه')) && token.length > 4;
}

/**
 * The cue written just before token `at`, if any. Looks back over at most two adjectives, and
 * never across a sentence or clause break (the caller passes only tokens of one run of text).
 */
export function cueBefore(tokens: readonly { text: string; start: number; end: number }[], at: number): Cue | undefined {
  let k = at - 1;
  let skipped = 0;
  while (k >= 0) {
    const gap = tokens[k + 1]!.start - tokens[k]!.end;
    if (gap > 3) return undefined; // punctuation or a line break: the title belongs elsewhere
    const list = BY_LAST.get(tokens[k]!.text);
    if (list) {
      for (const { tokens: phrase, cue } of list) {
        const from = k - phrase.length + 1;
        if (from < 0) continue;
        let all = true;
        for (let p = 0; p < phrase.length && all; p++) all = tokens[from + p]!.text === phrase[p];
        if (all) return cue;
      }
    }
    if (skipped >= 2 || !isAdjective(tokens[k]!.text)) return undefined;
    skipped++;
    k--;
  }
  return undefined;
}
