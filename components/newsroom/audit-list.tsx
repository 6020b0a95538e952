import type { AuditEntry } from '@/lib/editors/accounts/desk-store';
import { formatDateTime } from '@/lib/format/dates';

/** Who did what at the desk, newest first. */
export function AuditList({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="mt-6 text-muted">Nothing recorded yet.</p>;
  return (
    <table className="mt-6 w-full text-left text-sm" data-testid="audit-log">
      <caption className="sr-only">Desk actions, newest first</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            When
          </th>
          <th scope="col" className="py-2 pr-4">
            Who
          </th>
          <th scope="col" className="py-2 pr-4">
            Did
          </th>
          <th scope="col" className="py-2">
            To
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, i) => (
          <tr key={i} className="border-b border-rule align-top">
            <td className="py-2 pr-4 whitespace-nowrap">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </td>
            <td className="py-2 pr-4">{entry.actorName}</td>
            <td className="py-2 pr-4">{entry.action}</td>
            <td className="py-2">{entry.target}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
