// The dose checker's products as the reader edits them. Amounts are numbers; a field keeps the reader's own text
// only while it is being edited, and otherwise shows its number in the page's language — so a locale change never
// turns 1.125 into unreadable text (the number is never parsed back from formatted text).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkProduct, type Product } from '../../src/checks/products.js';
import { parseReaderNumber, type NumberMarks, type ReaderNumber } from '../../src/checks/reader-number.js';

export type Basis = 'elemental' | 'compound';
export type NumberFieldName = 'mgPerUnit' | 'unitsPerDay' | 'unitsPerPack';
export type DraftField = NumberFieldName | 'salt';

export interface NumberField {
  value: number | null;
  /** What the reader typed, while editing; `null`: the field shows `value` in the page's language. */
  text: string | null;
}

export interface Draft {
  key: number;
  name: string;
  mgBasis: Basis;
  salt: string;
  mgPerUnit: NumberField;
  unitsPerDay: NumberField;
  unitsPerPack: NumberField;
  /** Fields the reader has left (or a preset filled): their problems show. */
  touched: Set<DraftField>;
  /** Whether its fields show; a complete preset product on a pharmacy page starts closed. */
  open: boolean;
}

/** Why a field's value is not used: nothing typed, not a number, another unit ("1 g"), or outside the range. */
export type FieldProblem = { kind: 'empty' | 'not-a-number' | 'range' } | { kind: 'unit'; unit: string };

export interface DraftCheck {
  product: Product | null;
  problems: Map<DraftField, FieldProblem>;
}

const NUMBER_FIELDS: readonly NumberFieldName[] = ['mgPerUnit', 'unitsPerDay', 'unitsPerPack'];
const field = (value: number | null | undefined): NumberField => ({ value: value ?? null, text: null });

function emptyDraft(key: number, open = true): Draft {
  return {
    key,
    name: '',
    mgBasis: 'elemental',
    salt: '',
    mgPerUnit: field(null),
    unitsPerDay: field(1),
    unitsPerPack: field(null),
    touched: new Set(),
    open,
  };
}

/** A draft for a product a site set (`products`, or the preset attributes): closed, its problems shown. */
function draftFrom(key: number, product: Partial<Product>): Draft {
  return {
    ...emptyDraft(key, false),
    name: product.name ?? '',
    mgBasis: product.mgBasis ?? 'elemental',
    salt: product.salt ?? '',
    mgPerUnit: field(product.mgPerUnit),
    unitsPerDay: field(product.unitsPerDay ?? 1),
    unitsPerPack: field(product.unitsPerPack),
    touched: new Set<DraftField>(['mgPerUnit', 'salt', 'unitsPerDay', 'unitsPerPack']),
  };
}

export interface DraftsOptions {
  /** How the page's language writes numbers (format.ts `numberMarks`). */
  marks(): NumberMarks;
  /** The words that may follow a number in a field: `mg` for amounts, "stk"/"tabl."/… for counts. */
  units(field: NumberFieldName): readonly string[];
  /** The reader edited a product (the element tells the page: `mg-change`). */
  edited(): void;
}

