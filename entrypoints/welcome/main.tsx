import { render } from 'preact';
import { t } from '@/lib/i18n';
import { applyUiLanguage } from '@/lib/ui/direction';
import { startWelcome } from '@/lib/ui/welcome/start';
import '@/lib/ui/card/card.css';
import '@/lib/page/paint/highlights.css';
import '@/lib/ui/welcome/welcome.css';

document.title = t('welcomeTitle');
applyUiLanguage(document);
const root = document.getElementById('app');
if (root) startWelcome(root, render);
