/**
 * Focus moved on purpose around an action that removes the control that had it (Save key, Stop,
 * Dismiss, Stop set, Retry, the dialog closing), so it never falls to the page's body: the first of
 * `ids` present is focused at once, before the control goes, and again once the next render is in
 * (an id that only the render brings, such as the key field after Change key, then takes it).
 */
export function focusSoon(...ids: string[]): void {
  const tryFocus = () => {
    for (const id of ids) {
      const element = document.getElementById(id);
      element?.focus();
      // A disabled control takes no focus: the next id is tried.
      if (element && document.activeElement === element) return true;
    }
    return false;
  };
  tryFocus();
  // After Preact's next render (a microtask), and once more if what to focus arrives with a later message.
  setTimeout(() => {
    if (!tryFocus()) setTimeout(tryFocus, 100);
  }, 0);
}

/** The ids the set panel gives its parts, so focus can be sent to them. */
export const setIds = {
  heading: (setId: string) => `set-${setId}-heading`,
  item: (setId: string, index: number, variant: number) => `set-${setId}-item-${index}-${variant}`,
  button: 'set-form-generate',
  /** The Icon set tab (ui/components/mode-switch.tsx), there whatever the form's state. */
  tab: 'mode-tab-set',
} as const;