export class ProductDrafts implements ReactiveController {
  /** Keys make the ids in the shadow root: counted per element, so a server render and the browser's agree. */
  #nextKey = 1;
  drafts: Draft[] = [emptyDraft(this.#nextKey++)];
  /** Checked once per update (before render), so a render never parses a field twice. */
  #checks = new Map<number, DraftCheck>();

  readonly #host: ReactiveControllerHost;
  readonly #options: DraftsOptions;

  constructor(host: ReactiveControllerHost, options: DraftsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this.#checks.clear();
  }

  /** A field's number: the reader's text read in the page's language, or the number a site gave. */
  #read(draft: Draft, name: NumberFieldName): ReaderNumber {
    const current = draft[name];
    if (current.text === null) {
      return current.value === null ? { ok: false, problem: 'empty' } : { ok: true, value: current.value };
    }
    return parseReaderNumber(current.text, this.#options.marks(), this.#options.units(name));
  }

  /** The product a draft makes (checked with the same check sites' products get), and each field's problem. */
  check(draft: Draft): DraftCheck {
    const cached = this.#checks.get(draft.key);
    if (cached) return cached;
    const problems = new Map<DraftField, FieldProblem>();
    const candidate: Record<string, unknown> = { mgBasis: draft.mgBasis };
    for (const name of NUMBER_FIELDS) {
      const read = this.#read(draft, name);
      if (read.ok) candidate[name] = read.value;
      else if (read.problem === 'unit') problems.set(name, { kind: 'unit', unit: read.unit ?? '' });
      // An empty pack size is fine: it only gives days of supply.
      else if (!(name === 'unitsPerPack' && read.problem === 'empty')) problems.set(name, { kind: read.problem });
    }
    if (draft.name.trim() !== '') candidate['name'] = draft.name.trim();
    if (draft.mgBasis === 'compound' && draft.salt !== '') candidate['salt'] = draft.salt;
    const result = checkProduct(candidate);
    if (!result.ok) {
      for (const issue of result.issues) {
        const name = issue.field as DraftField;
        if (!problems.has(name) && (name === 'salt' || candidate[name] !== undefined)) {
          problems.set(name, { kind: name === 'salt' ? 'empty' : 'range' });
        }
      }
    }
    const check = { product: result.ok && problems.size === 0 ? result.value : null, problems };
    this.#checks.set(draft.key, check);
    return check;
  }

  /** The products with valid input, in order, with their draft's index. */
  valid(): { index: number; product: Product }[] {
    return this.drafts.flatMap((draft, index) => {
      const { product } = this.check(draft);
      return product ? [{ index, product }] : [];
    });
  }

  /** Text for a number field: the reader's own while editing, else the number with the page's decimal mark. */
  text(draft: Draft, name: NumberFieldName): string {
    const current = draft[name];
    if (current.text !== null) return current.text;
    return current.value === null ? '' : String(current.value).replace('.', this.#options.marks().decimal);
  }

  /** The reader typed in a number field; `left`: they left it (the number then shows as the page writes it). */
  editNumber(draft: Draft, name: NumberFieldName, text: string, left = false): void {
    const read = parseReaderNumber(text, this.#options.marks(), this.#options.units(name));
    draft[name] = { value: read.ok ? read.value : null, text: left && read.ok ? null : text };
    if (left) draft.touched.add(name);
    this.#changed();
    this.#options.edited();
  }

  edit(draft: Draft, patch: Partial<Pick<Draft, 'name' | 'mgBasis' | 'salt'>>): void {
    Object.assign(draft, patch);
    if (patch.mgBasis !== undefined || patch.salt !== undefined) draft.touched.add('salt');
    this.#changed();
    this.#options.edited();
  }

  /** A draft for a product a site set (`products`, or the preset attributes): closed, its problems shown. */
  draftFrom(product: Partial<Product>): Draft {
    return draftFrom(this.#nextKey++, product);
  }

  /** A draft for the preset attributes' product: open when incomplete, so the reader sees what is missing. */
  presetDraft(product: Partial<Product>): Draft {
    const draft = this.draftFrom(product);
    draft.open = this.check(draft).product === null;
    return draft;
  }

  replace(drafts: Draft[]): void {
    this.drafts = drafts;
    this.#changed();
  }

  add(): Draft {
    const draft = emptyDraft(this.#nextKey++);
    this.drafts = [...this.drafts, draft];
    this.#changed();
    return draft;
  }

  /** Removes a product; returns the one before it (where focus goes), or undefined for the first. */
  remove(index: number): Draft | undefined {
    this.drafts = this.drafts.filter((_, i) => i !== index);
    this.#changed();
    return this.drafts[index - 1];
  }

  #changed(): void {
    this.#checks.clear();
    this.#host.requestUpdate();
  }
}
