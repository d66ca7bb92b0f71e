/**
 * An inline confirmation for a destructive step: the question, the action, Cancel. Focus moves to
 * Cancel (the safe choice) so a keyboard user hears the question and must choose on purpose.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface ConfirmProps {
  id: string;
  question: string;
  action: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Confirm({ id, question, action, onConfirm, onCancel }: ConfirmProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="backup-confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`}>{question}</p>
      <div class="backup-actions">
        <button type="button" id={id} class="danger" onClick={onConfirm}>
          {action}
        </button>
        <button type="button" id={`${id}-cancel`} ref={cancel} onClick={onCancel}>
          {t('backupCancel')}
        </button>
      </div>
    </div>
  );
}
