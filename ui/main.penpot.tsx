// Penpot UI entry: messages to the sandbox in the envelope carrying the channel secret from our URL;
// the task runner runs here, since Penpot's sandbox fetch cannot authenticate.
import './styles.css';
import type { FetchLike } from '../core/api/http';
import { realClock } from '../core/api/http';
import { mountApp } from './mount';
import { createLocalTaskService } from './tasks/local';
import { channelFromSearch, createPenpotTransport } from './transport/penpot';

// Penpot's own look (styles.css [data-host='penpot']), never Figma's blue.
document.documentElement.dataset['host'] = 'penpot';

const fetchLike: FetchLike = (url, init) => window.fetch(url, init);

mountApp({
  root: document.getElementById('app')!,
  transport: createPenpotTransport(window.parent, window, channelFromSearch(location.search)),
  fetch: fetchLike,
  createTaskService: ({ transport, init, fetch, getApiKey, getApiBase }) =>
    createLocalTaskService(transport, {
      fetch,
      clock: realClock((fn, ms) => window.setTimeout(fn, ms)),
      getApiKey,
      getApiBase,
      pending: init.pending,
      onError: (error) => console.error('Resuming tasks failed', error),
    }),
});
