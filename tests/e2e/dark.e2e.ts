/** Light and dark: with the browser in dark mode, the popup and the card follow. */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { evaluateInCard, waitForCard } from '../../lib/dev/card';
import { DEMO, DEMO_MENTIONS } from './demo-article';

const DARK_BACKGROUND = 'rgb(31, 31, 36)';

forEachBrowser(
  (ctx) => {
    it('renders the popup and the card dark', async () => {
      const article = await ctx().session.openPage(ctx().server.url(DEMO));
      expect(await waitForPainted(article, DEMO_MENTIONS)).toHaveLength(DEMO_MENTIONS.length);
      const point = await mentionPoint(article, 'ОДКБ');
      if (!point) throw new Error('mention not painted');
      await article.mouse.click(point.x, point.y);
      await waitForCard(article);
      expect(
        await evaluateInCard(article, (root) => {
          const box = root.querySelector('.floating');
          return box ? getComputedStyle(box).backgroundColor : null;
        }, null),
      ).toBe(DARK_BACKGROUND);

      const popup = await ctx().session.openExtensionPage('popup.html');
      expect(await popup.waitFor(() => getComputedStyle(document.querySelector('.popup') as Element).backgroundColor)).toBe(
        DARK_BACKGROUND,
      );
      await popup.close();
      await article.close();
    });
  },
  { colorScheme: 'dark' },
);
