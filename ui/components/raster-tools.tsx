import { toolSourceError } from '../../core/api/tool-source';
import { TOOLS, type ToolId } from '../../core/models/tools';
import type { ToolSource } from '../../core/tasks/tool-task';
import { toolSourceKey, type ToolsState } from '../hooks/use-tools';
import { ProblemText } from './field';
import { subject } from './icon';

export interface RasterToolsProps {
  readonly source: ToolSource;
  readonly tools: ToolsState;
  /** Why the tools cannot be pressed now (no key, a request being sent). */
  readonly reason?: string;
  /** Now, to tell whether the gateway still holds the file. */
  readonly now: number;
  /** Names each button with its subject (a History row's prompt); the selected layer's are named by their section. */
  readonly named?: boolean;
}

/** The button's text: what it does and what it costs. */
function toolButtonText(tool: { readonly label: string; readonly credits: number }): string {
  return `${tool.label} · ${tool.credits} credit${tool.credits === 1 ? '' : 's'}`;
}

/**
 * Remove background and Upscale on a raster result while the gateway still holds its file; after that,
 * the plain message instead (nothing can be sent). The result replaces the layer's image in place.
 */
export function RasterTools({ source, tools, reason, now, named }: RasterToolsProps) {
  const expired = toolSourceError(source.resultUrl, source.madeAt, now);
  if (expired) return <p class="hint">{expired.message}</p>;
  const key = toolSourceKey(source);
  const sending = tools.sendingKey !== undefined;
  const blocked = reason ?? (sending ? 'sending' : undefined);
  const press = (tool: ToolId) => {
    if (blocked === undefined) void tools.runAsync(tool, source);
  };
  return (
    <>
      <div class="row wrap" role="group" aria-label={`Raster tools ${subject(source.prompt)}`}>
        {TOOLS.map((tool) => (
          <button
            key={tool.id}
            type="button"
            class="secondary small"
            aria-label={named ? `${toolButtonText(tool)}: ${subject(source.prompt)}` : undefined}
            aria-disabled={blocked !== undefined ? true : undefined}
            onClick={() => press(tool.id)}
          >
            {toolButtonText(tool)}
          </button>
        ))}
      </div>
      {tools.failure?.key === key && <ProblemText>{tools.failure.message}</ProblemText>}
    </>
  );
}

/** The selected generated image's tools, in a section of their own beside its Regenerate. */
export function SelectedRasterTools(props: Omit<RasterToolsProps, 'named'>) {
  return (
    <section class="regenerate" aria-label="Selected image">
      <p class="muted">Remove background or upscale: the result replaces this image in place.</p>
      <RasterTools {...props} />
    </section>
  );
}
