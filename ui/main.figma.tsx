// Figma UI entry: messages wrapped in {pluginMessage}; the sandbox follows tasks; theme from Figma's <html> class.
import './styles.css';
import type { FetchLike } from '../core/api/http';
import { mountApp } from './mount';
import { watchFigmaTheme } from './state/theme';
import { createRemoteTaskService } from './tasks/remote';
import { createFigmaTransport } from './transport/figma';

const fetchLike: FetchLike = (url, init) => window.fetch(url, init);

watchFigmaTheme(document.documentElement);
mountApp({
  root: document.getElementById('app')!,
  transport: createFigmaTransport(window.parent, window),
  fetch: fetchLike,
  createTaskService: ({ transport, init }) => createRemoteTaskService(transport, init.pending),
});
