/**
 * Focus moved on purpose after an action removes the control that had it
 * (Stop set, Retry, Dismiss set, the dialog closing), so it never falls to
 * the page's body: the first of `ids` found once the next render is in.
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
