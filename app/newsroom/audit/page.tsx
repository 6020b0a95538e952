import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { AuditList } from '@/components/newsroom/audit-list';
import { DeskHeader } from '@/components/newsroom/desk-header';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { getDeskStore } from '@/lib/editors/accounts/desk-store';
import { can } from '@/lib/editors/accounts/permissions';

export const instant = false;

export const metadata: Metadata = { title: 'Audit log', robots: { index: false, follow: false } };

/** Who did what at the desk, newest first (admins only). */
export default async function AuditPage() {
  const editor = await currentEditor();
  if (!editor) redirect('/newsroom');
  if (!can(editor.role, 'manage-accounts')) forbidden();
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <DeskHeader title="Audit log" editor={editor} current="audit" />
      <AuditList entries={getDeskStore().listAudit()} />
    </div>
  );
}
