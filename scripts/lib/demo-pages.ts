/**
 * The sample pages of tests/fixtures/pages and the news-site host each is served under
 * (the browsers resolve these names to the local server). The first is the demo's article.
 */
export const DEMO_PAGES: readonly { host: string; path: string }[] = [{ host: 'www.amad.ps', path: '/seed-article.html' }];
