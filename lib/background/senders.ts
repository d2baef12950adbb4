import { BACKGROUND_SENDERS, type BackgroundProtocol, type SenderPolicy } from '../messaging';
import type { Failure } from '../result';

/** What the browser tells the background about a message's sender (runtime.MessageSender). */
export interface SenderInfo {
  url?: string;
  tab?: { id?: number; url?: string };
}

export type SenderKind = 'extension' | 'content' | 'unknown';

/** Same scheme and host: `new URL(…).origin` is "null" for moz-extension: and other custom schemes. */
function sameOrigin(url: string, origin: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(origin);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '';
  } catch {
    return false;
  }
}

/**
 * An extension page is known by its URL on the extension's own origin (the side panel opened
 * as a tab has a `tab` too, so a tab alone says nothing); a content script by the tab it runs
 * in. Anything else (no URL, no tab) is refused whatever it asks.
 */
export function senderKind(sender: SenderInfo | undefined, extensionOrigin: string): SenderKind {
  if (sender?.url && sameOrigin(sender.url, extensionOrigin)) return 'extension';
  if (sender?.tab?.id !== undefined && (sender.url || sender.tab.url)) return 'content';
  return 'unknown';
}

/**
 * Whether `url` is on the page the sender runs in: the same origin as the frame's URL or its
 * tab's. Not the same path: a page may move itself anywhere on its origin with
 * history.pushState (a single-page site does, and the content script follows it), and Firefox
 * keeps the document's first URL in `sender.url` after that. Another site is refused.
 */
function isOwnPage(url: unknown, sender: SenderInfo): boolean {
  if (typeof url !== 'string') return false;
  return [sender.url, sender.tab?.url].some((u) => typeof u === 'string' && sameWebOrigin(url, u));
}

function sameWebOrigin(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return (x.protocol === 'https:' || x.protocol === 'http:') && x.origin === y.origin;
  } catch {
    return false;
  }
}

function allowed(policy: SenderPolicy, kind: SenderKind, data: unknown, sender: SenderInfo): boolean {
  if (kind === 'unknown') return false;
  if (policy === 'extension') return kind === 'extension';
  if (policy === 'content') return true;
  return kind === 'content' && isOwnPage((data as { url?: unknown } | null)?.url, sender);
}

/**
 * The check every background message passes before its handler runs: null when the sender may
 * send it (lib/messaging.ts, BACKGROUND_SENDERS), else the failure to answer with.
 */
export function refuseSender(
  type: keyof BackgroundProtocol,
  data: unknown,
  sender: SenderInfo | undefined,
  extensionOrigin: string,
): Failure | null {
  const policy: SenderPolicy | undefined = BACKGROUND_SENDERS[type];
  const kind = senderKind(sender, extensionOrigin);
  if (policy && sender && allowed(policy, kind, data, sender)) return null;
  const why =
    policy === 'own-page' && kind === 'content'
      ? 'a page may report only pages of its own site'
      : kind === 'unknown'
        ? 'the sender is neither a page nor one of Siyaq’s own pages'
        : 'only Siyaq’s own pages may ask this';
  return { code: 'not-allowed', message: `“${String(type)}” refused: ${why}.` };
}
