import type { Block } from './blocks';

/**
 * What marks an element or a line of text as page furniture rather than story: the words sites
 * use in class names, ids, roles and ARIA labels (in English and in common Arabic site vocabulary),
 * and the lines every news site prints (read also, follow us, updated, source, copyright, ad).
 * No site's own selectors: these rules have to hold on pages Siyaq has never seen.
 */

/**
 * How sure a hint is. Hard hints always hold (comments, menus, page footers: however much text
 * they hold, it is not the story); strong ones hold unless their element holds nearly all the
 * story text on the page; weak ones yield to a fair share of it.
 */
export type Hint = 'hard' | 'strong' | 'weak' | null;

/** Class/id words of comment sections: readers' text, never the story, however long. */
const HARD_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'respond']);

/** Class/id words that mark furniture wherever they appear. */
const STRONG_WORDS = new Set([
  'ad',
  'ads',
  'adsense',
  'adslot',
  'adunit',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'breaking',
  'consent',
  'cookie',
  'cookies',
  'dfp',
  'footer',
  'gdpr',
  'keywords',
  'login',
  'marquee',
  'masthead',
  'menu',
  'mostread',
  'mostpopular',
  'nav',
  'navbar',
  'navigation',
  'newsletter',
  'newsletters',
  'onetrust',
  'outbrain',
  'pagination',
  'paywall',
  'popular',
  'popup',
  'promo',
  'promoted',
  'recirculation',
  'recommendation',
  'recommendations',
  'recommended',
  'recs',
  'related',
  'relatedposts',
  'share',
  'sharebar',
  'sharedaddy',
  'shares',
  'sharing',
  'sidebar',
  'signup',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'tagcloud',
  'tags',
  'ticker',
  'trending',
  'widget',
]);

/** Class/id words that mark furniture inside a story, but also name containers that hold one. */
const WEAK_WORDS = new Set([
  'aside',
  'audio',
  'author',
  'authors',
  'bio',
  'byline',
  'caption',
  'copyright',
  'credit',
  'credits',
  'date',
  'dateline',
  'disclaimer',
  'deck',
  'dek',
  'embed',
  'excerpt',
  'facebook',
  'figcaption',
  'figure',
  'gallery',
  'header',
  'icons',
  'image',
  'img',
  'iframe',
  'infographic',
  'instagram',
  'kicker',
  'listen',
  'meta',
  'more',
  'photo',
  'player',
  'podcast',
  'next',
  'prev',
  'previous',
  'print',
  'rail',
  'slideshow',
  'standfirst',
  'strapline',
  'subtitle',
  'summary',
  'tag',
  'thumbnail',
  'tiktok',
  'time',
  'timestamp',
  'toolbar',
  'tools',
  'topics',
  'tweet',
  'twitter',
  'updated',
  'video',
  'writer',
  'youtube',
]);

/** Word pairs that mark furniture although neither word does alone. */
const STRONG_PAIRS: [string, string][] = [
  ['read', 'more'],
  ['read', 'also'],
  ['see', 'also'],
  ['more', 'on'],
  ['more', 'from'],
  ['more', 'stories'],
  ['most', 'read'],
  ['most', 'viewed'],
  ['most', 'popular'],
  ['inline', 'related'],
  ['sr', 'only'],
  ['screen', 'reader'],
  ['visually', 'hidden'],
];

/** Whole class names that hide an element with the site's CSS (which Siyaq does not see). */
const HIDING_CLASS =
  /(^|\s)(hidden|hide|d-none|invisible|is-hidden|u-hide|visuallyhidden|visually-hidden|sr-only|screen-reader-text|offscreen)(\s|$)/i;

/**
 * Hidden by a class every CSS framework defines: a reader never sees it. Not when the class list
 * also shows it at some screen size (Tailwind's "hidden md:block").
 */
export function isHiddenByClass(el: Element): boolean {
  const c = el.getAttribute('class');
  return c !== null && HIDING_CLASS.test(c) && !c.includes(':');
}

const HARD_ROLES = new Set(['contentinfo', 'menu', 'menubar', 'navigation', 'search', 'tablist', 'toolbar']);
const STRONG_ROLES = new Set(['alertdialog', 'banner', 'complementary', 'dialog', 'marquee']);
const HARD_TAGS = new Set(['NAV', 'MENU']);
const STRONG_TAGS = new Set(['ASIDE', 'FOOTER', 'DIALOG']);
/** Weak: a figure can hold a quotation, a form can wrap a whole ASP.NET page. */
const WEAK_TAGS = new Set(['HEADER', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'PICTURE', 'FORM']);

