// One entry's page: its form, saving (drafts, or pending edits of a published entry), publishing now
// or later, unpublishing, the trash, its history, and what to do when someone else saved first.
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useSession } from '../auth/useSession';
import type { ContentEntryFieldsFragment } from '../gql/graphql';
import { type ApiProblem, problemOf, problemOfChecks } from '../graphql/problems';
import { notify } from '../layout/notify';
import { ChangesTable } from './ChangesTable';
import { ContentFields } from './ContentFields';
import { changes } from './diff';
import {
  CancelScheduleMutation,
  ContentEntryQuery,
  ContentScheduledQuery,
  PublishEntryMutation,
  RestoreEntryMutation,
  saveDocument,
  TrashEntryMutation,
  UnpublishEntryMutation,
  ValidateRuleQuery,
} from './documents';
import { HistoryPanel } from './HistoryPanel';
import { type ContentView, entryName, viewOfPath } from './model';
import { EntryStatus } from './status';

type Values = Record<string, unknown>;
type Entry = ContentEntryFieldsFragment;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function ContentEditPage() {
  const { kind, id } = useParams();
  const state: unknown = useLocation().state;
  const view = viewOfPath(kind);
  if (!view) return <Alert color="red">There is no such content type.</Alert>;
  // A new key for each entry: its form starts from that entry's content. An entry just created
  // here keeps the form it was created in (its address changed from /new to its id).
  const justCreated = (state as { created?: boolean } | null)?.created === true;
  return <EntryEditor key={`${view.type}/${justCreated ? 'new' : id}`} view={view} id={id === 'new' ? null : (id ?? null)} />;
}

