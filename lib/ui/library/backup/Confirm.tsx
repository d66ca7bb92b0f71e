/**
 * An inline confirmation for a destructive step: the question, the action, Cancel. Focus moves to
 * Cancel (the safe choice) so a keyboard user hears the question and must choose on purpose;
 * when it closes, either way, the focus goes back to what opened it (it would be lost with the
 * buttons it was on).
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { focusIsLost } from '@/lib/ui/rescue-focus';

interface ConfirmProps {
  id: string;
  question: string;
  action: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Confirm({ id, question, action, onConfirm, onCancel }: ConfirmProps) {
  const group = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    cancel.current?.focus();
    return () => {
      // Only where the focus is still ours: a reader who moved on is not pulled back.
      if (opener?.isConnected && (focusIsLost() || group.current?.contains(document.activeElement))) opener.focus();
    };
  }, []);
  return (
    <div class="backup-confirm" role="group" aria-labelledby={`${id}-question`} ref={group}>
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
