import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FetchLike } from '../core/api/http';
import type { HistoryEntry } from '../core/history/types';
import { modelById } from '../core/models/catalogue';
import { isFinishedPhase } from '../core/tasks/finished-phase';
import type { GenerationMeta, PluginMessageOf, RegenerateOffer } from '../core/protocol/messages';
import type { Settings } from '../core/settings';
import type { GenerationRequest } from '../core/tasks/types';
import { Advanced } from './components/advanced';
import { Banner } from './components/banner';
import { GenerationForm } from './components/generation-form';
import { IconSprite } from './components/icon';
import { PrimaryAction } from './components/primary-action';
import { submitShortcut } from './state/shortcut';
import { ResizeGrip } from './components/resize-grip';
import { SetAction } from './components/set-action';
import { SpendConfirm } from './components/spend-confirm';
import { StatusLine } from './components/status-line';
import { Views, type ViewName } from './components/views';
import { FOCUS, OPEN_MARK } from './focus-ids';
import { creditsOf, historyNotInActivity } from './state/activity';
import { generateLabel, totalCredits } from './state/cost';
import { batchOf } from './state/form';
import { canStop } from './state/task-text';
import { HistoryList } from './components/history-list';
import { KeyPanel } from './components/key-panel';
import { ModePanel, ModeSwitch } from './components/mode-switch';
import { Regenerate } from './components/regenerate';
import { SetForm } from './components/set-form';
import { SetProgress } from './components/set-progress';
import { TaskList } from './components/task-list';
import { useGenerate } from './hooks/use-generate';
import { useGenerateButton } from './hooks/use-generate-button';
import { useIconSet } from './hooks/use-icon-set';
import { useInvalidKeyWatch } from './hooks/use-invalid-key-watch';
import { useHistoryFiles } from './hooks/use-history-files';
import { useKeyActions } from './hooks/use-key-actions';
import { useNotices } from './hooks/use-notices';
import { usePluginState } from './hooks/use-plugin-state';
import { useSaveSettings } from './hooks/use-save-settings';
import { useSettingsSync } from './hooks/use-settings-sync';
import { useSavePalette } from './hooks/use-save-palette';
import { useTasks } from './hooks/use-tasks';
import { useBrandKit } from './hooks/use-brand-kit';
import { useTools } from './hooks/use-tools';
import { BrandKitPanel } from './components/brand-kit-panel';
import { BrandRefusal } from './components/brand-refusal';
import { HistoryToolsContext } from './components/history-tools';
import { SelectedRasterTools } from './components/raster-tools';
import { SentPrompt } from './components/sent-prompt';
import { brandSetSpec, sentPrompt, withoutControls } from './state/brand-request';
import { useTheme } from './hooks/use-theme';
import { newSetId } from './sets/set-id';
import { focusSoon, setIds } from './sets/focus';
import { setFormProblem, setSpecOf, spendNeedsConfirmation } from './state/set-form';
import { NO_KEY_PROBLEM, SENDING_PROBLEM } from './state/validation';
import type { TaskService } from './tasks/types';
import type { Transport } from './transport/types';

export interface AppProps {
  readonly transport: Transport;
  readonly service: TaskService;
  readonly init: PluginMessageOf<'init'>;
  readonly fetch: FetchLike;
  /** Read by the Penpot runner at each request, so a re-entered key is used at once. */
  readonly keyRef: { current: string | null };
  /** Read by the Penpot runner at each poll: the API base it polls is the one saved here. */
  readonly settingsRef: { current: Settings };
}

