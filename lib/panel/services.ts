import type { ImportMode } from '../import/plan';
import type { ActorDirectory } from '../kb/directory';
import type { Actor } from '../kb/schema';
import type { ImportSummary } from '../messaging';
import type { Item } from '../settings/area';
import type { Look } from '../settings/look';
import type { Result } from '../result';
import type { StoreQueries } from './queries';
import type { NoteInput } from '../store/notes';
import type { QuoteAnchor } from '../report';
import type { NoteRecord } from '../store/types';

/** Where Siyaq runs: listed sites the reader switched off, and other sites they allowed. */
export interface SiteSwitches {
  disabled(): Promise<string[]>;
  setDisabled(host: string, disabled: boolean): Promise<string[]>;
  allowed(): Promise<string[]>;
  /** Asks the browser for the site's permission (a prompt the reader answers), then registers it. */
  allow(host: string): Promise<boolean>;
  revoke(host: string): Promise<void>;
}

/**
 * Everything the panel and options page do outside their own DOM, injected so that the views run
 * in component tests with a fake-indexeddb database and recorded calls. They read the store
 * through `queries`; every write is a message to the background.
 */
export interface AppServices {
  queries: StoreQueries;
  saveNote(note: NoteInput): Promise<Result<NoteRecord>>;
  deleteNote(id: string): Promise<Result<null>>;
  saveActor(actor: Actor): Promise<Result<Actor>>;
  deleteActor(id: string): Promise<Result<null>>;
  selectActor(tabId: number | null, actorId: string): Promise<Result<null>>;
  focusMention(tabId: number, actorId: string): Promise<Result<boolean>>;
  focusQuote(tabId: number, anchor: QuoteAnchor): Promise<Result<boolean>>;
  pageSelection(tabId: number): Promise<Result<string>>;
  importPack(name: string, actors: Actor[]): Promise<Result<{ saved: number; rejected: string[] }>>;
  /** A setting of the database (lib/settings/items.ts), written by the background. */
  setSetting<T>(item: Item<T>, value: T): Promise<Result<null>>;
  erase(): Promise<Result<null>>;
  importBackup(text: string, mode: ImportMode): Promise<Result<ImportSummary>>;
  /** Hands a file to the browser to save. */
  download(name: string, data: string | Uint8Array, type: string): void;
  sites: SiteSwitches;
  look: { get(): Promise<Look>; set(look: Look): Promise<void> };
  openOptions(): void;
  now(): number;
}

/** The services as the views get them: with the directory of every actor the app knows, bundled and the reader's. */
export interface PanelServices extends AppServices {
  directory: () => ActorDirectory;
}
