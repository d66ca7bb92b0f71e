import { render } from 'preact';
import { Popup } from '@/lib/ui/popup/Popup';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
