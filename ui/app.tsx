import { useCallback, useMemo } from 'preact/hooks';
import type { UserError } from '../core/api/errors';
import type { FetchLike } from '../core/api/http';
import type { HistoryEntry } from '../core/history/types';
import { modelById } from '../core/models/catalogue';
import type { GenerationMeta, PluginMessageOf } from '../core/protocol/messages';
import type { Settings } from '../core/settings';
import { Advanced } from './components/advanced';
import { Banner } from './components/banner';
import { GenerationForm } from './components/generation-form';
import { HistoryList } from './components/history-list';
import { KeyPanel } from './components/key-panel';
import { TaskList } from './components/task-list';
import { useGenerate } from './hooks/use-generate';
import { useInvalidKeyWatch } from './hooks/use-invalid-key-watch';
import { usePluginState } from './hooks/use-plugin-state';
import { useSettingsSync } from './hooks/use-settings-sync';
import { useTasks } from './hooks/use-tasks';
import { useTheme } from './hooks/use-theme';
import { batchOf } from './state/form';
import { formProblem, requestFromForm } from './state/form-check';
import type { TaskService } from './tasks/types';
import type { Transport } from './transport/types';

export interface AppProps {
  readonly transport: Transport;
  readonly service: TaskService;
  readonly init: PluginMessageOf<'init'>;
  readonly fetch: FetchLike;
  /** Read by the Penpot runner at each request, so a re-entered key is used at once. */
  readonly keyRef: { current: string | null };
}

export function App({ transport, service, init, fetch, keyRef }: AppProps) {
  const { app, dispatch, form, formDispatch } = usePluginState(transport, init);
  const tasks = useTasks(service);
  const placeholders = useMemo(() => ({ show: tasks.show, hide: tasks.hide }), [tasks.show, tasks.hide]);
  const handleKeyRefused = useCallback(
    (error: UserError) => dispatch({ type: 'key-refused', error }),
    [dispatch],
  );
  const generate = useGenerate(service, fetch, placeholders, handleKeyRefused);
  useInvalidKeyWatch(tasks.list, handleKeyRefused);
  keyRef.current = app.apiKey;
  useTheme(app.theme);

  const saveSettings = useCallback(
    (settings: Settings) => {
      dispatch({ type: 'settings', settings });
      transport.send({ type: 'save-settings', settings });
    },
    [dispatch, transport],
  );
  useSettingsSync(app.settings, form, saveSettings);

  const problem = generate.sending ? 'Wait until the requests are sent' : formProblem(form, !!app.apiKey);
  const handleGenerate = () => {
    const count = batchOf(form);
    if (problem || !app.apiKey || count === undefined) return;
    const request = requestFromForm(form, app.selection);
    void generate.handleGenerateAsync({ apiBase: app.settings.apiBase, apiKey: app.apiKey, request, count });
  };

  const handleSaveKey = (apiKey: string) => {
    transport.send({ type: 'save-key', apiKey });
    dispatch({ type: 'key-saved', apiKey });
    keyRef.current = apiKey;
    service.resume();
  };
  const handleForgetKey = () => {
    transport.send({ type: 'forget-key' });
    dispatch({ type: 'key-forgotten' });
  };
  const handlePrefill = (meta: GenerationMeta | HistoryEntry) =>
    formDispatch({ type: 'prefill', prefill: { prompt: meta.prompt, model: meta.model, shape: meta.shape } });

  return (
    <main class="app">
      {app.banner && <Banner message={app.banner} onClose={() => dispatch({ type: 'banner-closed' })} />}
      <KeyPanel
        hasKey={!!app.apiKey}
        editing={app.keyEditing}
        error={app.keyError}
        onSave={handleSaveKey}
        onForget={handleForgetKey}
        onEdit={(editing) => dispatch({ type: 'key-editing', editing })}
      />
      <GenerationForm
        form={form}
        dispatch={formDispatch}
        selection={app.selection}
        output={modelById(form.model).output}
        problem={problem}
        note={generate.note}
        onGenerate={handleGenerate}
        onRegenerate={handlePrefill}
      />
      <TaskList
        views={tasks.list}
        onStop={(id) => service.cancel(id)}
        onKeepWaiting={(id) => service.keepWaiting(id)}
        onDismiss={tasks.handleDismiss}
        onSelect={(nodeId) => transport.send({ type: 'select-node', nodeId })}
      />
      <HistoryList
        history={app.history}
        thumbnails={app.thumbnails}
        onRequestThumbnails={(entryIds) => transport.send({ type: 'request-thumbnails', entryIds })}
        onInsert={(entry) => transport.send({ type: 'insert-history', entryId: entry.id })}
        onUsePrompt={handlePrefill}
        onDelete={(entry) => transport.send({ type: 'delete-history', entryId: entry.id })}
      />
      <Advanced
        apiBase={app.settings.apiBase}
        onSave={(apiBase) => saveSettings({ ...app.settings, apiBase })}
      />
    </main>
  );
}
