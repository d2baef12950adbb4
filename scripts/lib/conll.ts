/**
 * CoNLL named-entity files (`WORD TAG` per line, IOB tags) turned into analysable text with the
 * gold entities as character spans into it. Pure: takes the file's text, returns data.
 */

export type GoldType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

export interface GoldEntity {
  start: number;
  end: number;
  type: GoldType;
  text: string;
}

export interface Token {
  word: string;
  tag: string;
}

/** One sentence: its tokens, and its index in the file (0-based) so that a split can be written down. */
export interface Sentence {
  index: number;
  tokens: Token[];
}

/** A run of sentences analysed as one text, the way one article is. */
export interface EvalDocument {
  /** Index of its first sentence in the file. */
  first: number;
  text: string;
  gold: GoldEntity[];
}

const TYPES = new Set(['PERS', 'LOC', 'ORG', 'MISC']);

/**
 * Sentences end at a blank line or after a "." token (ANERcorp has no blank lines). A line
 * without a tag, or with a tag outside the IOB scheme, is read as O rather than dropped, so that
 * the rebuilt text keeps every word.
 */
export function parseConll(source: string): Sentence[] {
  const out: Sentence[] = [];
  let tokens: Token[] = [];
  const close = (): void => {
    if (tokens.length) out.push({ index: out.length, tokens });
    tokens = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      close();
      continue;
    }
    const cut = line.lastIndexOf(' ');
    const word = cut < 0 ? line : line.slice(0, cut);
    const tag = cut < 0 ? 'O' : line.slice(cut + 1);
    tokens.push({ word, tag: /^[BI]-/.test(tag) && TYPES.has(tag.slice(2)) ? tag : 'O' });
    if (word === '.') close();
  }
  close();
  return out;
}

/**
 * Sentences joined into one text: tokens with one space between them, sentences on lines of
 * their own. An I- tag after O or after another type opens a new entity, as in CoNLL's own scorer.
 */
export function toDocument(sentences: readonly Sentence[]): EvalDocument {
  let text = '';
  const gold: GoldEntity[] = [];
  let open: GoldEntity | null = null;
  const shut = (): void => {
    if (open) {
      open.text = text.slice(open.start, open.end);
      gold.push(open);
    }
    open = null;
  };
  for (const [si, s] of sentences.entries()) {
    if (si > 0) text += '\n';
    for (const [ti, t] of s.tokens.entries()) {
      if (ti > 0) text += ' ';
      const start = text.length;
      text += t.word;
      const [bio, type] = t.tag === 'O' ? ['O', ''] : [t.tag[0], t.tag.slice(2) as GoldType];
      if (bio === 'O') {
        shut();
        continue;
      }
      if (bio === 'I' && open && (open as GoldEntity).type === type) {
        (open as GoldEntity).end = text.length;
        continue;
      }
      shut();
      open = { start, end: text.length, type: type as GoldType, text: '' };
    }
    shut();
  }
  shut();
  return { first: sentences[0]?.index ?? 0, text, gold };
}

/** Consecutive sentences in documents of `size` sentences (the corpus marks no article bounds). */
export function toDocuments(sentences: readonly Sentence[], size: number): EvalDocument[] {
  const out: EvalDocument[] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(toDocument(sentences.slice(i, i + size)));
  return out;
}
