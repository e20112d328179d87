import { BadUserInputError, NotFoundError, OutOfStockError } from '../../../../core/errors';
import { catalogProblem } from '../../../../domain/orders/catalogProblem';
import { makeProduct } from '../../../factories/catalog';

describe('catalogProblem', () => {
  it('finds none when every product is active, in stock and priced in one currency', () => {
    const products = [makeProduct({ productId: 'mug', stock: 2 }), makeProduct({ productId: 'tea', stock: 5 })];

    expect(
      catalogProblem(
        [
          { productId: 'mug', quantity: 2 },
          { productId: 'tea', quantity: 1 },
        ],
        products,
      ),
    ).toBeUndefined();
  });

  it('names a missing or archived product as not found', () => {
    const archived = makeProduct({ productId: 'mug', status: 'ARCHIVED' });

    const missing = catalogProblem([{ productId: 'tea', quantity: 1 }], [archived]);
    const gone = catalogProblem([{ productId: 'mug', quantity: 1 }], [archived]);

    expect(missing).toBeInstanceOf(NotFoundError);
    expect(gone).toBeInstanceOf(NotFoundError);
    expect((gone as NotFoundError).details).toEqual({ productId: 'mug' });
  });

  it('names a product without enough stock with what is available', () => {
    const mug = makeProduct({ productId: 'mug', sku: 'MUG-1', name: 'Mug', stock: 1 });

    const problem = catalogProblem([{ productId: 'mug', quantity: 2 }], [mug]);

    expect(problem).toBeInstanceOf(OutOfStockError);
    expect(problem?.message).toBe('Only 1 of "Mug" (MUG-1) in stock.');
    expect((problem as OutOfStockError).details).toEqual({ productId: 'mug', variantId: 'mug', sku: 'MUG-1', available: 1 });
  });

  it('refuses products priced in more than one currency', () => {
    const products = [makeProduct({ productId: 'mug', currency: 'USD' }), makeProduct({ productId: 'tea', currency: 'EUR' })];

    const problem = catalogProblem(
      [
        { productId: 'mug', quantity: 1 },
        { productId: 'tea', quantity: 1 },
      ],
      products,
    );

    expect(problem).toBeInstanceOf(BadUserInputError);
  });

  it('checks only the named products when given some, and not their currencies', () => {
    const products = [makeProduct({ productId: 'mug', currency: 'USD', stock: 0 }), makeProduct({ productId: 'tea', currency: 'EUR' })];
    const lines = [
      { productId: 'mug', quantity: 1 },
      { productId: 'tea', quantity: 1 },
    ];

    expect(catalogProblem(lines, products, ['tea'])).toBeUndefined();
    expect(catalogProblem(lines, products, ['mug'])).toBeInstanceOf(OutOfStockError);
  });
});
