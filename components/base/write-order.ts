// "Last write wins" between inputs that set the same thing two ways (the dose checker's preset attributes and its
// `products`/`reader` properties): each property write gets a stamp, and the newest group wins.

export class WriteOrder {
  #count = 0;
  #stamps = new Map<PropertyKey, number>();

  /** Records a write to `name` (the element calls this from `requestUpdate(name)`). */
  stamp(name: PropertyKey): void {
    this.#stamps.set(name, ++this.#count);
  }

  /** The newest stamp among `names` (0 if none was written). */
  latest(names: Iterable<PropertyKey>): number {
    let newest = 0;
    for (const name of names) newest = Math.max(newest, this.#stamps.get(name) ?? 0);
    return newest;
  }
}
