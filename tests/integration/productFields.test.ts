import { buildSchema, isInputObjectType, isObjectType } from 'graphql';
import { ProductEntity } from '../../data/entities/product';
import { getProduct } from '../../data/products';
import { productTextFields, type ProductTextField } from '../../domain/catalog/productTextFields';
import { typeDefs } from '../../generated/typeDefs';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const FIELDS = Object.keys(productTextFields) as ProductTextField[];
const OPTIONAL = FIELDS.filter((field) => !productTextFields[field].required);

describe('the product text fields (productTextFields in domain/catalog/productTextFields.ts)', () => {
  const schema = buildSchema(typeDefs);

  it.each(FIELDS)('%s is an entity attribute, a Product field and an input of createProduct and updateProduct', (field) => {
    const product = schema.getType('Product');
    const create = schema.getType('CreateProductInput');
    const update = schema.getType('UpdateProductInput');

    expect(Object.keys(ProductEntity.schema.attributes)).toContain(field);
    expect(isObjectType(product) && Object.keys(product.getFields())).toContain(field);
    expect(isInputObjectType(create) && Object.keys(create.getFields())).toContain(field);
    expect(isInputObjectType(update) && Object.keys(update.getFields())).toContain(field);
  });

  describe('through the API', () => {
    let h: Harness;
    let admin: string;

    beforeAll(async () => {
      h = await createHarness();
      admin = h.token({ sub: 'fields-admin', admin: true });
    });

    const update = (id: string, version: number, input: Record<string, unknown>) =>
      h.gql<{ updateProduct: Record<string, unknown> }>({
        query: `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input, expectedVersion: ${version}) { ${FIELDS.join(' ')} version } }`,
        variables: { id, input },
        token: admin,
      });

    it.each(OPTIONAL)('sets, edits and clears the optional field %s, leaving the others alone', async (field) => {
      // Prepare
      const category = await aCategory(h.db);
      const product = await aProduct(h.db, category.categoryId);
      const before = (await getProduct(h.db, { productId: product.productId }))!;

      // Act
      const set = await update(product.productId, 1, { [field]: '  First text  ' });
      const edited = await update(product.productId, 2, { [field]: 'Second text' });
      const cleared = await update(product.productId, 3, { [field]: null });
      const stored = (await getProduct(h.db, { productId: product.productId }))!;

      // Assess
      expect(set.body.data!.updateProduct[field]).toBe('First text');
      expect(edited.body.data!.updateProduct[field]).toBe('Second text');
      expect(cleared.body.errors).toBeUndefined();
      expect(cleared.body.data!.updateProduct).toMatchObject({ [field]: null, version: 4 });
      expect(stored[field]).toBeUndefined();
      for (const other of FIELDS.filter((name) => name !== field)) expect(stored[other]).toEqual(before[other]);
    });

    it.each(FIELDS)('refuses %s over its length with BAD_USER_INPUT naming the field', async (field) => {
      const category = await aCategory(h.db);
      const product = await aProduct(h.db, category.categoryId);

      const response = await update(product.productId, 1, { [field]: 'x'.repeat(productTextFields[field].maxLength + 1) });

      expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) })]);
    });
  });
});
