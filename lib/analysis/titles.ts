import type { ActorType, RoleKey } from '../kb/schema';
import { once } from '../once';
import { normalizeKey } from '../text/normalize';
import { keyTokens } from '../text/tokenize';
import { wordsBefore } from '../text/words';

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

// The tables below are built on first use, not when the script loads: normalising word lists
// costs the page several milliseconds on a cold start, and most pages a content script loads on
// are not articles.

/** Title phrases by their last normalised token, longest phrase first. */
const byLast = once(() => {
  const map = new Map<string, { tokens: string[]; cue: Cue }[]>();
  for (const [phrases, cue] of CUES) {
    for (const p of phrases) {
      const tokens = keyTokens(normalizeKey(p));
      const last = tokens[tokens.length - 1]!;
      const list = map.get(last) ?? [];
      list.push({ tokens, cue });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      map.set(last, list);
    }
  }
  return map;
});

/** Every word of every cue phrase, plus role words that build titles (المتحدث باسم، نائب رئيس). */
const titleWords = once(
  () =>
    new Set<string>([
      ...[...byLast().values()].flat().flatMap((t) => t.tokens),
      ...[
        'رئيس',
        'رئيسة',
        'وزير',
        'وزيرة',
        'الوزراء',
        'الحكومة',
        'الخارجية',
        'الدفاع',
        'الداخلية',
        'المالية',
        'النفط',
        'الطاقة',
        'المتحدث',
        'المتحدثة',
        'الناطق',
        'الناطقة',
        'باسم',
        'نائب',
        'مستشار',
        'مدير',
        'مديرة',
        'عضو',
        'سفير',
        'سفيرة',
        'مبعوث',
        'الخاص',
        'العام',
        'الأعلى',
        'الأمين',
        'قائد',
        'زعيم',
        'مجلس',
        'النواب',
        'الشورى',
        'الأمن',
        'القومي',
        'الوطني',
        'صحيفة',
        'وكالة',
        'قناة',
        'موقع',
        'شبكة',
        'مجلة',
        'رئاسة',
        'وزارة',
        'له',
        'لها',
        'لهم',
        'spokesman',
        'spokeswoman',
        'spokesperson',
        'for',
        'the',
        'of',
        'minister',
        'foreign',
        'defense',
        'defence',
        'prime',
        'chief',
        'secretary',
      ].map((w) => normalizeKey(w)),
    ]),
);

/**
 * May this word stand between a reporting verb and its named subject? Titles, role words,
 * nisba adjectives and object pronouns may (قال وزير الخارجية الأمريكي مايك بومبيو); an
 * ordinary noun means the subject is unnamed (أكدت جهات سورية، قال مسؤول).
 */
export function isTitleWord(word: string): boolean {
  const words = titleWords();
  return words.has(word) || (word.startsWith('ال') && words.has(word.slice(2))) || isAdjective(word);
}

/**
 * Nouns that stand for a speaker the article does not name: sources, officials, witnesses. After a
 * reporting verb they mean "no named speaker" (قال مسؤول أمريكي لرويترز: Reuters is not speaking).
 */
const unnamed = once(
  () =>
    new Set(
      [
        'مصادر',
        'مصدر',
        'مسؤول',
        'مسؤولة',
        'مسؤولون',
        'مسؤولين',
        'جهات',
        'جهة',
        'شهود',
        'شاهد',
        'ناشطون',
        'ناشطين',
        'ناشط',
        'تقارير',
        'تقرير',
        'وسائل',
        'خبراء',
        'خبير',
        'محللون',
        'محلل',
        'دبلوماسي',
        'دبلوماسيون',
        'أوساط',
        'مراقبون',
        'سكان',
        'متحدث',
        'متحدثة',
        'ناطق',
        'مراسل',
        'مراسلة',
        'officials',
        'official',
        'sources',
        'source',
        'witnesses',
        'diplomats',
        'diplomat',
        'analysts',
        'residents',
      ].map((w) => normalizeKey(w)),
    ),
);

export function isUnnamedSubject(word: string): boolean {
  return unnamed().has(word);
}

/** Nisba adjectives that may stand between a title and a name: الرئيس اللبناني عون. */
function isAdjective(word: string): boolean {
  return word.startsWith('ال') && (word.endsWith('ي') || word.endsWith('يه')) && word.length > 4;
}

const longestTitle = once(() => Math.max(...[...byLast().values()].flat().map((t) => t.tokens.length)));
const MAX_ADJECTIVES = 2;

/** The cue written just before normalised offset `at`, if any: a title, honorific or type noun. */
export function cueBefore(text: string, at: number): Cue | undefined {
  const words = wordsBefore(text, at, longestTitle() + MAX_ADJECTIVES);
  for (let k = words.length - 1, skipped = 0; k >= 0; k--) {
    const list = byLast().get(words[k]!.text);
    if (list) {
      for (const { tokens: phrase, cue } of list) {
        const from = k - phrase.length + 1;
        if (from < 0) continue;
        if (phrase.every((w, p) => words[from + p]!.text === w)) return cue;
      }
    }
    if (skipped >= MAX_ADJECTIVES || !isAdjective(words[k]!.text)) return undefined;
    skipped++;
  }
  return undefined;
}
