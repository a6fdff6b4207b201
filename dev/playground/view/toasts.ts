/**
 * The editor's notification toasts (figma.notify): one line at the bottom of
 * the canvas, errors in red. Figma shows at most 100 characters; longer
 * messages are cut visibly, so a too-long message is seen in the playground.
 */
import type { Notification } from '../api-types';

const NOTIFY_LIMIT = 100;
const shownLog: Notification[] = [];
let host: HTMLElement | null = null;

export function mountToasts(element: HTMLElement): void {
  host = element;
}

export function notifications(): Notification[] {
  return [...shownLog];
}

export function showToast(message: string, options: { error?: boolean; timeout?: number } = {}): () => void {
  const text = String(message);
  const shown = text.length > NOTIFY_LIMIT ? `${text.slice(0, NOTIFY_LIMIT - 1)}…` : text;
  shownLog.push({ message: text, shown, error: options.error === true });
  const toast = document.createElement('div');
  toast.className = options.error ? 'toast toast-error' : 'toast';
  toast.setAttribute('role', options.error ? 'alert' : 'status');
  toast.textContent = shown;
  if (shown !== text) toast.title = `Cut at ${NOTIFY_LIMIT} characters: ${text}`;
  host?.appendChild(toast);
  const remove = () => toast.remove();
  const timeout = options.timeout ?? 4000;
  if (Number.isFinite(timeout)) setTimeout(remove, Math.max(0, timeout));
  return remove;
}
