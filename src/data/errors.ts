// The error every accessor throws for an id the dataset does not know.

export type IdKind =
  | 'age-group'
  | 'sex'
  | 'life-stage'
  | 'source'
  | 'salt'
  | 'medicine'
  | 'symptom'
  | 'body-system'
  | 'risk-factor'
  | 'nutrient';

export class UnknownIdError extends Error {
  readonly kind: IdKind;
  readonly id: string;

  constructor(kind: IdKind, id: unknown) {
    const text = typeof id === 'string' ? id : String(id);
    super(`[magnesium-widgets] unknown ${kind} id "${text}"`);
    this.name = 'UnknownIdError';
    this.kind = kind;
    this.id = text;
  }
}
