import type { ProductItem } from '../../data/entities/product';
import { limits } from '../limits';
import { checkOptionalText, checkText } from '../validation';

/**
 * The product's text fields an admin sets and edits: each is checked, stored, updated and (when
 * optional) cleared the same way by createProduct and updateProduct. A new optional text field of
 * a product is one entry here, one attribute in the entity, its schema fields and seed values.
 */
export const productTextFields = {
  name: { required: true, maxLength: limits.nameMaxLength },
  description: { required: false, maxLength: limits.descriptionMaxLength },
} as const satisfies Record<string, { readonly required: boolean; readonly maxLength: number }>;

export type ProductTextField = keyof typeof productTextFields;
export type RequiredProductTextField = {
  [K in ProductTextField]: (typeof productTextFields)[K]['required'] extends true ? K : never;
}[ProductTextField];
export type OptionalProductTextField = Exclude<ProductTextField, RequiredProductTextField>;

/** A product text field's value as given: trimmed and checked; undefined for an optional field left empty. */
export function checkProductText(field: ProductTextField, value: string | null | undefined): string | undefined {
  const { required, maxLength } = productTextFields[field];
  return required ? checkText(field, value ?? '', maxLength) : checkOptionalText(field, value, maxLength);
}

/** The checked text fields of `input` (all of them, or `only` these), leaving out optional ones that are empty. */
export function productTexts(
  input: Partial<Record<ProductTextField, string | null>>,
  only?: readonly ProductTextField[],
): Partial<Pick<ProductItem, ProductTextField>> {
  const texts: Partial<Pick<ProductItem, ProductTextField>> = {};
  for (const field of only ?? (Object.keys(productTextFields) as ProductTextField[])) {
    const value = checkProductText(field, input[field]);
    if (value !== undefined) texts[field] = value;
  }
  return texts;
}