/** Titles of boxes that are not the story (ARIA labels, the box's own heading), folded. */
const BOX_TITLE = new RegExp(
  [
    '^(اقرا|شاهد|طالع|اقرئي) (ايضا|المزيد|كذلك)',
    'ذات صله',
    'ذات الصله',
    'متعلقات',
    '^(مقالات|اخبار|قصص|مواضيع|موضوعات|روابط) (مقترحه|اخري|متعلقه|مشابهه)',
    '^مقترحه',
    '^المزيد( |$)',
    'الاكثر (قراءه|مشاهده|تداولا|تعليقا|شعبيه)',
    'الاكثر قراءه',
    '^(شارك|انشر|مشاركه)$',
    '^(شارك|انشر) (المقال|الخبر|الموضوع|هذا|هذه|عبر|علي)',
    '^(الوسوم|وسوم|كلمات مفتاحيه|مواضيع)$',
    'النشره (البريديه|الاخباريه)',
    '^(تابعونا|تابعوا)( |$)',
    '^(تابعنا|تابع) (علي|عبر)',
    '^(اشترك|اشتركوا)( |$)',
    '^(اعلان|اعلانات|مساحه اعلانيه)$',
    'ملفات تعريف الارتباط',
    'مسار التنقل',
    '^\\d+ (تعليقات|تعليق|تعليقا|ردود)( |$)',
    '^(تعليقات|تعليق|التعليقات|الردود)$',
    '^(تعليقات القراء|تعليقات الزوار)',
    '^(اترك|اضف|اكتب|شارك) (تعليقا|ردا|رد|برايك)',
    '^عاجل$',
    '^(read|see) (more|also|next)',
    '^related',
    '^more (on|from|stories|news)',
    '^(most|top) (read|popular|viewed|shared)',
    '^(share|follow)( |$|:)',
    '^(tags|topics|keywords)$',
    'newsletter',
    '^(sign up|subscribe)',
    '^(advertisement|sponsored)',
    '^(listen|breadcrumb)',
    'cookie',
    '^breaking',
    '^(\\d+ )?(comments?|responses?|replies)\\b',
    '^leave a (reply|comment)',
  ].join('|'),
  'u',
);

const LETTER_FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ؤ: 'و', ئ: 'ي', ی: 'ي', ک: 'ك' };

/**
 * A light fold for matching furniture wording, as lib/text/normalize does it for the letters
 * that matter here (hamza forms, ta marbuta, alef maqsura, Persian yeh and kaf, harakat, tatweel,
 * case), without normalize's offset maps: it runs on every short block of the page.
 */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
    .replace(/[أإآٱةىؤئیک]/gu, (c) => LETTER_FOLD[c] ?? c)
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The words of a class or id: camelCase, kebab-case, snake_case and BEM split, lower-cased. */
export function hintWords(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function wordsHint(words: string[]): Hint {
  if (words.length === 0) return null;
  const set = new Set(words);
  for (const w of words) if (HARD_WORDS.has(w)) return 'hard';
  for (const w of words) if (STRONG_WORDS.has(w)) return 'strong';
  for (const [a, b] of STRONG_PAIRS) if (set.has(a) && set.has(b)) return 'strong';
  for (const w of words) if (WEAK_WORDS.has(w)) return 'weak';
  return null;
}

/** An element's own label: aria-label, or the text of what aria-labelledby points at. */
function labelOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const by = el.getAttribute('aria-labelledby');
  if (!by) return '';
  const doc = el.ownerDocument;
  return by
    .split(/\s+/)
    .map((id) => doc.getElementById(id)?.textContent ?? '')
    .join(' ');
}

export function isBoxTitle(text: string): boolean {
  const t = fold(text).replace(/[:：\-–—|]+\s*$/u, '');
  return t.length > 0 && BOX_TITLE.test(t.length > 80 ? t.slice(0, 80) : t);
}

/** Positive hints: the markup says "this is the article's body". */
const BODY_WORDS =
  /(^| )((article|story|entry|post|news|node|main) (body|content|text|copy)|body (text|copy)|name body|articlebody|storybody|postbody|entrycontent|wysiwyg)( |$)/;

