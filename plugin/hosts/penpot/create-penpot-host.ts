/**
 * The Host adapter over the `penpot` global. Penpot's sandbox fetch blanks
 * Authorization and cannot read bytes, so this host offers none: the task
 * runner runs in the UI and hands finished results to the sandbox.
 */
import { newChannelSecret } from '../../../core/protocol/channel-secret';
import type { ThemeName } from '../../../core/protocol/messages';
import { CHANNEL_PARAM, openEnvelope } from '../../../core/protocol/penpot-envelope';
import type { Host } from '../host';
import { documentDataAsync, setDocumentDataAsync } from './penpot-document-data';
import { fillShapeAsync, insertImageAsync, insertSvgAsync } from './penpot-insert';
import { boundsAsync, freeSpotAsync, revealAsync } from './penpot-area';
import { placeIconAsync, replaceIconAsync } from './penpot-icon';
import { findNodeAsync, focusAsync, selectionInfo, swatchesAsync } from './penpot-selection';
import { createSetContainerAsync } from './penpot-set-container';
import { penpotStorage } from './penpot-storage';
import { replaceNodeAsync } from './penpot-replace';

const PLUGIN_TITLE = 'Recraft Assets';

export function createPenpotHost(): Host {
  // Penpot hands every window message to onMessage: only envelopes carrying this start's secret are ours.
  const channel = newChannelSecret();
  return {
    name: 'penpot',
    storage: penpotStorage(),
    fetch: null,
    // Penpot's media upload takes WebP as well.
    imageMimes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
    // Resolved from the plugin's origin root, where dist/penpot/ is served. Penpot adds `theme=` itself
    // (the UI takes its theme from 'init' anyway); the secret reaches only the editor and our UI.
    showUi: ({ width, height }) =>
      penpot.ui.open(PLUGIN_TITLE, `/ui.html?${CHANNEL_PARAM}=${channel}`, { width, height }),
    // Bare: the UI accepts messages only from its parent, the editor's window, which is who posts these.
    postToUi: (message) => penpot.ui.sendMessage(message),
    // Only our UI's envelopes pass; anything else posted to the editor's window (forgeries included)
    // is dropped silently. The controller's guard then checks what passed.
    onUiMessage: (handler) =>
      penpot.ui.onMessage<unknown>((data) => {
        const message = openEnvelope(channel, data);
        if (message !== undefined) handler(message);
      }),
    resizeUi: (width, height) => penpot.ui.resize(width, height),
    insertSvgAsync,
    insertImageAsync,
    fillShapeAsync,
    focusAsync,
    revealAsync,
    freeSpotAsync,
    boundsAsync,
    createSetContainerAsync,
    placeIconAsync,
    replaceIconAsync,
    replaceNodeAsync,
    swatchesAsync,
    findNodeAsync,
    selectionAsync: async () => selectionInfo(),
    onSelectionChange: (handler) => void penpot.on('selectionchange', () => handler()),
    documentDataAsync,
    setDocumentDataAsync,
    // No relaunch buttons in Penpot: "Regenerate" comes from selection.generated in the UI.
    launchPrefillAsync: async () => undefined,
    theme: () => themeName(penpot.theme),
    onThemeChange: (handler) => void penpot.on('themechange', (theme) => handler(themeName(theme))),
    // Penpot has no toast API. Every outcome already reaches the UI as a message
    // ('inserted', 'insert-failed', 'error'), which shows it; a toast would repeat it.
    notify: () => undefined,
    setTimer: (fn, ms) => setTimeout(fn, ms),
  };
}

function themeName(theme: string): ThemeName {
  return theme === 'light' ? 'light' : 'dark';
}
