import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Actor, Role } from './schema';

type Catalog = Record<string, { message: string } | undefined>;

/** A role as a phrase: its own title, or the role's name with the state or body it was held in. */
export function rolePhrase(r: Role, lang: 'ar' | 'en', byId: ReadonlyMap<string, Actor>): string {
  if (r.title) return r.title[lang];
  const catalog = (lang === 'ar' ? ar : en) as Catalog;
  const role = catalog[`role_${r.role}`]?.message ?? r.role;
  const of = r.of ? byId.get(r.of)?.names[lang] : undefined;
  return of ? (catalog.roleOf?.message ?? '{role} – {of}').replace('{role}', role).replace('{of}', of) : role;
}

/**
 * One line saying who an actor is, for the hover card: the most recent role still held, or the
 * last one held (marked as former). Types without roles get none; the card shows the type.
 */
export function roleLabel(actor: Actor, byId: ReadonlyMap<string, Actor>): [string, string] | undefined {
  const roles = [...(actor.roles ?? [])].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  const current = roles.find((r) => !r.end);
  const last = current ?? [...roles].sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0];
  if (!last) return undefined;
  const former = current ? ['', ''] : [' (سابقا)', ' (former)'];
  return [`${rolePhrase(last, 'ar', byId)}${former[0]}`, `${rolePhrase(last, 'en', byId)}${former[1]}`];
}
