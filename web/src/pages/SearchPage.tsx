import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CategoriesDocument, SearchProductsDocument, type ProductSearchSort } from '../../../generated/web/graphql';
import { formatMoney } from '../../../core/money';
import { ErrorState, Loading, Rating } from '../components/ui';
import { problemOf } from '../errors';
import {
  SEARCH_SORTS,
  isFiltered,
  optionFacetGroups,
  priceBand,
  priceBandLabel,
  readSearchState,
  searchFilter,
  searchStateParams,
  withOptionValue,
  type SearchState,
} from '../searchParams';

const PAGE = 12;

/** Search results with facet filters and sort; all of it lives in the URL, so a reload shows the same page. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params);
  const [more, setMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(SearchProductsDocument, {
    variables: { query: state.query || null, filter: searchFilter(state), sort: state.sort, first: PAGE },
  });
  const categories = useQuery(CategoriesDocument).data?.categories ?? [];
  const categoryName = (id: string) => categories.find((category) => category.id === id)?.name ?? 'Other';
  // while a changed filter's results load, the last ones (and their facets) stay on screen
  const results = (data ?? previousData)?.searchProducts;
  const change = (next: Partial<SearchState>) => setParams(searchStateParams({ ...state, ...next }));
  const facet = (name: string) => results?.facets.find((f) => f.name === name)?.values ?? [];
  const filtered = isFiltered(state);
  // the price bands are in minor units of the results' currency
  const currency = results?.edges[0]?.node.price.currency;
  const optionGroups = optionFacetGroups(results?.facets ?? [], state);

  const loadMore = async () => {
    setMore(true);
    try {
      await fetchMore({ variables: { after: results?.pageInfo.endCursor } });
    } finally {
      setMore(false);
    }
  };

  return (
    <section aria-labelledby="search-title" className="search-page">
      <h1 id="search-title">{state.query ? `Results for “${state.query}”` : 'All products'}</h1>
      {results ? (
        <p className="note" role="status">
          {results.totalCount === 1 ? '1 product' : `${results.totalCount} products`}
        </p>
      ) : null}
      <div className="search-layout">
        <aside aria-label="Filters" className="facets">
          <label className="sort">
            Sort by{' '}
            <select value={state.sort} onChange={(event) => change({ sort: event.target.value as ProductSearchSort })}>
              {SEARCH_SORTS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={state.inStock} onChange={(event) => change({ inStock: event.target.checked })} /> In stock only
          </label>
          <fieldset>
            <legend>Category</legend>
            <ul>
              {facet('category').map(({ value, count }) => (
                <li key={value}>
                  <label>
                    <input
                      type="checkbox"
                      checked={state.categoryId === value}
                      onChange={(event) => change({ categoryId: event.target.checked ? value : undefined })}
                    />{' '}
                    {categoryName(value)} ({count})
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset>
            <legend>Price</legend>
            <ul>
              {facet('price').map(({ value, count }) => {
                const band = priceBand(value);
                const selected = band !== undefined && state.min === band.min && state.max === band.max;
                return (
                  <li key={value}>
                    <label>
                      <input
                        type="checkbox"
                        checked={selected}
                        onChange={(event) =>
                          change(event.target.checked && band ? { min: band.min, max: band.max } : { min: undefined, max: undefined })
                        }
                      />{' '}
                      {currency ? priceBandLabel(value, currency) : value} ({count})
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {optionGroups.map((group) => (
            <fieldset key={group.name}>
              <legend>{group.name}</legend>
              <ul>
                {group.values.map(({ value, count, selected }) => (
                  <li key={value}>
                    <label>
                      <input
                        type="checkbox"
                        checked={selected}
                        onChange={(event) => setParams(searchStateParams(withOptionValue(state, group.name, value, event.target.checked)))}
                      />{' '}
                      {value}
                      {count === undefined ? '' : ` (${count})`}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          {filtered ? (
            <button
              type="button"
              className="link"
              onClick={() => setParams(searchStateParams({ query: state.query, inStock: false, options: [], sort: state.sort }))}
            >
              Clear filters
            </button>
          ) : null}
        </aside>
        <div>
          {loading && !data ? <Loading what="results" /> : null}
          {error ? <ErrorState problem={problemOf(error)} onRetry={() => void refetch()} /> : null}
          {results && results.totalCount === 0 ? (
            <div className="empty">
              <p>
                {state.query ? `No products match “${state.query}”${filtered ? ' with these filters' : ''}.` : 'No products match these filters.'}
              </p>
              <ul>
                {filtered ? <li>Clear the filters to see every match.</li> : null}
                <li>Check the spelling, or try fewer or shorter words.</li>
                <li>
                  Or <Link to="/">browse the categories</Link>.
                </li>
              </ul>
            </div>
          ) : null}
          <ul className="products" aria-busy={loading}>
            {results?.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/product/${node.id}`} className="product">
                  <span className="name">{node.name}</span>
                  <span className="price">{formatMoney(node.price)}</span>
                  <Rating average={node.rating.average ?? null} count={node.rating.count} />
                  {node.stock === 0 ? <span className="stock">Sold out</span> : null}
                </Link>
              </li>
            ))}
          </ul>
          {results?.pageInfo.hasNextPage ? (
            <button type="button" onClick={() => void loadMore()} disabled={more}>
              {more ? 'Loading…' : 'Load more'}
            </button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
