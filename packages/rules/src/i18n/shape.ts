/**
 * The shape of a resource with every text replaced by `string`: a translation typed as
 * `Shape<typeof en>` must have every key of the English one and no other, so a message cannot
 * ship in one language only (a compile error, checked again by a unit test).
 */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every dotted path to a text in a resource: `'rules.dns-target.title' | …`. */
export type TextPath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${TextPath<T[K]>}`;
}[keyof T & string];
