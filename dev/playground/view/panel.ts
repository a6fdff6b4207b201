/**
 * The plugin window at the right of the page: a title bar with a close
 * button (as the editors draw it) around the UI iframe, or a placeholder
 * while the plugin is closed.
 */
export interface PluginPanel {
  mount(iframe: HTMLIFrameElement, title: string, size: { width: number; height: number }): void;
  resize(width: number, height: number): void;
  unmount(): void;
}

export interface PanelEvents {
  /** The panel's close button. */
  readonly onClose: () => void;
  /** The placeholder's open button. */
  readonly onOpen: () => void;
  /** The plugin window appeared or went away (however it was closed). */
  readonly onChange: () => void;
}

export function createPanel(root: HTMLElement, events: PanelEvents): PluginPanel {
  const title = root.querySelector<HTMLElement>('.panel-title')!;
  const body = root.querySelector<HTMLElement>('.panel-body')!;
  const closeButton = root.querySelector<HTMLButtonElement>('.panel-close')!;
  const placeholder = document.createElement('div');
  placeholder.className = 'panel-placeholder';
  placeholder.innerHTML =
    '<p>The plugin is closed.</p><button type="button" class="primary">Open plugin</button>';
  placeholder.querySelector('button')!.addEventListener('click', events.onOpen);
  closeButton.addEventListener('click', events.onClose);

  const showPlaceholder = () => {
    body.replaceChildren(placeholder);
    title.textContent = 'Plugin';
    closeButton.hidden = true;
    root.style.removeProperty('--panel-width');
    events.onChange();
  };
  showPlaceholder();

  return {
    mount(iframe, name, size) {
      iframe.style.width = `${size.width}px`;
      iframe.style.height = `${size.height}px`;
      root.style.setProperty('--panel-width', `${size.width}px`);
      title.textContent = name;
      closeButton.hidden = false;
      body.replaceChildren(iframe);
      events.onChange();
    },
    resize(width, height) {
      const iframe = body.querySelector('iframe');
      if (!iframe) return;
      iframe.style.width = `${width}px`;
      iframe.style.height = `${height}px`;
      root.style.setProperty('--panel-width', `${width}px`);
    },
    unmount: showPlaceholder,
  };
}
