import type { CompiledActor } from '../kb/compile';
import { once } from '../once';
import { normalizeKey } from '../text/normalize';
import { wordsBefore } from '../text/words';
import type { Candidate } from './matcher';
import { givenName } from './names/given-names';
import type { ResolvedMention } from './resolve';

/**
 * Checks on a linked name against the words around it, where the text says the name belongs to
 * someone or something else:
 * - a person's short name after a given name that is not theirs is another person (جوزف ليبرمان
 *   is not Avigdor Lieberman, لؤي العبادي not Haider al-Abadi);
 * - a name inside a longer proper name is not that actor: after the head of a proper name
 *   (شركة المملكة القابضة، برج المملكة، كأس الاتحاد الأفريقي) or before a word that continues
 *   one (باريس سان جيرمان، مجلس الأمن القومي).
 */

/** Heads of proper names that take another name as their complement: a company, a cup, a tower. */
const HEADS = once(
  () =>
    new Set(
      'شركة برج كأس بطولة فندق نادي ملعب جائزة مستشفى مسجد شارع ميدان جامعة مدرسة كلية مصرف بنك مجموعة مؤسسة'.split(' ').map(normalizeKey),
    ),
);

/** Words that continue a place's name into another one: باريس سان جيرمان، مانشستر يونايتد. */
const PLACE_CONTINUATIONS = once(() => new Set('سان سانت يونايتد سيتي'.split(' ').map(normalizeKey)));

/** Words that make a body's name another body's: مجلس الأمن القومي is a state's, not the UN's. */
const BODY_CONTINUATIONS = once(() => new Set('القومي الوطني الاتحادي'.split(' ').map(normalizeKey)));

const PROCLITIC = /^(وب|ول|فب|فل|و|ف|ب|ل|ك)/u;

function nextWord(text: string, end: number): string {
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  if (i === end) return '';
  let j = i;
  while (j < text.length && !/[\s.,،؛:!?()"«»\-]/u.test(text[j]!)) j++;
  return text.slice(i, j);
}

/** The word right before `at` when only a space separates them. */
function wordJustBefore(text: string, at: number): string | undefined {
  const w = wordsBefore(text, at, 1)[0];
  if (!w || !/^ +$/u.test(text.slice(w.end, at))) return undefined;
  return w.text;
}

function insideLongerName(text: string, c: Candidate, actor: CompiledActor): boolean {
  const before = wordJustBefore(text, c.start - c.clitic);
  if (c.clitic === 0 && before !== undefined) {
    const bare = before.replace(PROCLITIC, '');
    if (HEADS().has(before) || (bare.length >= 3 && HEADS().has(bare))) return true;
  }
  const after = nextWord(text, c.end);
  if ((actor.type === 'place' || actor.type === 'state') && PLACE_CONTINUATIONS().has(after)) return true;
  if ((actor.type === 'international_body' || actor.type === 'organisation') && BODY_CONTINUATIONS().has(after)) return true;
  return false;
}

function anotherPersonsName(text: string, c: Candidate, actor: CompiledActor): boolean {
  if (actor.type !== 'person' || c.clitic > 0) return false;
  const before = wordJustBefore(text, c.start);
  if (before === undefined || givenName(before) !== 'strong') return false;
  const full = normalizeKey(actor.ar);
  const own = text.slice(c.start, c.end);
  // The actor's full name matched whole, or their own first name before their surname: theirs.
  if (own === full || full.startsWith(`${before} `)) return false;
  return true;
}

/** The resolved mentions the words around them do not contradict. */
export function checkMentions(text: string, actors: readonly CompiledActor[], resolved: readonly ResolvedMention[]): ResolvedMention[] {
  return resolved.filter(({ candidate, actor }) => {
    const a = actors[actor]!;
    return !insideLongerName(text, candidate, a) && !anotherPersonsName(text, candidate, a);
  });
}
