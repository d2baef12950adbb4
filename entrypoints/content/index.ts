import { defineContentScript } from 'wxt/utils/define-content-script';
import matcher from '@/generated/matcher.json';
import type { MatcherData } from '@/lib/kb/compile';
import { toBackground, toContent } from '@/lib/messaging';
import { startContentApp } from '@/lib/page/content-app';
import { ARABIC_SITES, newsSiteMatches } from '@/lib/sites';
import '@/lib/page/highlights.css';

// Arabic news sites: no English analyser here, so compromise never loads on these pages.
export default defineContentScript({
  matches: newsSiteMatches(ARABIC_SITES),
  runAt: 'document_idle',
  main(ctx) {
    void startContentApp({
      win: window,
      data: matcher as unknown as MatcherData,
      listen: (target, type, fn) => ctx.addEventListener(target, type as keyof WindowEventMap, fn),
      onInvalidated: (fn) => ctx.onInvalidated(fn),
      report: (report) => void toBackground.sendMessage('page:report', report).catch(() => {}),
      openActor: (actorId) => void toBackground.sendMessage('panel:open-actor', { actorId }).catch(() => {}),
      readerActors: async () => {
        const res = await toBackground.sendMessage('kb:reader-actors', undefined);
        return res.ok ? res.value : [];
      },
      handle: (type, fn) => toContent.onMessage(type, ({ data }) => fn(data as never)),
    });
  },
});
