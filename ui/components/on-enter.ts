/** Runs `action` when Enter is pressed in a single-line field (our panels are not <form>s). */
export function onEnter(event: KeyboardEvent, action: () => void): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  event.preventDefault();
  action();
}