/** The composition root: state and handlers from hooks, one component per panel. */
export function App({ transport, service, init, fetch, keyRef, settingsRef }: AppProps) {
  const { app, dispatch, form, formDispatch, mode, setMode, setForm, setFormDispatch } = usePluginState(
    transport,
    init,
  );
  const tasks = useTasks(service);
  const key = useKeyActions(transport, service, dispatch, keyRef);
  const notices = useNotices(transport, dispatch);
  const handleDownload = useHistoryFiles(transport, dispatch);
  const placeholders = useMemo(
    () => ({ show: tasks.show, hide: tasks.hide, remember: notices.remember }),
    [tasks.show, tasks.hide, notices.remember],
  );
  // The document's brand kit: its panel, the forms' defaults, what it adds to a press of Generate.
  const brand = useBrandKit({
    transport,
    init,
    settings: app.settings,
    dispatch,
    form,
    formDispatch,
    setForm,
    setFormDispatch,
  });
  const generate = useGenerate(service, fetch, placeholders, key.handleKeyRefused, (error, input) =>
    brand.handleGenerateError(error, input.request, input.count),
  );
  const button = useGenerateButton(app, form, generate, brand.shape);
  const tools = useTools({
    fetch,
    service,
    apiKey: app.apiKey,
    getApiBase: () => settingsRef.current.apiBase,
    remember: notices.remember,
    onKeyRefused: key.handleKeyRefused,
  });
  const iconSet = useIconSet({
    transport,
    service,
    fetch,
    init,
    keyRef,
    getApiBase: () => settingsRef.current.apiBase,
    apiKey: app.apiKey,
    remember: notices.remember,
    onKeyRefused: key.handleKeyRefused,
    onControlsRefused: brand.handleSetControlsRefused,
    onError: (error) => dispatch({ type: 'message', message: { type: 'error', error } }),
  });
  const saveSettings = useSaveSettings(transport, dispatch);
  useSettingsSync(app.settings, { form, setForm }, saveSettings);
  useSavePalette(transport, form.paletteText, brand.kitPaletteText);
  useInvalidKeyWatch(tasks.list, key.handleKeyRefused);
  useTheme(app.theme);
  // Written once the render is committed, never during it. A task started right after Save key
  // needs no wait: handleSaveKey sets the key itself before anything can start.
  useLayoutEffect(() => {
    keyRef.current = app.apiKey;
  }, [keyRef, app.apiKey]);
  useLayoutEffect(() => {
    settingsRef.current = app.settings;
  }, [settingsRef, app.settings]);

  const send = transport.send.bind(transport);
  const swatches = init.swatches;
  const setProblem = setFormProblem(setForm, !!app.apiKey, swatches);
  const handleStartSet = async () => {
    if (setProblem) return undefined;
    // The frame/board selected now is where the set goes, as a single result's target is fixed at the press.
    const insideId = app.selection.canContain ? app.selection.nodeId : undefined;
    const formSpec = setSpecOf(setForm, { setId: newSetId(), swatches, insideId });
    // The kit's palette in words after the template (as its preview shows), and its colours if opted in.
    const spec = brandSetSpec(formSpec, brand.brand);
    return (await iconSet.startAsync(spec))?.spec.setId;
  };
  const regenerateReason = !app.apiKey ? NO_KEY_PROBLEM : generate.sending ? SENDING_PROBLEM : undefined;
  // A set's tasks are shown in its own list, not once more among the tasks. Newest first.
  const singleTasks = tasks.list.filter((view) => view.request.target.kind !== 'set').reverse();
  const setTasks = new Map(tasks.list.map((view) => [view.taskId, view]));
  const handlePrefill = (meta: GenerationMeta | HistoryEntry) =>
    formDispatch({ type: 'prefill', prefill: { prompt: meta.prompt, model: meta.model, size: meta.size } });

  // Each result listed once: while Activity shows it done, History does not.
  const history = historyNotInActivity(app.history, singleTasks);
  const [view, setView] = useState<ViewName>('activity');
  const openedAt = useRef(Date.now());
  const counted = useRef(new Map<string, number>());
  const spent = creditsOf(tasks.list, openedAt.current, counted.current);

  // One generation of the selected layer's own settings, replacing it in place.
  const regenerate = (offer: RegenerateOffer) => {
    if (!app.apiKey) return;
    void generate.handleGenerateAsync({
      apiBase: app.settings.apiBase,
      apiKey: app.apiKey,
      request: offer.request,
      count: 1,
    });
  };
  // The gateway refused the brand colours: the same press again without them (the option is off already).
  const retryWithoutControls = ({ request, count }: { request: GenerationRequest; count: number }) => {
    if (!app.apiKey) return;
    focusSoon(FOCUS.generate);
    brand.clearRefusal();
    const input = {
      apiBase: app.settings.apiBase,
      apiKey: app.apiKey,
      request: withoutControls(request),
      count,
    };
    void generate.handleGenerateAsync(input);
  };
  const count = batchOf(form) ?? 1;
  const credits = totalCredits(form.model, count);
  const [confirming, setConfirming] = useState(false);
  const pressGenerate = () => {
    if (button.problem) return;
    if (spendNeedsConfirmation(credits, setForm)) setConfirming(true);
    else button.handleGenerate();
  };
  // Focus where the work starts: the prompt, or the key field while there is no key.
  // The mark is what bench/open.ts measures: the window's first focusable field, from its creation.
  useLayoutEffect(() => {
    document.getElementById(app.apiKey ? FOCUS.prompt : FOCUS.key)?.focus();
    performance.mark(OPEN_MARK);
  }, []);
  // Activity, History and Advanced come one frame after the form: the prompt is usable sooner.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setRest(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <div class="app">
      <IconSprite />
      <div class="scroll">
        <header class="top">
          <h1>Recraft</h1>
          <ModeSwitch mode={mode} onMode={setMode} />
        </header>
        {app.banner && <Banner message={app.banner} onClose={() => dispatch({ type: 'banner-closed' })} />}
        <KeyPanel
          hasKey={!!app.apiKey}
          editing={app.keyEditing}
          error={app.keyError}
          onSave={key.handleSaveKey}
          onForget={key.handleForgetKey}
          onEdit={key.handleEditKey}
        />
        {/* A set's icon: Regenerate this icon (with the set's look); any other generated layer: Regenerate. */}
        {app.selection.regenerate && (
          <Regenerate offer={app.selection.regenerate} reason={regenerateReason} onRegenerate={regenerate} />
        )}
        {app.selection.raster && (
          <SelectedRasterTools
            source={app.selection.raster}
            tools={tools}
            reason={regenerateReason}
            now={Date.now()}
          />
        )}
        <ModePanel mode={mode}>
          {mode === 'set' ? (
            <>
              <SetForm form={setForm} dispatch={setFormDispatch} swatches={swatches} />
              <SentPrompt
                prompt={setForm.template}
                sent={sentPrompt(setForm.template, brand.brand)}
                what="Template sent as"
              />
            </>
          ) : (
            <GenerationForm
              form={form}
              dispatch={formDispatch}
              selection={app.selection}
              swatches={swatches}
              output={modelById(form.model).output}
              onGenerate={pressGenerate}
              promptNote={<SentPrompt prompt={form.prompt} sent={sentPrompt(form.prompt, brand.brand)} />}
            />
          )}
        </ModePanel>
        {rest && (
          <>
            <Views
              view={view}
              onView={setView}
              counts={{
                activity: singleTasks.length + app.notices.length + iconSet.sets.length,
                history: history.length,
              }}
              activity={
                <>
                  {iconSet.sets.map((record) => (
                    <SetProgress
                      key={record.spec.setId}
                      record={record}
                      views={setTasks}
                      onKeepWaiting={(id) => service.keepWaiting(id)}
                      onStopTask={(id) => service.cancel(id)}
                      onStop={iconSet.stop}
                      onRetry={iconSet.retry}
                      onDismiss={iconSet.dismiss}
                    />
                  ))}
                  <TaskList
                    views={singleTasks}
                    notices={app.notices}
                    fallbackFocus={FOCUS.activityTab}
                    onDismissNotice={notices.dismiss}
                    onStop={(id) => service.cancel(id)}
                    onKeepWaiting={(id) => service.keepWaiting(id)}
                    onDismiss={tasks.handleDismiss}
                    onSelect={(nodeId) => send({ type: 'select-node', nodeId })}
                  />
                </>
              }
              history={
                <HistoryToolsContext.Provider value={{ tools, reason: regenerateReason, now: Date.now() }}>
                  <HistoryList
                    history={history}
                    thumbnails={app.thumbnails}
                    fallbackFocus={FOCUS.historyTab}
                    onRequestThumbnails={(entryIds) => send({ type: 'request-thumbnails', entryIds })}
                    onInsert={(entry) => send({ type: 'insert-history', entryId: entry.id })}
                    onUsePrompt={(entry) => {
                      setMode('single');
                      handlePrefill(entry);
                      focusSoon(FOCUS.prompt);
                    }}
                    onDelete={(entry) => send({ type: 'delete-history', entryId: entry.id })}
                    onUndoDelete={(entry) => send({ type: 'undo-delete-history', entryId: entry.id })}
                    onDownload={handleDownload}
                  />
                </HistoryToolsContext.Provider>
              }
            />
            <Advanced
              apiBase={app.settings.apiBase}
              onSave={(apiBase) => saveSettings({ ...app.settings, apiBase })}
              confirmText={setForm.confirmText}
              onConfirmText={(text) => setFormDispatch({ type: 'confirm', text })}
            />
            <BrandKitPanel brand={brand} />
          </>
        )}
      </div>
      <footer class="foot">
        {mode === 'set' ? (
          <SetAction
            form={setForm}
            problem={setProblem}
            starting={iconSet.starting}
            startError={iconSet.startError}
            onStart={handleStartSet}
          />
        ) : (
          <PrimaryAction
            id={FOCUS.generate}
            label={generateLabel(form.model, count)}
            reason={button.problem}
            note={
              <>
                {generate.note && (
                  <p role="alert" class="error">
                    {generate.note}
                  </p>
                )}
                {brand.refusal && <BrandRefusal refusal={brand.refusal} onRetry={retryWithoutControls} />}
              </>
            }
            shortcut={submitShortcut(navigator.platform)}
            onPress={pressGenerate}
          />
        )}
        <div class="row">
          <div class="grow">
            <StatusLine
              views={singleTasks}
              sets={iconSet.sets}
              spent={spent}
              onStopAll={() => {
                focusSoon(FOCUS.generate, setIds.button);
                for (const v of singleTasks)
                  if (canStop(v.phase) && !isFinishedPhase(v.phase)) service.cancel(v.taskId);
              }}
            />
          </div>
          <ResizeGrip onResize={(width, height) => send({ type: 'resize', width, height })} />
        </div>
        <SpendConfirm
          open={confirming}
          what={`${count} ${count === 1 ? 'image' : 'images'}`}
          credits={credits}
          threshold={setForm.confirmText}
          confirmLabel="Spend"
          onCancel={() => {
            setConfirming(false);
            focusSoon(FOCUS.generate);
          }}
          onConfirm={() => {
            setConfirming(false);
            focusSoon(FOCUS.generate);
            button.handleGenerate();
          }}
        />
      </footer>
    </div>
  );
}
