/** The toolbar: host and theme switches, plugin open/close/relaunch, stray messages, storage reset. */
import type { PlaygroundApi } from '../api-types';
import { urlWith } from '../params';
import type { Scene } from '../scene/scene';

const STRAYS: unknown[] = [
  'hello from another extension',
  { source: 'react-devtools-content-script', payload: { event: 'ping' } },
  { type: 'init' },
  { type: 'track-task', task: 42 },
  null,
  [1, 2, 3],
];

export function mountControls(bar: HTMLElement, api: PlaygroundApi, scene: Scene): () => void {
  const button = (name: string) => bar.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
  const hostRadios = bar.querySelectorAll<HTMLInputElement>('input[name="host"]');
  hostRadios.forEach((radio) => {
    radio.checked = radio.value === api.host;
    radio.addEventListener('change', () => location.assign(urlWith('host', radio.value)));
  });
  const themeSwitch = bar.querySelector<HTMLInputElement>('input[name="dark"]')!;
  themeSwitch.checked = api.theme() === 'dark';
  themeSwitch.addEventListener('change', () => api.theme(themeSwitch.checked ? 'dark' : 'light'));

  let stray = 0;
  const report = (promise: Promise<unknown>) => void promise.catch((error: unknown) => console.error(error));
  button('open').addEventListener('click', () => report(api.isOpen() ? api.reopen() : api.open()));
  button('close').addEventListener('click', () => api.close());
  button('relaunch').addEventListener('click', () => report(api.relaunch()));
  button('stray').addEventListener('click', () => report(api.stray(STRAYS[stray++ % STRAYS.length])));
  button('reset').addEventListener('click', () => {
    if (confirm('Clear the plugin’s stored key, settings, pending tasks and history?')) api.resetStorage();
  });
  button('relaunch').hidden = api.host !== 'figma';
  button('stray').hidden = api.host !== 'penpot';

  const update = () => {
    const open = api.isOpen();
    themeSwitch.checked = api.theme() === 'dark';
    button('open').textContent = open ? 'Reopen plugin' : 'Open plugin';
    button('close').disabled = !open;
    const [only, ...rest] = scene.selection();
    button('relaunch').disabled = !only || rest.length > 0 || Object.keys(only.relaunchData).length === 0;
  };
  scene.onChange(update);
  update();
  return update;
}
