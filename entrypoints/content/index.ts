import { defineContentScript } from 'wxt/utils/define-content-script';
import matcher from '@/generated/matcher.json';
import type { MatcherData } from '@/lib/kb/compile';
import { browserHighlightEnv } from '@/lib/highlight/env';
import { toBackground } from '@/lib/messaging';
import { PageSession } from '@/lib/page/session';
import { newsSiteMatches } from '@/lib/sites';
import './highlights.css';

export default defineContentScript({
  matches: newsSiteMatches(),
  runAt: 'document_idle',
  main(ctx) {
    const env = browserHighlightEnv(window);
    if (!env) return; // no CSS Custom Highlight API: Siyaq would have to change the page, so it does not run
    const session = new PageSession({
      doc: document,
      url: location.href,
      data: matcher as unknown as MatcherData,
      env,
      report: (report) => void toBackground.sendMessage('page:report', report).catch(() => {}),
      openActor: (actorId) => void toBackground.sendMessage('panel:open-actor', { actorId }).catch(() => {}),
    });
    session.run();
    ctx.addEventListener(document, 'click', (e) => {
      if (e.button === 0 && !e.defaultPrevented) session.handleClick(e.clientX, e.clientY);
    });
    ctx.onInvalidated(() => session.stop());
  },
});
