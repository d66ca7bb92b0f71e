import { render } from 'preact';
import { Privacy } from '@/lib/ui/privacy/Privacy';
import '@/lib/ui/card/card.css';
import '@/lib/ui/welcome/welcome.css';

const root = document.getElementById('app');
if (root) render(<Privacy />, root);
