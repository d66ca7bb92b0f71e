/** The Backup tab's live region: results are announced politely, errors assertively. */
import type { Status } from './status';

export function StatusRegion({ status }: { status: Status | null }) {
  return (
    <div id="backup-status" class={status?.error ? 'backup-status error' : 'backup-status'} role={status?.error ? 'alert' : 'status'}>
      {status && <p>{status.text}</p>}
      {status?.detail && <p>{status.detail}</p>}
    </div>
  );
}
