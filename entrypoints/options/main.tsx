import { render } from 'preact';
import { t } from '@/lib/i18n';
import { Options } from '@/lib/ui/options/Options';
import '@/lib/ui/card/card.css';
import '@/lib/ui/options/options.css';

document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