function EntryEditor({ view, id }: { view: ContentView; id: string | null }) {
  const client = useClient();
  const navigate = useNavigate();
  const session = useSession();
  const [{ data, fetching, error: loadError }] = useQuery({
    query: ContentEntryQuery,
    variables: { type: view.type, id: id ?? '' },
    pause: id === null,
    requestPolicy: 'network-only',
  });
  const [entry, setEntry] = useState<Entry | null>(null);
  const [values, setValues] = useState<Values>(() => view.empty());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [theirs, setTheirs] = useState<Entry | null>(null);
  const [comparing, setComparing] = useState(false);
  const [publishAt, setPublishAt] = useState('');
  const [{ data: scheduledData }, refetchScheduled] = useQuery({ query: ContentScheduledQuery, pause: id === null, requestPolicy: 'network-only' });

  useEffect(() => {
    if (data?.editorialEntry && !entry) {
      setEntry(data.editorialEntry);
      setValues(data.editorialEntry.draft);
    }
  }, [data, entry]);

  if (id !== null && !entry) {
    if (loadError) return <Alert color="red">{problemOf(loadError)?.message}</Alert>;
    return fetching ? <Loader aria-label="Loading" /> : null;
  }

  const dirty = entry ? !same(values, entry.draft) : true;
  const schedules = (scheduledData?.scheduledPublications ?? []).filter((schedule) => schedule.entryId === entry?.id);
  const title = entry ? entryName(view, values, entry.key) : `New ${view.singular}`;

  function accept(next: Entry, message: string) {
    setEntry(next);
    setValues(next.draft);
    setProblem(null);
    setTheirs(null);
    setComparing(false);
    notify(message);
  }

  /** Runs one change; a refusal is shown (CONFLICT with the choice to reload or compare). */
  async function run<T>(change: () => Promise<{ data?: T; error?: Parameters<typeof problemOf>[0] }>): Promise<T | null> {
    setBusy(true);
    try {
      const result = await change();
      const refused = problemOf(result.error);
      setProblem(refused);
      if (refused?.code === 'CONFLICT' && entry) {
        const current = await client.query(ContentEntryQuery, { type: view.type, id: entry.id }, { requestPolicy: 'network-only' }).toPromise();
        setTheirs(current.data?.editorialEntry ?? null);
      }
      return result.data ?? null;
    } finally {
      setBusy(false);
    }
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    const document = saveDocument(view.type, entry === null);
    const variables = entry ? { id: entry.id, expectedVersion: entry.version, input: values } : { input: values };
    const saved = await run(() => client.mutation(document, variables).toPromise());
    const next = saved && Object.values(saved)[0];
    if (!next) return;
    accept(next, entry ? 'Saved' : `Created the ${view.singular} as a draft`);
    if (!entry) await navigate(`/content/${view.path}/${next.id}`, { replace: true, state: { created: true } });
  }

  /** Asks the server what saving the rule would refuse (the engine's checks), without saving it. */
  async function checkRule() {
    setBusy(true);
    try {
      const result = await client
        .query(ValidateRuleQuery, { input: values as never, id: entry?.id ?? null }, { requestPolicy: 'network-only' })
        .toPromise();
      const found = result.error ? problemOf(result.error) : problemOfChecks(result.data?.validateCompatibilityRule ?? []);
      setProblem(found);
      if (!found) notify('The rule passes every check: save it when ready.');
    } finally {
      setBusy(false);
    }
  }

  async function publish(at: string | null) {
    if (!entry) return;
    const outcome = await run(() =>
      client.mutation(PublishEntryMutation, { type: view.type, id: entry.id, expectedVersion: entry.version, at }).toPromise(),
    );
    if (outcome?.publishEntry.entry) accept(outcome.publishEntry.entry, 'Published');
    if (outcome?.publishEntry.scheduled) {
      notify(`Publication scheduled for ${new Date(outcome.publishEntry.scheduled.runAt).toLocaleString()}`);
      setPublishAt('');
      refetchScheduled({ requestPolicy: 'network-only' });
    }
  }

  async function unpublish() {
    if (!entry) return;
    const outcome = await run(() =>
      client.mutation(UnpublishEntryMutation, { type: view.type, id: entry.id, expectedVersion: entry.version, at: null }).toPromise(),
    );
    if (outcome?.unpublishEntry.entry) accept(outcome.unpublishEntry.entry, 'Unpublished: back to draft');
  }

  async function trash() {
    if (!entry) return;
    const trashed = await run(() => client.mutation(TrashEntryMutation, { type: view.type, id: entry.id }).toPromise());
    if (trashed) accept(trashed.deleteEntry, 'Moved to the trash');
  }

  async function restore() {
    if (!entry) return;
    const restored = await run(() => client.mutation(RestoreEntryMutation, { type: view.type, id: entry.id }).toPromise());
    if (restored) accept(restored.restoreEntry, 'Restored from the trash');
  }

  async function cancelSchedule(scheduleId: string) {
    const cancelled = await run(() => client.mutation(CancelScheduleMutation, { id: scheduleId }).toPromise());
    if (cancelled) refetchScheduled({ requestPolicy: 'network-only' });
  }

  const conflict = problem?.code === 'CONFLICT';
  const generalProblem = problem && !conflict && Object.keys(problem.fields).length === 0 ? problem : null;

  return (
    <Stack maw={960}>
      <Anchor component={Link} to={`/content/${view.path}`} size="sm">
        ← {view.label}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{title}</Title>
          {entry && (
            <Group gap="xs">
              <EntryStatus status={entry.status} hasPendingDraft={entry.hasPendingDraft} deletedAt={entry.deletedAt} />
              <Text size="sm">version {entry.version}</Text>
            </Group>
          )}
        </Stack>
      </Group>

      {conflict && (
        <Alert color="orange" title="Someone else saved this entry first" role="alert">
          <Stack gap="xs">
            <Text size="sm">
              {problem.message}. Nothing of yours was saved. Reload their version (your changes here are dropped), or compare the two and save yours
              over theirs.
            </Text>
            <Group>
              <Button variant="default" onClick={() => theirs && accept(theirs, 'Reloaded the saved version')} disabled={!theirs}>
                Reload their version
              </Button>
              <Button variant="default" onClick={() => setComparing((open) => !open)} disabled={!theirs}>
                {comparing ? 'Hide comparison' : 'Compare'}
              </Button>
              <Button
                color="red"
                disabled={!theirs}
                onClick={() => {
                  if (!theirs) return;
                  // Yours, based on their version now: saving replaces theirs.
                  setEntry(theirs);
                  setProblem(null);
                  setComparing(false);
                }}
              >
                Keep mine, then save again
              </Button>
            </Group>
            {comparing && theirs && (
              <ChangesTable
                caption="Their version compared with yours"
                changes={changes(theirs.draft, values)}
                beforeLabel={`Saved (version ${theirs.version})`}
                afterLabel="Yours (not saved)"
              />
            )}
          </Stack>
        </Alert>
      )}
      {generalProblem && (
        <Alert color="red" title="Not done" role="alert">
          {generalProblem.message}
        </Alert>
      )}
      {problem && Object.keys(problem.fields).length > 0 && (
        <Alert color="red" title="Please correct the marked fields" role="alert">
          {problem.message}
        </Alert>
      )}

      <Tabs defaultValue="content">
        <Tabs.List>
          <Tabs.Tab value="content">Content</Tabs.Tab>
          <Tabs.Tab value="history" disabled={!entry}>
            History
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="content" pt="md">
          <form onSubmit={(event) => void save(event)}>
            <Stack>
              <ContentFields fields={view.fields} values={values} onChange={setValues} problem={problem} />
              <Group>
                <Button type="submit" loading={busy} disabled={Boolean(entry?.deletedAt) || (entry !== null && !dirty)}>
                  {entry === null ? 'Create draft' : entry.status === 'PUBLISHED' ? 'Save as pending edits' : 'Save draft'}
                </Button>
                {view.type === 'COMPATIBILITY_RULE' && (
                  <Button variant="default" onClick={() => void checkRule()} loading={busy}>
                    Check rule
                  </Button>
                )}
                {dirty && entry && <Text size="sm">Unsaved changes</Text>}
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {entry && <HistoryPanel entry={entry} onRestored={(restored) => accept(restored, 'Restored the earlier version')} />}
        </Tabs.Panel>
      </Tabs>

      {entry && (
        <Paper withBorder p="md">
          <Stack>
            <Title order={2} size="h4">
              Publishing
            </Title>
            {view.signOff && (
              <Text size="sm">
                {view.label} are clinical knowledge: publishing, unpublishing and trashing a published one need a reviewer who is not its last editor
                {session?.user.role === 'EDITOR' ? '. A reviewer signs it off from the review queue.' : '.'}
              </Text>
            )}
            {dirty && <Text size="sm">Save your changes before publishing them.</Text>}
            {entry.deletedAt ? (
              <Group>
                <Button onClick={() => void restore()} loading={busy}>
                  Restore from the trash
                </Button>
              </Group>
            ) : (
              <>
                <Group align="flex-end">
                  <Button
                    onClick={() => void publish(null)}
                    loading={busy}
                    disabled={dirty || (entry.status === 'PUBLISHED' && !entry.hasPendingDraft)}
                  >
                    {entry.hasPendingDraft ? 'Publish pending edits now' : 'Publish now'}
                  </Button>
                  <TextInput
                    type="datetime-local"
                    label="Publish at"
                    value={publishAt}
                    onChange={(event) => setPublishAt(event.currentTarget.value)}
                  />
                  <Button
                    variant="default"
                    disabled={!publishAt || dirty}
                    loading={busy}
                    onClick={() => void publish(new Date(publishAt).toISOString())}
                  >
                    Schedule publication
                  </Button>
                </Group>
                <Group>
                  {entry.status === 'PUBLISHED' && (
                    <Button variant="default" onClick={() => void unpublish()} loading={busy}>
                      Unpublish
                    </Button>
                  )}
                  <Button variant="outline" color="red" onClick={() => void trash()} loading={busy}>
                    Move to the trash
                  </Button>
                </Group>
              </>
            )}
            {schedules.map((schedule) => (
              <Group key={schedule.id}>
                <Text size="sm">
                  {schedule.action === 'PUBLISH' ? 'Publication' : 'Unpublication'} scheduled for {new Date(schedule.runAt).toLocaleString()}
                </Text>
                <Button size="xs" variant="default" onClick={() => void cancelSchedule(schedule.id)}>
                  Cancel it
                </Button>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
