/**
 * One corpus passage: where it comes from (title, language, date and its precision), the text
 * with mentions (or search matches) emphasised, and the English translation beside it, labelled
 * as an editorial translation. Shared by the page's card and the popup.
 */
import { useState } from 'preact/hooks';
import type { PassageView, Range } from '@/lib/corpus/types';
import type { EntityId } from '@/lib/entities/types';
import { t } from '@/lib/i18n';
import { dateNote, formatDate, languageName } from '../format';
import { excerptSpan, shiftMarks } from '../excerpt';
import { slotOf } from '../palette';
import { CopyCitation } from './CopyCitation';
import { MarkedText, type Mark } from './MarkedText';

export interface PassageProps {
  passage: PassageView;
  /** Mentions of this entity are emphasised (the card's entity). */
  focus?: EntityId;
  /** Extra ranges to emphasise (search matches) in the text and in the translation. */
  matches?: { text: readonly Range[]; translation: readonly Range[] };
  nameOf: (entity: EntityId) => string;
  /** For result lists: an excerpt around what matched, the translation folded away. */
  compact?: boolean;
}

function marksFor(
  mentions: readonly { entity: EntityId; start: number; end: number }[],
  focus: EntityId | undefined,
  matches: readonly Range[] | undefined,
  nameOf: (entity: EntityId) => string,
): Mark[] {
  // Entity marks first: where a search match is the entity itself, it keeps the entity's colour.
  const marks: Mark[] = [];
  for (const m of mentions) {
    if (m.entity === focus) {
      marks.push({ start: m.start, end: m.end, className: `focus slot-${slotOf(m.entity)}`, title: nameOf(m.entity) });
    }
  }
  for (const r of matches ?? []) marks.push({ ...r, className: 'match' });
  return marks;
}

export function Passage({ passage, focus, matches, nameOf, compact = false }: PassageProps) {
  const [showTranslation, setShowTranslation] = useState(!compact);
  const [full, setFull] = useState(!compact);
  const doc = passage.document;
  const translation = passage.translation;
  const textMarks = marksFor(passage.mentions, focus, matches?.text, nameOf);
  const span = full ? { start: 0, end: passage.text.length } : excerptSpan(passage.text, passage.sentences, textMarks);
  const cut = span.start > 0 || span.end < passage.text.length;
  return (
    <article class="passage" lang={passage.language} data-document={doc.id} data-passage={passage.id}>
      <header class="source">
        <span class="title">
          {/* Corpus text: isolated, in its own direction, from the card's. */}
          <bdi lang={doc.title.language}>{doc.title.text}</bdi>
          {doc.title.editorial && <span class="badge" title={t('editorialTitleNote')}>{t('editorialTitle')}</span>}
          {doc.origin === 'user' && <span class="badge yours" title={t('docYoursNote')}>{t('docYours')}</span>}
        </span>
        <span class="meta">
          {languageName(passage.language)} · <span title={dateNote(doc.date)}>{formatDate(doc.date)}</span> ·{' '}
          {t('paragraphNumber', [String(passage.paragraph)])}
        </span>
      </header>
      <div class={showTranslation && translation ? 'texts two' : 'texts'}>
        <p class="original" dir="auto">
          {span.start > 0 && '… '}
          <MarkedText text={passage.text.slice(span.start, span.end)} marks={shiftMarks(textMarks, span)} />
          {span.end < passage.text.length && ' …'}
        </p>
        {translation && showTranslation && (
          <p class="translation" lang="en" dir="ltr">
            <span class="label">{t('translationLabel')}</span>{' '}
            <MarkedText text={translation.text} marks={marksFor(translation.mentions, focus, matches?.translation, nameOf)} />
          </p>
        )}
      </div>
      <footer class="actions">
        {cut && (
          <button type="button" onClick={() => setFull(true)}>
            {t('showFullPassage')}
          </button>
        )}
        {translation && (
          <button type="button" aria-pressed={showTranslation} onClick={() => setShowTranslation(!showTranslation)}>
            {showTranslation ? t('hideTranslation') : t('showTranslation')}
          </button>
        )}
        <CopyCitation passage={passage} />
      </footer>
    </article>
  );
}
