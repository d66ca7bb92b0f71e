import { render } from 'preact';
import { Options } from '@/lib/ui/options/Options';

const root = document.getElementById('app');
if (root) render(<Options />, root);
