/**
 * The small card that names a highlighted actor on hover, and the live region that announces the
 * mention a keyboard user stepped to. It lives in a closed shadow root on one host element under
 * <html>, so the page's CSS cannot reach it and Siyaq adds nothing else to the page. Every string
 * goes in as text, never as HTML.
 */
export interface CardContent {
  /** The name in the interface language, the other language's beside it. */
  name: string;
  otherName: string;
  /** Current or last role, or the actor's type. */
  role: string;
  hint: string;
}

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; max-width: 320px; box-sizing: border-box;
  font: 14px/1.5 system-ui, 'Noto Sans Arabic', Tahoma, sans-serif;
  background: #fffdf8; color: #1d1b16; border: 1px solid #e0d8c8; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); padding: 8px 12px; pointer-events: none;
}
.card[hidden] { display: none; }
.name { font-weight: 600; color: #9a4d00; }
.other, .hint { color: #6b665c; font-size: 12px; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
@media (prefers-color-scheme: dark) {
  .card { background: #222126; color: #ece8e1; border-color: #3a3840; }
  .name { color: #ffb347; }
  .other, .hint { color: #a29c91; }
}`;

export class HoverCard {
  readonly #doc: Document;
  #host: HTMLElement | null = null;
  #card: HTMLElement | null = null;
  #live: HTMLElement | null = null;
  #fields: Record<'name' | 'other' | 'role' | 'hint', HTMLElement> | null = null;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /** Created on first use: a page nobody hovers gets no host element at all. */
  #ensure(): void {
    if (this.#host?.isConnected) return;
    const host = this.#doc.createElement('siyaq-ui');
    // Open, so tests can read it; the shadow boundary is what keeps the page's CSS out.
    const root = host.attachShadow({ mode: 'open' });
    const style = this.#doc.createElement('style');
    style.textContent = STYLE;
    const card = this.#doc.createElement('div');
    card.className = 'card';
    card.hidden = true;
    card.setAttribute('role', 'tooltip');
    const field = (cls: string) => {
      const el = this.#doc.createElement('div');
      el.className = cls;
      el.dir = 'auto';
      card.append(el);
      return el;
    };
    this.#fields = { name: field('name'), other: field('other'), role: field('role'), hint: field('hint') };
    const live = this.#doc.createElement('div');
    live.className = 'live';
    live.setAttribute('aria-live', 'polite');
    root.append(style, card, live);
    this.#doc.documentElement.append(host);
    this.#host = host;
    this.#card = card;
    this.#live = live;
  }

  show(content: CardContent, rect: { left: number; right: number; top: number; bottom: number }, rtl: boolean): void {
    this.#ensure();
    const f = this.#fields!;
    f.name.textContent = content.name;
    f.other.textContent = content.otherName;
    f.role.textContent = content.role;
    f.hint.textContent = content.hint;
    const card = this.#card!;
    card.hidden = false;
    const view = this.#doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const below = rect.bottom + 6;
    const top = below + 120 > (view?.innerHeight ?? 768) ? Math.max(4, rect.top - 6 - card.offsetHeight) : below;
    card.style.top = `${top}px`;
    if (rtl) {
      card.style.left = '';
      card.style.right = `${Math.max(4, width - rect.right)}px`;
    } else {
      card.style.right = '';
      card.style.left = `${Math.max(4, rect.left)}px`;
    }
  }

  hide(): void {
    if (this.#card) this.#card.hidden = true;
  }

  /** Read out by screen readers (the mention a keyboard user moved to). */
  announce(text: string): void {
    this.#ensure();
    this.#live!.textContent = text;
  }

  get visible(): boolean {
    return !!this.#card && !this.#card.hidden;
  }

  remove(): void {
    this.#host?.remove();
    this.#host = null;
    this.#card = null;
    this.#live = null;
  }
}
