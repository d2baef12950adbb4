import { Window } from 'happy-dom';

/**
 * Parses `html` as the page at `url` in Node (happy-dom), scripts, style sheets and frames off:
 * the document the content script would see, minus CSS. The one page loader of the analyser,
 * the tests and the benchmarks; `close` frees the window.
 */
export function loadDocument(html: string, url = 'about:blank'): { doc: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => void window.happyDOM.close() };
}
