import { render } from 'preact';
import { Options } from '@/lib/ui/options/Options';
import '@/lib/ui/card/card.css';
import '@/lib/ui/options/options.css';

const root = document.getElementById('app');
if (root) render(<Options />, root);
