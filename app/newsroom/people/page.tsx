import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { CreateAccountForm } from '@/components/newsroom/create-account-form';
import { DeskHeader } from '@/components/newsroom/desk-header';
import { DeskMessage } from '@/components/newsroom/desk-message';
import { PeopleTable } from '@/components/newsroom/people-table';
import { accountMessage } from '@/lib/editors/accounts/account-messages';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { getDeskStore } from '@/lib/editors/accounts/desk-store';
import { can } from '@/lib/editors/accounts/permissions';

export const instant = false;

export const metadata: Metadata = { title: 'People', robots: { index: false, follow: false } };

/** Admins manage the desk's accounts here; anyone else gets 403. */
export default async function PeoplePage({ searchParams }: PageProps<'/newsroom/people'>) {
  const editor = await currentEditor();
  if (!editor) redirect('/newsroom');
  if (!can(editor.role, 'manage-accounts')) forbidden();
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <DeskHeader title="People" editor={editor} current="people" />
      <DeskMessage message={accountMessage(await searchParams)} />
      <PeopleTable accounts={getDeskStore().listAccounts()} />
      <CreateAccountForm />
    </div>
  );
}
