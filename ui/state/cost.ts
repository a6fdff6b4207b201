import {
  MODELS,
  modelById,
  type ModelId,
  type ModelInfo,
  type OutputKind,
} from '../../core/models/catalogue';

export function totalCredits(model: ModelId, count: number): number {
  return modelById(model).credits * count;
}

/** "20 credits" for one image, "3 × 20 = 60 credits" for a batch. */
export function costSummary(model: ModelId, count: number): string {
  const each = modelById(model).credits;
  return count === 1 ? `${each} credits` : `${count} × ${each} = ${each * count} credits`;
}

/** The Generate button's name: "Generate · 20 credits", "Generate 3 · 60 credits". */
export function generateLabel(model: ModelId, count: number): string {
  const what = count === 1 ? 'Generate' : `Generate ${count}`;
  return `${what} · ${totalCredits(model, count)} credits`;
}

export function modelName(model: ModelInfo): string {
  return model.family === 'recraft' ? `Recraft V4 ${model.label}` : model.label;
}

/** "Recraft V4 Vector — 20 credits". */
export function modelOptionText(model: ModelInfo): string {
  return `${modelName(model)} — ${model.credits} credits`;
}

export interface ModelGroup {
  readonly label: string;
  readonly output: OutputKind;
  readonly models: readonly ModelInfo[];
}

/** The Model select's optgroups, vector first (the plugin's reason to exist). */
export function modelGroups(): ModelGroup[] {
  return [
    {
      label: 'Vector (editable layers)',
      output: 'vector',
      models: MODELS.filter((m) => m.output === 'vector'),
    },
    { label: 'Raster (image fill)', output: 'raster', models: MODELS.filter((m) => m.output === 'raster') },
  ];
}
