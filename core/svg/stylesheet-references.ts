import type { Declaration } from './css-declarations';
import { parseScopedSelectors, type Compound } from './css-selectors';
import { parseStylesheet } from './css-stylesheet';
import { forEachElement, textContent, type SvgElement } from './tree';
import type { Work } from './work';

interface Entry {
  readonly compound: Compound;
  readonly declarations: readonly Declaration[];
}

/**
 * The stylesheet rules that reference something (url(#id) in a declaration), indexed by the last
 * compound of each selector: an element gets a rule's references when it matches that compound (its
 * type, ids and classes). Ancestors and siblings are not checked, so this is a superset of what CSS
 * applies: safe for cycle finding, which may then drop an element CSS would not have linked, never miss one.
 */
export class StyleReferences {
  private readonly byKey = new Map<string, Entry[]>();

  constructor(root: SvgElement) {
    forEachElement(root, (element) => {
      if (element.name === 'style') this.addSheet(textContent(element));
    });
  }

  get empty(): boolean {
    return this.byKey.size === 0;
  }

  /** Declarations of the rules whose last compound the element matches; each rule tried counts as a reference followed. */
  declarationsFor(element: SvgElement, work: Work): Declaration[] {
    const out: Declaration[] = [];
    if (this.byKey.size === 0) return out;
    const id = element.attrs.get('id');
    const classes = new Set((element.attrs.get('class') ?? '').split(/\s+/).filter(Boolean));
    const keys = [element.name, ...(id === undefined ? [] : ['#' + id]), ...[...classes].map((c) => '.' + c)];
    for (const key of keys) {
      for (const entry of this.byKey.get(key) ?? []) {
        work.follow();
        if (matches(entry.compound, element.name, id, classes)) out.push(...entry.declarations);
      }
    }
    return out;
  }

  private addSheet(css: string): void {
    for (const rule of parseStylesheet(css).rules) {
      if (!rule.declarations.some((declaration) => declaration.value.indexOf('url(') >= 0)) continue;
      for (const selector of parseScopedSelectors(rule.selector) ?? []) {
        const compound = selector.compounds[selector.compounds.length - 1];
        if (!compound) continue;
        const key =
          compound.ids[0] !== undefined
            ? '#' + compound.ids[0]
            : compound.classes[0] !== undefined
              ? '.' + compound.classes[0]
              : (compound.type ?? '');
        const entries = this.byKey.get(key) ?? [];
        entries.push({ compound, declarations: rule.declarations });
        this.byKey.set(key, entries);
      }
    }
  }
}

function matches(
  compound: Compound,
  type: string,
  id: string | undefined,
  classes: ReadonlySet<string>,
): boolean {
  return (
    (compound.type === undefined || compound.type === type) &&
    compound.ids.every((wanted) => wanted === id) &&
    compound.classes.every((wanted) => classes.has(wanted))
  );
}