/** The markup names this element the article body (schema.org articleBody, "article-body", "entry-content"…). */
export function isBodyHinted(el: Element): boolean {
  const prop = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('property') ?? ''}`.toLowerCase();
  if (/articlebody|content:encoded|schema:text/.test(prop)) return true;
  const words = hintWords(`${el.getAttribute('class') ?? ''} ${el.id}`).join(' ');
  return BODY_WORDS.test(words);
}

/**
 * The furniture hint of one element (its own tag, role, class, id and label; not its ancestors').
 * The page's root elements carry site-wide classes, so they never count.
 */
export function hintOf(el: Element): Hint {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return null;
  if (isBodyHinted(el)) return null;
  const role = el.getAttribute('role')?.toLowerCase() ?? '';
  if (role === 'main' || role === 'article') return null;
  if (HARD_TAGS.has(tag) || HARD_ROLES.has(role)) return 'hard';
  if (STRONG_TAGS.has(tag) || STRONG_ROLES.has(role)) return 'strong';
  const label = labelOf(el);
  if (label && isBoxTitle(label)) return 'strong';
  const byName = wordsHint(hintWords(`${el.getAttribute('class') ?? ''} ${el.id}`));
  if (byName) return byName;
  if (WEAK_TAGS.has(tag)) {
    // A figure that holds a quotation is the story quoting someone, not a picture.
    if (tag === 'FIGURE' && el.querySelector('blockquote')) return null;
    return 'weak';
  }
  return null;
}

/** Lines every news site prints around a story, folded (see `fold`) and anchored at the start. */
const DAY_OR_DATE = '\\s*:?\\s*(\\d|:|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)';
const EN_DATE = '(\\s+on)?\\s*:?\\s*(\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)';
const CHANNELS = '(نشره|نشرتنا|النشره|قناتنا|قناه|بريد|تطبيق|واتساب|تلغرام|تيليجرام|يوتيوب|فيسبوك|تويتر|اكس|google news|جوجل نيوز)';

const FURNITURE_LINE = new RegExp(
  [
    '^(اقرا|شاهد|طالع|اقرئي) (ايضا|المزيد|كذلك|التفاصيل)',
    '^(تابعوا|تابعونا|تابعنا|حملوا|حمل تطبيق)( |$)',
    `^(اشترك|اشتركوا|سجل|سجلوا|انضم|انضموا) .*${CHANNELS}`,
    '^(المصدر|مصدر الصوره|صدر الصوره|حقوق الصوره|الصوره|تصوير|التعليق علي الصوره|الصوره من)\\s*[:،,]',
    `^(اخر تحديث|تاريخ النشر|نشر في|نشر بتاريخ|تم النشر|تم التحديث|محدث في|محدث)${DAY_OR_DATE}`,
    '^(اعلان|اعلانات|مساحه اعلانيه|محتوي مدعوم|برعايه)$',
    '^(فيديو|بالفيديو|بالصور|شاهد|انفوغراف|انفوجراف|انفوجرافيك)\\s*[:|-]',
    '^(read (more|also|next)|see also|also read|related:|more:)',
    `^(updated|published|last updated|posted|first published)${EN_DATE}`,
    '^(follow us|sign up|subscribe( |$)|download (the|our) app|join (us|our))',
    '^follow .{1,40} on (twitter|x|facebook|instagram|google news|whatsapp|telegram|youtube)',
    '^(advertisement|sponsored|ad)$',
    '^(photo|image|picture|credit|source|photograph)\\s*:',
    '^(watch|video|gallery|infographic)\\s*[:|-]',
  ].join('|'),
  'u',
);

/** Phrases of the site's legalese: privacy, terms, comment rules, disclaimers, copyright. */
const LEGAL = [
  'سياسه الخصوصيه',
  'شروط الاستخدام',
  'شروط استخدام',
  'ارشادات الاستخدام',
  'جميع الحقوق محفوظه',
  'ملفات تعريف الارتباط',
  'الكوكيز',
  'التعليقات',
  'الاراء الوارده',
  'لا تعبر عن راي',
  'لا تعكس بالضروره',
  'privacy policy',
  'terms of use',
  'terms of service',
  'terms and conditions',
  'all rights reserved',
  'cookies',
  'comments',
  'do not necessarily reflect',
];

/** How many legalese phrases a (folded) text contains; the © sign counts twice. */
function legalese(folded: string): number {
  let n = folded.includes('©') ? 2 : 0;
  for (const p of LEGAL) if (folded.includes(p)) n++;
  return n;
}

/** A line that is furniture by its wording: a read-also teaser, a follow-us promo, a date line, legalese. */
export function isFurnitureLine(b: Block): boolean {
  if (b.words > 60) return false;
  const folded = fold(b.text);
  if (b.words <= 25 && FURNITURE_LINE.test(folded)) return true;
  if (legalese(folded) >= 2) return true;
  // A line that is only a date and time.
  if (b.timeWords > 0 && b.timeWords >= b.words * 0.6) return true;
  return false;
}

/** Sentence punctuation, Arabic and Latin. */
const PUNCT = /[.,،؛;:!?؟…]/gu;
/** Punctuation that ends a phrase (not the point or comma inside "17.6" or "2,500"). */
const PHRASE_END = /[.,،؛;:!?؟…|](?=\s|$)/gu;
const ENDS_SENTENCE = /[.!?؟:…][\s"'”’»)\]]*$/u;

/**
 * Does this block read like story text, by its text alone? Long enough, few of its words in
 * links, with sentence punctuation, and phrases of sentence length (a list of names separated by
 * commas is not prose); a short line counts when it ends a sentence.
 */
export function readsLikeStory(b: Block): boolean {
  if (b.heading) return false;
  if (b.words < 4) return false;
  if (b.linkWords > b.words * 0.5) return false;
  const punct = b.text.match(PUNCT)?.length ?? 0;
  const ends = ENDS_SENTENCE.test(b.text);
  const phrases = (b.text.match(PHRASE_END)?.length ?? 0) + (ends ? 0 : 1);
  if (!ends && phrases >= 4 && b.words / phrases < 2.5) return false;
  if (b.words >= 20) return true;
  if (b.words >= 12 && (punct >= 1 || ends)) return true;
  return b.words >= 5 && ends;
}
