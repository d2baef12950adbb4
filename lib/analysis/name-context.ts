import { once } from '../once';
import { classOf, LETTER } from '../text/chars';
import { normalizeKey } from '../text/normalize';
import { wordsBefore } from '../text/words';
import { verbForm } from './verbs';

/**
 * Where Arabic puts a person. سلام، بري، عون، أمل، الأسد are also "peace", "by land", "help",
 * "hope" and "the lion": an article that names نواف سلام still writes اتفاق سلام and بسلام. So a
 * bare ambiguous alias linked by coreference (no title before it) must stand where news prose
 * puts a named person: after a verb (وقال سلام، التقى عون), after a noun that takes a person
 * (حكومة سلام، نظام الأسد، مصادر بري), after أن/إن, beside another actor (عون وسلام), or before
 * a colon (بري: لا حرب). Everywhere else it is read as the word it also is.
 */

/**
 * Verbs of meeting and acting that take a person as subject or object, beyond the reporting
 * verbs: the perfect as written (3rd person masculine), its feminine and plural made here.
 */
const PERFECT =
  'التقى استقبل زار اتصل هاتف بحث ناقش أبلغ أجرى رد انتقد هاجم رفض أيد وصف رأى عبر أعرب وجه ترأس غادر وصل توجه خاطب كلف عين سلم تسلم اجتمع دعم أصدر وقع استبعد توقع طلب قرر أمر منح شارك حضر افتتح تابع تلقى بعث أرسل عاد قام سعى حاول تمسك تحدث أشاد ثمن هنأ عزى نعى أجاب اقترح عرض تبنى فاز خسر ألقى استقال أقال';
const IMPERFECT =
  'يلتقي تلتقي يستقبل تستقبل يزور تزور يبحث يرد ينتقد يرفض ترفض يصف يرى ترى يترأس يجتمع يدعم يسعى يحاول يتحدث يريد يجدد يتمسك يهاجم يتوعد يرحب يدين يعتبر يأمر يقرر يوقع يصل يغادر يعود يتلقى يبلغ يهنئ يعزي يتصل يفتتح يستبعد يتوقع يقوده يترأسه يتزعمه يرأسه يرأس يتزعم قاده ترأسه أسسه';
/** Verbs of being that open a clause on its subject: وكان سلام قد التقى. */
const BEING = 'كان كانت ظل بات أصبح صار ليس';

const actionVerbs = once(() => {
  const out = new Set<string>();
  for (const v of PERFECT.split(' ')) {
    const n = normalizeKey(v);
    const stem = n.endsWith('ي') ? n.slice(0, -1) : n;
    for (const f of [n, `${stem}ت`, `${n}ت`, `${n}وا`, `${stem}وا`]) out.add(f);
  }
  for (const v of `${IMPERFECT} ${BEING}`.split(' ')) out.add(normalizeKey(v));
  return out;
});

/** Words that follow a clause's subject before its verb: سلام قد أكد، عون لم يوقع. */
// Written in normalised form already: no normalisation work when the content script loads.
const AFTER_SUBJECT = new Set(['قد', 'لم', 'لن', 'كان', 'سوف']);

/** Nouns followed by their owner: a person's government, visit, office, allies, statement. */
const holderNouns = once(
  () =>
    new Set(
      [
        'حكومة',
        'حكومه',
        'رئاسة',
        'عهد',
        'نظام',
        'زيارة',
        'لقاء',
        'اجتماع',
        'مكتب',
        'كتلة',
        'تيار',
        'حزب',
        'قوات',
        'مستشار',
        'مستشارو',
        'مستشاري',
        'نجل',
        'شقيق',
        'زوجة',
        'مصادر',
        'أوساط',
        'أنصار',
        'مناصرو',
        'مناصري',
        'فريق',
        'خطاب',
        'كلمة',
        'تصريحات',
        'تصريح',
        'بيان',
        'موقف',
        'مواقف',
        'اتصال',
        'وفد',
        'ممثل',
        'مبعوث',
        'حلفاء',
        'خصوم',
        'معارضو',
        'معارضي',
        'عائلة',
        'إدارة',
        'انتخاب',
        'لسان',
        'مقر',
        'حسب',
        'بحسب',
        'وفق',
        'وفقا',
        'نظيره',
        'نظيرته',
        'استقالة',
        'اغتيال',
        'مقتل',
        'سقوط',
        'فرار',
        'هروب',
        'لجوء',
        'إطاحة',
        'رحيل',
        'عودة',
        'جولة',
        'تعيين',
        'تكليف',
        'ولاية',
        'حكم',
      ].map(normalizeKey),
    ),
);

/** Particles after which a clause's subject follows: قال إن عون، أكد أن سلام. */
const complementizers = once(() => new Set(['أن', 'إن', 'بأن', 'لأن', 'لكن', 'كما', 'فيما', 'بينما', 'حين', 'عندما'].map(normalizeKey)));

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** The character after `end`, past spaces. */
function nextChar(text: string, end: number): string {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text[i] ?? '';
}

/** The first word after `end` when only spaces separate it. */
function nextWord(text: string, end: number): string {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return '';
  let j = i;
  while (j < text.length && classOf(text.charCodeAt(j)) === LETTER) j++;
  return text.slice(i, j);
}

export interface NameSlot {
  /** Normalised offsets of the alias, without its proclitic. */
  start: number;
  end: number;
  /** The proclitic as written in the normalised text ('' when none). */
  clitic: string;
  /** An actor mention ends right before this one, across "و" or spaces (عون وسلام). */
  afterActor: boolean;
  /** An actor mention starts right after this one with "و" (سلام وبري). */
  beforeActor: boolean;
}

/** True when a bare alias in `text` stands where Arabic news prose puts a named person. */
export function standsAsName(text: string, slot: NameSlot): boolean {
  const { start, end, clitic } = slot;
  if (slot.afterActor || slot.beforeActor) return true;
  const before = wordBefore(text, start - clitic.length);
  const bare = before && (before.startsWith('و') || before.startsWith('ف')) ? before.slice(1) : before;
  const after = nextWord(text, end);
  const verbAfter = after !== '' && (verbForm(after) !== undefined || actionVerbs().has(after) || AFTER_SUBJECT.has(after));
  if (/[بك]/u.test(clitic)) return false;
  // مستشار للسوداني: ل after a noun that takes a person; لبري on its own is "by land" or "to a land".
  if (clitic.includes('ل')) return before !== undefined && (holderNouns().has(before) || holderNouns().has(bare!));
  // وسلام، فبري: a conjunction joins it to something; a name only when a verb follows (وبري يدعو).
  if (clitic) return verbAfter;
  if (nextChar(text, end) === ':') return true;
  if (before !== undefined) {
    if (verbForm(before) || actionVerbs().has(before) || actionVerbs().has(bare!)) return true;
    if (holderNouns().has(before) || holderNouns().has(bare!)) return true;
    if (complementizers().has(before) || complementizers().has(bare!)) return true;
  }
  // A headline's subject (بري يحذر، عون يؤكد), or a subject before its verb (وكان سلام قد أكد).
  return verbAfter;
}

/** The word right before `at`, when only spaces or an opening quote separate them (إن "حماس). */
function wordBefore(text: string, at: number): string | undefined {
  let k = at;
  while (k > 0 && OPENING.has(text.charCodeAt(k - 1))) k--;
  const w = wordsBefore(text, k, 1)[0];
  return w && w.end === k ? w.text : undefined;
}

const OPENING = new Set([0x20, 0x09, 0xa0, 0x22, 0x27, 0xab, 0x201c]);
