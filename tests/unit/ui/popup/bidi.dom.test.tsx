/** Popup text from pages and queries is isolated in its own direction. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { withIsolates } from '@/lib/ui/isolate';
import { EntityLine } from '@/lib/ui/popup/EntityLine';
import { t } from '@/lib/i18n';

describe('popup text of another direction', () => {
  it('summarises an entity on one line, each name and form in a <bdi>', () => {
    const host = document.createElement('div');
    render(<EntityLine name="Kazakhstan" count={7} forms={[{ form: 'Kazakhstan' }, { form: 'Казахстана' }, { form: 'كازاخستان' }]} />, host);
    expect(host.textContent).toBe('Kazakhstan ×7 — Kazakhstan, Казахстана, كازاخستان');
    expect([...host.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Kazakhstan', 'Kazakhstan', 'Казахстана', 'كازاخستان']);
  });

  it('isolates a query inside a translated sentence', () => {
    const host = document.createElement('h2');
    render(<>{withIsolates((m) => t('searchNone', m), ['إس-300'])}</>, host);
    expect(host.textContent).toBe('No passages mention ‘إس-300’ yet.');
    expect(host.querySelector('bdi')?.textContent).toBe('إس-300');
  });
});
