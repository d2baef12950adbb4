import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { leaveStarted, startFirstCard } from '@/lib/panel/start-card';

// Loaded by the side panel's <head> as a classic script: it asks the background for the card
// the panel opens on before the panel's own modules have even been fetched.
export default defineUnlistedScript(() => leaveStarted(startFirstCard(location.search)));
