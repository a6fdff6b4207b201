/**
 * The document's named colours: Figma colour variables and paint styles,
 * Penpot library colours. A fill or stroke bound to one (SceneFill.binding)
 * is drawn and snapshotted in its current value, so changing it here
 * recolours everything bound to it, as in the editors.
 */
import type { ColourBinding } from './node';

export interface DocumentColour {
  readonly kind: ColourBinding['kind'];
  readonly id: string;
  readonly name: string;
  /** "#rrggbb": the value now (a variable's default mode). */
  readonly hex: string;
  /** Figma variables: other modes' values by mode id (the default mode's is `hex`). */
  readonly otherModes?: Readonly<Record<string, string>>;
}

export class DocumentColours {
  private readonly byId = new Map<string, DocumentColour>();

  constructor(private readonly changed: () => void) {}

  add(colour: DocumentColour): void {
    this.byId.set(colour.id, Object.freeze({ ...colour }));
    this.changed();
  }

  list(kind?: ColourBinding['kind']): DocumentColour[] {
    return [...this.byId.values()].filter((c) => !kind || c.kind === kind);
  }

  get(id: string): DocumentColour | undefined {
    return this.byId.get(id);
  }

  /** A designer edits the colour: every bound fill and stroke follows on the next draw. */
  setHex(id: string, hex: string): void {
    const colour = this.byId.get(id);
    if (!colour) throw new Error(`No document colour ${id}`);
    if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
    this.byId.set(id, Object.freeze({ ...colour, hex: hex.toLowerCase() }));
    this.changed();
  }

  resolve(binding: ColourBinding): string | undefined {
    const colour = this.byId.get(binding.id);
    return colour && colour.kind === binding.kind ? colour.hex : undefined;
  }
}
