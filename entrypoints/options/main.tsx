import { render } from 'preact';
import { t } from '@/lib/i18n';
import { applyUiLanguage } from '@/lib/ui/direction';
import { Library } from '@/lib/ui/library/Library';
import '@/lib/ui/card/card.css';
import '@/lib/ui/options/options.css';
import '@/lib/ui/library/library.css';

document.title = t('libraryTitle');
applyUiLanguage(document);
const root = document.getElementById('app');
if (root) render(<Library />, root);
