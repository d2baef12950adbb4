import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootstrap } from '@/lib/page/bootstrap';
import { NEWS_SITES, newsSiteMatches } from '@/lib/sites';
import '@/lib/page/highlights.css';

// One small script for Arabic and English news sites: it finds the article, sends its text to the
// background (where the base and compromise live) and paints the answer.
export default defineContentScript({
  matches: newsSiteMatches(NEWS_SITES),
  runAt: 'document_idle',
  main(ctx) {
    bootstrap(ctx);
  },
});
