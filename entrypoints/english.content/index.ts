import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeEnglish } from '@/lib/analysis/english';
import { bootstrap } from '@/lib/page/bootstrap';
import { ENGLISH_SITES, newsSiteMatches } from '@/lib/sites';
import '@/lib/page/highlights.css';

// English-language sites about the region: the same app with compromise for English text.
export default defineContentScript({
  matches: newsSiteMatches(ENGLISH_SITES),
  runAt: 'document_idle',
  main(ctx) {
    bootstrap(ctx, analyzeEnglish);
  },
});
