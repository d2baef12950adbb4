/**
 * Paints ranges with the CSS Custom Highlight API and finds the range under a point.
 * The page's DOM is never touched: no wrapper elements, so no broken React trees, no reflow
 * and no Arabic letters split from their neighbours. The browser pieces (the highlight
 * registry, the Highlight constructor, caret lookup) come in through `HighlightEnv` so the
 * class runs in tests without a browser.
 */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  readonly size: number;
  priority: number;
}

export interface HighlightEnv {
  registry: { set(name: string, h: HighlightLike): unknown; delete(name: string): boolean; has(name: string): boolean };
  createHighlight: () => HighlightLike;
  /** The text position under a viewport point (caretPositionFromPoint / caretRangeFromPoint). */
  caretAt: (x: number, y: number) => { node: Node; offset: number } | null;
}

export interface Marked<T> {
  kind: string;
  range: Range;
  data: T;
}

export class Highlighter<T> {
  readonly #env: HighlightEnv;
  readonly #layers = new Map<string, { highlight: HighlightLike; items: Marked<T>[] }>();
  readonly #byNode = new Map<Node, Marked<T>[]>();
  #visible = true;
  /** The name a layer is registered under (a palette); the layer keeps its own kind. */
  #nameOf: (kind: string) => string = (kind) => kind;

  constructor(env: HighlightEnv) {
    this.#env = env;
  }

  /** Registers every layer again under the names `nameOf` gives (the reader changed the look). */
  rename(nameOf: (kind: string) => string): void {
    if (this.#visible) for (const kind of this.#layers.keys()) this.#env.registry.delete(this.#nameOf(kind));
    this.#nameOf = nameOf;
    if (this.#visible) for (const [kind, layer] of this.#layers) this.#env.registry.set(nameOf(kind), layer.highlight);
  }

  /** Replaces everything painted as `kind` (a highlight name such as `siyaq-actor`). */
  set(kind: string, items: { range: Range; data: T }[], priority = 0): void {
    this.remove(kind);
    const highlight = this.#env.createHighlight();
    highlight.priority = priority;
    const marked = items.map(({ range, data }) => ({ kind, range, data }));
    for (const m of marked) {
      highlight.add(m.range);
      for (const node of nodesOf(m.range)) {
        const list = this.#byNode.get(node);
        if (list) list.push(m);
        else this.#byNode.set(node, [m]);
      }
    }
    this.#layers.set(kind, { highlight, items: marked });
    if (this.#visible) this.#env.registry.set(this.#nameOf(kind), highlight);
  }

  remove(kind: string): void {
    const layer = this.#layers.get(kind);
    if (!layer) return;
    this.#env.registry.delete(this.#nameOf(kind));
    this.#layers.delete(kind);
    for (const m of layer.items) {
      for (const node of nodesOf(m.range)) {
        const list = this.#byNode.get(node);
        if (!list) continue;
        const rest = list.filter((x) => x !== m);
        if (rest.length) this.#byNode.set(node, rest);
        else this.#byNode.delete(node);
      }
    }
  }

  clear(): void {
    for (const kind of [...this.#layers.keys()]) this.remove(kind);
  }

  items(kind: string): readonly Marked<T>[] {
    return this.#layers.get(kind)?.items ?? [];
  }

  get visible(): boolean {
    return this.#visible;
  }

  /** Hides or shows every layer without forgetting them. */
  setVisible(visible: boolean): void {
    this.#visible = visible;
    for (const [kind, layer] of this.#layers) {
      if (visible) this.#env.registry.set(this.#nameOf(kind), layer.highlight);
      else this.#env.registry.delete(this.#nameOf(kind));
    }
  }

  /**
   * The marked range under a viewport point, if any. The caret gives the text node; the
   * range's own boxes confirm the point is on the letters and not in the margin beside them.
   */
  hitTest(x: number, y: number, kinds?: readonly string[]): Marked<T> | undefined {
    if (!this.#visible) return undefined;
    const caret = this.#env.caretAt(x, y);
    if (!caret) return undefined;
    const list = this.#byNode.get(caret.node);
    if (!list) return undefined;
    for (const m of list) {
      if (kinds && !kinds.includes(m.kind)) continue;
      if (!inRange(m.range, caret.node, caret.offset)) continue;
      if (containsPoint(m.range, x, y)) return m;
    }
    return undefined;
  }
}

function inRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false;
  }
}

function containsPoint(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  // Environments without layout (tests) report no boxes: trust the caret there.
  if (rects.length === 0) return true;
  for (const r of rects) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The text nodes a range starts or ends in (names span at most a few nodes). */
function nodesOf(range: Range): Node[] {
  const nodes = [range.startContainer];
  if (range.endContainer !== range.startContainer) nodes.push(range.endContainer);
  return nodes;
}
