import type { ModelId } from '../models/catalogue';
import type { ToolId } from '../models/tools';
import type { UserError } from '../api/errors';
import type { RecraftControls } from '../api/recraft-controls';
import type { IconMeta, SetSlot } from '../sets/types';

/** Where a result should go, decided when the designer pressed Generate. */
export type InsertTarget =
  | { readonly kind: 'viewport' }
  | { readonly kind: 'inside'; readonly nodeId: string } // a selected frame/board
  | { readonly kind: 'fill'; readonly nodeId: string } // raster into a selected shape's fill
  | ({ readonly kind: 'set' } & SetSlot) // one icon of a set, into the set's container (core/sets)
  // Regenerate this icon: a set's component, in place; `icon` is the meta it carried (read from the component when
  // pressed), so the new drawing keeps it even when the set's record is gone.
  | { readonly kind: 'replace'; readonly nodeId: string; readonly icon?: IconMeta };

/** What the designer chose for vector results; applied by the SVG pipeline at insertion. */
export interface VectorOptions {
  readonly removeBackground: boolean;
  readonly recolor: 'none' | 'palette' | 'mono';
  /** Hex colours, "#rrggbb". */
  readonly palette: readonly string[];
  readonly mono: string;
  /** Crop to the drawing and fit it in a square frame of this many px (icon sets); absent: keep the canvas. */
  readonly iconFrame?: IconFrame;
}

/**
 * A square icon frame. The drawing is fitted by optical size, to the keyline its shape is closest to
 * within the live area (size − 2 × padding): circle, square, portrait or landscape (core/svg/keyline.ts).
 */
export interface IconFrame {
  readonly size: number;
  /** Space kept free on each side, in px. */
  readonly padding: number;
}

export const ICON_FRAME_SIZES = [16, 20, 24, 32, 40, 48, 64, 96, 128, 256] as const;

/** A frame the pipeline can fit into: a listed size, padding under half of it. */
export function isIconFrame(value: unknown): value is IconFrame {
  const v = value as IconFrame | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (ICON_FRAME_SIZES as readonly number[]).includes(v.size) &&
    typeof v.padding === 'number' &&
    Number.isFinite(v.padding) &&
    v.padding >= 0 &&
    v.padding < v.size / 2
  );
}

export const DEFAULT_VECTOR_OPTIONS: VectorOptions = {
  removeBackground: false,
  recolor: 'none',
  palette: [],
  mono: '#000000',
};

export interface GenerationRequest {
  readonly model: ModelId;
  readonly prompt: string;
  /** "WIDTHxHEIGHT" for Recraft, an aspect ratio ("1:1") for the others. */
  readonly size: string;
  readonly vector: VectorOptions;
  readonly target: InsertTarget;
  /**
   * Images made by one press of Generate: they land side by side from one anchor fixed when the first
   * lands (item `index` at anchor + index × slot), with one viewport move for the batch.
   */
  readonly batch?: BatchSlot;
  /**
   * Brand colours for the model (Recraft's `controls`), present only when the designer opted in to sending
   * them; sent only to Recraft V4 models (core/api/request-body.ts). Not documented by the gateway.
   */
  readonly controls?: RecraftControls;
}

export interface BatchSlot {
  /** The press's id, the same for every image of the batch. */
  readonly id: string;
  readonly index: number;
  readonly count: number;
}

export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** Every gateway answer about a task, normalised (see core/api/normalise-task.ts). */
export interface TaskSnapshot {
  readonly status: TaskStatus;
  /** The raw status word, kept for diagnostics. */
  readonly rawStatus?: string;
  readonly urls: readonly string[];
  /** Inline SVG text when the gateway returned the drawing itself. */
  readonly svg?: string;
  readonly error?: string;
  readonly credits?: number;
}

/**
 * A task the gateway accepted. Written to storage before its first poll and
 * removed only once its result is on the canvas (or it ended with a reason).
 * It names no API base: polls go to the one saved in the settings
 * (TaskRunnerOptions.getApiBase), so a task record cannot steer the key.
 */
export interface PendingTask {
  readonly taskId: string;
  readonly request: GenerationRequest;
  readonly createdAt: number;
  /** When the runner stops polling and asks the designer (Keep waiting / Stop). */
  readonly deadlineAt: number;
  /** A result the creation answer already carried (synchronous answer). */
  readonly immediate?: TaskSnapshot;
  /**
   * Attempts to clean and insert its result so far, saved before each one
   * starts, so an attempt that froze or crashed the page still counts (see
   * delivery-attempts.ts).
   */
  readonly deliveryAttempts?: number;
  /** Why the last attempt failed, when it left the record pending: the reason shown once it is given up. */
  readonly deliveryFailure?: string;
  /**
   * A raster tool's task (Remove background, Upscale) on an earlier result, not a generation: its request is
   * the source's (prompt, model, size) aimed at the source layer's fill, so its result replaces that image
   * in place, or lands as a new image when the layer is gone (core/tasks/tool-task.ts).
   */
  readonly tool?: ToolJob;
  /**
   * Set by the runner when it hands a finished result over: the gateway's URL of the file (a tool can work
   * on it while the gateway keeps it, about a day) and when it was made at the latest (the task's
   * acceptance). Never the key.
   */
  readonly resultUrl?: string;
  readonly madeAt?: number;
}

/** What a tool task works on: the gateway's URL of an earlier raster result, and where that result is. */
export interface ToolJob {
  readonly tool: ToolId;
  readonly imageUrl: string;
  /** The generated layer whose image fill the tool's result replaces. */
  readonly sourceNodeId?: string;
  /** The History entry it was started from. */
  readonly sourceEntryId?: string;
}

export type TaskPhase =
  | 'submitting' // POST in flight (UI only)
  | 'queued'
  | 'running'
  | 'stalled' // still running at its deadline: Keep waiting / Stop
  | 'fetching' // downloading the result file
  | 'inserting'
  | 'done'
  | 'failed'
  | 'cancelled';

/** What the UI shows of one task. */
export interface TaskView {
  readonly taskId: string;
  readonly request: GenerationRequest;
  readonly phase: TaskPhase;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly polls: number;
  readonly error?: UserError;
  /** Node placed on the canvas when done. */
  readonly nodeId?: string;
  readonly credits?: number;
  /** Its pending record could not be saved (storage full): closing the plugin would lose it. */
  readonly unsaved?: boolean;
  /** A raster tool's task (Remove background, Upscale) on the result `request` describes. */
  readonly toolId?: ToolId;
}

/** A finished result handed to the insertion path (the same on every host). */
export type ResultPayload =
  | { readonly kind: 'svg'; readonly svg: string }
  | {
      readonly kind: 'image';
      readonly bytes: Uint8Array;
      readonly mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';
      readonly width: number;
      readonly height: number;
    };
