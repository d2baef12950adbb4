import { claimDate } from '../store/claims';
import type { ArticleRecord, ClaimRecord, NoteRecord } from '../store/types';
import type { BackupData } from './types';

/** A claim and the reader's notes on it. */
export interface ClaimEntry {
  claim: ClaimRecord;
  notes: NoteRecord[];
}

/** Everything a reader's export says about one article, each record once. */
export interface ArticleEntry {
  url: string;
  /** Absent when only notes point at the article (a filtered export, an article erased since). */
  article?: ArticleRecord;
  notes: NoteRecord[];
  passages: NoteRecord[];
  claims: ClaimEntry[];
}

export interface ActorEntry {
  id: string;
  notes: NoteRecord[];
  /** Claims by or about the actor, newest first; the same claims also stand under their article. */
  claims: ClaimRecord[];
}

/** The store arranged for reading: by article and by actor, and the notes that point nowhere. */
export interface Notebook {
  articles: ArticleEntry[];
  actors: ActorEntry[];
  loose: NoteRecord[];
}

const byOldest = (a: NoteRecord, b: NoteRecord) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
/** Passages in the order they stand in the article when their place is known, else as written. */
const byPlace = (a: NoteRecord, b: NoteRecord) => (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity) || byOldest(a, b);
export const articleDate = (a: ArticleRecord | undefined) => (a ? claimDate(a.publishedAt, a.readAt) : '');
const byNewestClaim = (a: ClaimRecord, b: ClaimRecord) => {
  const da = claimDate(a.publishedAt, a.readAt);
  const db = claimDate(b.publishedAt, b.readAt);
  return da === db ? (a.id < b.id ? -1 : 1) : da < db ? 1 : -1;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Groups notes and claims so that each is written once where a reader looks for it: a claim under
 * its article (with its notes), a passage or article note under its article, an actor note under
 * its actor. Actors list their claims as references, never as copies.
 */
export function notebook(d: BackupData): Notebook {
  const claimById = new Map(d.claims.map((c) => [c.id, c]));
  const articleByUrl = new Map(d.articles.map((a) => [a.url, a]));
  const entries = new Map<string, ArticleEntry>();
  const entry = (url: string): ArticleEntry => {
    let e = entries.get(url);
    if (!e) {
      const article = articleByUrl.get(url);
      e = { url, ...(article ? { article } : {}), notes: [], passages: [], claims: [] };
      entries.set(url, e);
    }
    return e;
  };
  const notesOfClaim = new Map<string, NoteRecord[]>();
  const notesOfActor = new Map<string, NoteRecord[]>();
  const loose: NoteRecord[] = [];
  for (const n of [...d.notes].sort(byOldest)) {
    if (n.kind === 'actor' && n.actorId !== null) push(notesOfActor, n.actorId, n);
    else if (n.kind === 'claim' && n.claimId !== null && claimById.has(n.claimId)) push(notesOfClaim, n.claimId, n);
    else if (n.kind === 'passage' && n.articleUrl !== null) entry(n.articleUrl).passages.push(n);
    else if (n.articleUrl !== null) entry(n.articleUrl).notes.push(n);
    else loose.push(n);
  }
  const claimsOfActor = new Map<string, ClaimRecord[]>();
  for (const c of [...d.claims].sort(byNewestClaim)) {
    entry(c.articleUrl).claims.push({ claim: c, notes: notesOfClaim.get(c.id) ?? [] });
    for (const id of c.actorIds) push(claimsOfActor, id, c);
  }
  for (const e of entries.values()) e.passages.sort(byPlace);
  const articles = [...entries.values()].sort((a, b) => {
    const da = articleDate(a.article);
    const db = articleDate(b.article);
    return da === db ? (a.url < b.url ? -1 : 1) : da < db ? 1 : -1;
  });
  const ids = [...new Set([...notesOfActor.keys(), ...claimsOfActor.keys()])];
  const actors = ids.map((id) => ({ id, notes: notesOfActor.get(id) ?? [], claims: claimsOfActor.get(id) ?? [] }));
  return { articles, actors, loose };
}

/** Every tag on the given notes, once each, in the order first met. */
export function tagsOf(notes: readonly NoteRecord[]): string[] {
  return [...new Set(notes.flatMap((n) => n.tags ?? []))];
}

/** The notes of an article entry, of every kind. */
export function notesOfEntry(e: ArticleEntry): NoteRecord[] {
  return [...e.notes, ...e.passages, ...e.claims.flatMap((c) => c.notes)];
}
