import { render } from 'preact';
import type { EntityId } from '@/lib/entities/types';
import { t } from '@/lib/i18n';
import { applyUiLanguage } from '@/lib/ui/direction';
import { Popup } from '@/lib/ui/popup/Popup';
import { loadEntityNames, type NameOf } from '@/lib/ui/entity-names';
import '@/lib/ui/card/card.css';
import '@/lib/ui/popup/popup.css';

// `?q=` pre-fills the search (a card's "Search in Backstory"); `?tab=` names the tab that
// "On this page" is about when the popup is opened in a tab rather than from the toolbar.
const params = new URLSearchParams(location.search);
const tab = Number(params.get('tab'));
document.title = t('extName');
applyUiLanguage(document);
const root = document.getElementById('app');
if (root) {
  const show = (nameOf: NameOf) =>
    render(<Popup initialQuery={params.get('q') ?? ''} tabId={Number.isInteger(tab) && tab > 0 ? tab : null} nameOf={nameOf} />, root);
  // Rendered at once (the search starts now); entity names fill in when storage answers.
  show((entity: EntityId) => entity);
  void loadEntityNames().then(show);
}
