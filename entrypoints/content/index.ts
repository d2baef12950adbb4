import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootstrap } from '@/lib/page/bootstrap';
import { ARABIC_SITES, newsSiteMatches } from '@/lib/sites';
import '@/lib/page/highlights.css';

// Arabic news sites: no English analyser here, so compromise never loads on these pages.
export default defineContentScript({
  matches: newsSiteMatches(ARABIC_SITES),
  runAt: 'document_idle',
  main(ctx) {
    bootstrap(ctx);
  },
});
