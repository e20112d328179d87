import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CategoryProductsDocument, type ProductSort } from '../../../generated/web/graphql';
import { ProductImage } from '../components/ProductImage';
import { ErrorState, Loading, Rating } from '../components/ui';
import { problemOf } from '../errors';
import { priceRangeText } from '../priceRange';

const PAGE = 12;
/** Cards in the first row or two load at once; the rest wait until they are near the viewport. */
const ABOVE_THE_FOLD = 4;
/** The card's image width: the grid's column at each breakpoint (styles.css `.products`). */
const CARD_SIZES = '(min-width: 960px) 280px, (min-width: 600px) 33vw, 50vw';
const SORTS: Array<{ value: ProductSort; label: string }> = [
  { value: 'NEWEST', label: 'Newest' },
  { value: 'PRICE_ASC', label: 'Price, low to high' },
  { value: 'PRICE_DESC', label: 'Price, high to low' },
];

export function CategoryPage() {
  const { id = '' } = useParams();
  const [sort, setSort] = useState<ProductSort>('NEWEST');
  const [more, setMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(CategoryProductsDocument, { variables: { id, sort, first: PAGE } });
  const category = data?.category;
  const products = category?.products;

  const loadMore = async () => {
    setMore(true);
    try {
      await fetchMore({ variables: { after: products?.pageInfo.endCursor } });
    } finally {
      setMore(false);
    }
  };

  return (
    <section aria-labelledby="category-title">
      <h1 id="category-title">{category?.name ?? 'Category'}</h1>
      <label className="sort">
        Sort by{' '}
        <select value={sort} onChange={(event) => setSort(event.target.value as ProductSort)}>
          {SORTS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {loading && !data ? <Loading what="products" /> : null}
      {error ? <ErrorState problem={problemOf(error)} onRetry={() => void refetch()} /> : null}
      {data && !category ? <p>This category does not exist.</p> : null}
      <ul className="products">
        {products?.edges.map(({ node }, index) => (
          <li key={node.id}>
            <Link to={`/product/${node.id}`} className="product">
              {node.media[0] ? <ProductImage image={node.media[0]} sizes={CARD_SIZES} eager={index < ABOVE_THE_FOLD} decorative /> : null}
              <span className="name">{node.name}</span>
              <span className="price">{priceRangeText(node.priceRange)}</span>
              <Rating average={node.rating.average ?? null} count={node.rating.count} />
              {node.stock === 0 ? <span className="stock">Sold out</span> : null}
            </Link>
          </li>
        ))}
      </ul>
      {products?.pageInfo.hasNextPage ? (
        <button type="button" onClick={() => void loadMore()} disabled={more}>
          {more ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </section>
  );
}
