import type { ComponentChildren } from 'preact';
import type { OutputKind } from '../../core/models/catalogue';
import type { Swatch } from '../../core/color/swatch';
import type { SelectionInfo } from '../../core/protocol/messages';
import type { FormAction, FormState } from '../state/form';
import { canFillSelection, insertTargetFor } from '../../core/tasks/insert-target';
import { ModelFields } from './model-fields';
import { Placement } from './placement';
import { PromptField } from './prompt-field';
import { VectorFields } from './vector-fields';

export interface GenerationFormProps {
  readonly form: FormState;
  readonly dispatch: (action: FormAction) => void;
  readonly selection: SelectionInfo;
  /** The document's colours, offered as swatches in the vector options. */
  readonly swatches: readonly Swatch[];
  readonly output: OutputKind;
  /** Ctrl/Cmd+Enter in the prompt. */
  readonly onGenerate: () => void;
  /** Under the prompt: what is sent when the brand kit adds to it. */
  readonly promptNote?: ComponentChildren;
}

export function GenerationForm(props: GenerationFormProps) {
  const { form, dispatch, selection, output } = props;
  const canFill = canFillSelection(selection, output);
  return (
    <section class="form" aria-label="Generate">
      <PromptField
        prompt={form.prompt}
        onChange={(prompt) => dispatch({ type: 'prompt', prompt })}
        onSubmit={props.onGenerate}
      />
      {props.promptNote}
      <ModelFields
        form={form}
        onModel={(model) => dispatch({ type: 'model', model })}
        onSize={(size) => dispatch({ type: 'size', size })}
        onBatch={(text) => dispatch({ type: 'batch', text })}
      />
      {output === 'vector' && (
        <VectorFields
          form={form}
          swatches={props.swatches}
          onRemoveBackground={(on) => dispatch({ type: 'remove-background', on })}
          onRecolor={(recolor) => dispatch({ type: 'recolor', recolor })}
          onPalette={(text) => dispatch({ type: 'palette', text })}
          onMono={(text) => dispatch({ type: 'mono', text })}
          onIconSize={(size) => dispatch({ type: 'icon-size', size })}
          onIconPadding={(text) => dispatch({ type: 'icon-padding', text })}
        />
      )}
      <Placement
        selection={selection}
        target={insertTargetFor(selection, output, form.fill)}
        canFill={canFill}
        fill={form.fill}
        onFill={(on) => dispatch({ type: 'fill', on })}
      />
    </section>
  );
}
