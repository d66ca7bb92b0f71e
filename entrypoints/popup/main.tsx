import { render } from 'preact';
import { Popup } from '@/lib/ui/popup/Popup';
import { displayName } from '@/lib/entities';
import '@/lib/ui/card/card.css';
import '@/lib/ui/popup/popup.css';

// `?q=` pre-fills the search (a card's "Search in Backstory"); `?tab=` names the tab that
// "On this page" is about when the popup is opened in a tab rather than from the toolbar.
const params = new URLSearchParams(location.search);
const tab = Number(params.get('tab'));
const root = document.getElementById('app');
if (root) {
  render(<Popup initialQuery={params.get('q') ?? ''} tabId={Number.isInteger(tab) && tab > 0 ? tab : null} nameOf={displayName} />, root);
}
