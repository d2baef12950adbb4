import type { HighlightEnv, HighlightLike } from './highlighter';

interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

/** The browser's Highlight API and caret lookup, or null where the API is missing. */
export function browserHighlightEnv(win: Window & typeof globalThis): HighlightEnv | null {
  // Both are missing in browsers without the Highlight API, whatever the DOM types say.
  const css: { highlights?: HighlightEnv['registry'] } | undefined = win.CSS;
  const Ctor: (new () => HighlightLike) | undefined = win.Highlight;
  if (!css?.highlights || !Ctor) return null;
  const doc = win.document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  return {
    registry: css.highlights,
    createHighlight: () => new Ctor(),
    caretAt(x, y) {
      if (doc.caretPositionFromPoint) {
        const p = doc.caretPositionFromPoint(x, y);
        return p ? { node: p.offsetNode, offset: p.offset } : null;
      }
      const r = doc.caretRangeFromPoint?.(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    },
  };
}
