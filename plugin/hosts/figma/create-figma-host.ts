/** The Host adapter over the `figma` global. */
import type { FetchLike } from '../../../core/api/http';
import { MAX_PLACED_SIDE } from '../../../core/images/placed-size';
import type { Host } from '../host';
import { documentDataAsync, setDocumentDataAsync } from './figma-document-data';
import { boundsAsync, freeSpotAsync, revealAsync } from './figma-area';
import { swatchesAsync } from './figma-colors';
import { placeIconAsync, replaceIconAsync } from './figma-icon';
import { fillShapeAsync, insertImageAsync, insertSvgAsync, FIGMA_IMAGE_MIMES } from './figma-insert';
import { findNodeAsync, focusAsync, launchPrefill, selectionInfo } from './figma-selection';
import { createSetContainerAsync } from './figma-set-container';
import { figmaStorage } from './figma-storage';
import { replaceNodeAsync } from './figma-replace';

/** Figma's sandbox fetch sends any header and reads bytes (headersObject, arrayBuffer). */
const sandboxFetch: FetchLike = (url, init) => fetch(url, init);

export function createFigmaHost(): Host {
  return {
    name: 'figma',
    storage: figmaStorage(),
    fetch: sandboxFetch,
    imageMimes: FIGMA_IMAGE_MIMES,
    maxImageSide: MAX_PLACED_SIDE,
    // themeColors: Figma keeps the UI's CSS variables and theme class in step with the editor.
    showUi: ({ width, height }) => figma.showUI(__html__, { width, height, themeColors: true }),
    postToUi: (message) => figma.ui.postMessage(message),
    onUiMessage: (handler) => {
      figma.ui.onmessage = (message: unknown) => handler(message);
    },
    resizeUi: (width, height) => figma.ui.resize(width, height),
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
    onSelectionChange: (handler) => {
      figma.on('selectionchange', handler);
      figma.on('currentpagechange', handler);
    },
    documentDataAsync,
    setDocumentDataAsync,
    launchPrefillAsync: async () => launchPrefill(),
    // The theme reaches the UI through themeColors, not through messages.
    theme: () => undefined,
    onThemeChange: () => undefined,
    // Cut to fit by the sandbox (core/toast-text.ts) before it gets here.
    notify: (message, options) => void figma.notify(message, { error: options?.error === true }),
    setTimer: (fn, ms) => setTimeout(fn, ms),
  };
}
