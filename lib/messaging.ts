/**
 * The one message protocol between Siyaq's contexts. Every message is declared here, grouped
 * by the context that handles it, and every reply is a `Result`: failures travel as values.
 *
 *   content script ──► background      (toBackground)
 *   side panel     ──► background      (toBackground)
 *   options page   ──► background      (toBackground)
 *   background     ──► content script  (toContent, addressed by tab id)
 *   side panel     ──► content script  (toContent, addressed by tab id)
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ImportMode, TableCounts } from './import/plan';
import type { Actor } from './kb/schema';
import type { FirstCard } from './store/first-card';
import type { AnalyseRequest, PageMarks, QuoteAnchor } from './report';
import type { Result } from './result';
import type { NoteInput } from './store/notes';
import type { TabState } from './settings/items';
import type { NoteRecord } from './store/types';

export interface ActorSummary {
  id: string;
  type: Actor['type'];
  names: { ar: string; en: string };
  /** The current or last role, or null. */
  role: { ar: string; en: string } | null;
}

/** What an import did, table by table, or the problems that stopped it (each naming its place). */
export interface ImportSummary {
  counts: Record<string, TableCounts>;
  problems: string[];
}

/** Handled by the background, which owns the database. */
export interface BackgroundProtocol {
  // From the content script
  /**
   * A page's article text and metadata (text empty when the page is not an article): the
   * background analyses it beside the warm base, stores the visit and answers with the marks to
   * paint, as offsets into that text. One in flight per tab; the page gives up after 2 s (lib/page/session.ts).
   */
  'page:analyse'(data: AnalyseRequest): Result<PageMarks>;
  /** The reader clicked a highlighted actor; open the side panel on it. */
  'panel:open-actor'(data: { actorId: string }): Result<{ opened: boolean }>;
  /** Who an actor is, in one line per language, for the hover card (the content script does not carry notes and roles). */
  'kb:describe'(data: { id: string }): Result<ActorSummary | null>;

  // From the side panel and the options page
  /**
   * What the actor card shows first, for a panel opening on that actor, or on the reader's last
   * selection when `actorId` is null (lib/panel/first-card.ts).
   */
  'panel:first-card'(data: { actorId: string | null }): Result<FirstCard | null>;
  /** What the panel should show for a tab: its latest report and the selected actor. */
  'tab:state'(data: { tabId: number }): Result<TabState | null>;
  /** Select an actor for a tab from the panel itself (an affiliation, a search result). */
  'panel:select-actor'(data: { tabId: number | null; actorId: string }): Result<null>;
  'notes:save'(note: NoteInput): Result<NoteRecord>;
  'notes:delete'(data: { id: string }): Result<null>;
  /** Add or edit a reader actor (validated against the bundled base first). */
  'kb:save-actor'(data: { actor: Actor }): Result<Actor>;
  'kb:delete-actor'(data: { id: string }): Result<null>;
  /** Save the actors of a previewed pack (each validated again on the way in). */
  'kb:import-pack'(data: { name: string; actors: Actor[] }): Result<{ saved: number; rejected: string[] }>;
  'settings:set'(data: { key: string; value: unknown }): Result<null>;
  /** Delete every article, claim, note, reader actor and setting. */
  'data:erase'(): Result<null>;
  /** Import a JSON backup: checked whole first, then written in one transaction or not at all. */
  'data:import'(data: { text: string; mode: ImportMode }): Result<ImportSummary>;
}

/**
 * Who may send each background message; the background checks every sender against this
 * before a handler runs (lib/background/senders.ts). A content script runs in every tab of
 * every listed news site, next to the site's own code: it gets only what a page needs.
 *
 * - `extension`: only the extension's own pages (side panel, options page, the panel's start).
 * - `content`: content scripts too (and the extension's pages).
 * - `own-page`: a content script about its own page only: the message's `url` must be on the
 *   sender's origin (lib/background/senders.ts says why not the exact URL). The extension's
 *   pages do not send these.
 *
 * Adding a message means adding its line here; the type makes a missing one an error.
 */
export type SenderPolicy = 'extension' | 'content' | 'own-page';

export const BACKGROUND_SENDERS = {
  'page:analyse': 'own-page',
  'panel:open-actor': 'content',
  'kb:describe': 'content',
  'panel:first-card': 'extension',
  'tab:state': 'extension',
  'panel:select-actor': 'extension',
  'notes:save': 'extension',
  'notes:delete': 'extension',
  'kb:save-actor': 'extension',
  'kb:delete-actor': 'extension',
  'kb:import-pack': 'extension',
  'settings:set': 'extension',
  'data:erase': 'extension',
  'data:import': 'extension',
} as const satisfies { [K in keyof BackgroundProtocol]: SenderPolicy };

/** Handled by the content script of one tab. */
export interface ContentProtocol {
  /** Scroll to a mention of an actor and flash it (from the panel's "This page" view). */
  'page:focus-mention'(data: { actorId: string; index?: number }): Result<boolean>;
  /** Scroll to a claim's sentence and flash it. */
  'page:focus-quote'(data: { anchor: QuoteAnchor }): Result<boolean>;
  /** Show or hide every Siyaq highlight on the page. */
  'page:set-highlights'(data: { visible: boolean }): Result<boolean>;
  /** Analyse the page again (after the reader changed their actors, or from the toolbar). */
  'page:reanalyse'(): Result<boolean>;
  /** The text the reader selected on the page, to make it an actor or an alias. */
  'page:selection'(): Result<string>;
  /** A keyboard command (browser `commands`): step through mentions, open the focused one, toggle. */
  'page:command'(data: { command: PageCommand }): Result<{ actorId: string | null }>;
}

export type PageCommand = 'toggle-highlights' | 'next-mention' | 'previous-mention' | 'open-mention';

export const toBackground = defineExtensionMessaging<BackgroundProtocol>();
export const toContent = defineExtensionMessaging<ContentProtocol>();
