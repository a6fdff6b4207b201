/**
 * The demo key (the mock gateway accepts it) with a copy button, and the
 * mock's credit balance for it, read from /__admin/state while the page is
 * visible.
 */
import { DEMO_KEY } from '../../mock/types';

export function mountDemoBox(box: HTMLElement, mockOrigin: string): void {
  box.querySelector('.demo-key')!.textContent = DEMO_KEY;
  const copy = box.querySelector<HTMLButtonElement>('.demo-copy')!;
  const balance = box.querySelector<HTMLElement>('.demo-balance')!;
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(DEMO_KEY).then(
      () => flash(copy, 'Copied'),
      () => flash(copy, 'Select and copy'),
    );
  });

  const refreshAsync = async () => {
    if (document.hidden) return;
    try {
      const response = await fetch(`${mockOrigin}/__admin/state`, { cache: 'no-store' });
      const state = (await response.json()) as { balances?: Record<string, number> };
      const credits = state.balances?.[DEMO_KEY];
      balance.textContent = credits === undefined ? 'unknown' : `${credits.toLocaleString('en')} credits`;
      balance.classList.remove('muted');
    } catch {
      balance.textContent = `mock not reachable at ${mockOrigin}`;
      balance.classList.add('muted');
    }
  };
  void refreshAsync();
  setInterval(() => void refreshAsync(), 3000);
}

function flash(button: HTMLButtonElement, text: string): void {
  const label = button.textContent;
  button.textContent = text;
  setTimeout(() => (button.textContent = label), 1200);
}
