import { render } from 'preact';
import { browser } from 'wxt/browser';
import { langFromLocale } from '@/lib/i18n/messages';
import { SiyaqDB } from '@/lib/store/db';
import '@/components/panel.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App db={new SiyaqDB()} lang={langFromLocale(browser.i18n.getUILanguage())} />, root);
