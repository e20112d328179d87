import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AdminCategoriesDocument, AdminCategoryProductsDocument, AdminProductBySkuDocument } from '../../../generated/web/admin/graphql';
import { formatMoney } from '../../../core/money';
import { Loading } from '../components/ui';
import { AdminError, InputProblem } from './AdminError';
import { Announcement } from './Announcement';

/**
 * The catalog an admin runs: a category's active products, newest first, a page at a time; any
 * product, archived ones too, by its SKU; and a new product.
 */
export function ProductsPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const categoryId = params.get('category') ?? '';
  const categories = useQuery(AdminCategoriesDocument, { fetchPolicy: 'cache-and-network' });
  const products = useQuery(AdminCategoryProductsDocument, categoryId ? { variables: { categoryId }, fetchPolicy: 'cache-and-network' } : skipToken);
  const [more, setMore] = useState(false);
  const [message, setMessage] = useState('');
  const page = products.data?.products;
  const category = categories.data?.categories.find((candidate) => candidate.id === categoryId);

  const loadMore = async () => {
    setMore(true);
    try {
      const { data: next } = await products.fetchMore({ variables: { after: page?.pageInfo.endCursor } });
      const added = next?.products.edges.length ?? 0;
      setMessage(`${added} more ${added === 1 ? 'product' : 'products'} shown.`);
    } finally {
      setMore(false);
    }
  };

  return (
    <section aria-labelledby="products-title">
      <h1 id="products-title">Products</h1>
      <p>
        <Link to={`/admin/products/new${categoryId ? `?category=${categoryId}` : ''}`}>New product</Link>
      </p>
      <FindBySku />
      <label htmlFor={`${id}-category`}>Category</label>{' '}
      <select id={`${id}-category`} value={categoryId} onChange={(event) => setParams(event.target.value ? { category: event.target.value } : {})}>
        <option value="">Choose a category</option>
        {categories.data?.categories.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      {categories.error ? <AdminError error={categories.error} onRetry={() => void categories.refetch()} /> : null}
      {products.loading && !products.data ? <Loading what="products" /> : null}
      {products.error ? <AdminError error={products.error} onRetry={() => void products.refetch()} /> : null}
      {page && page.edges.length === 0 ? <p>No active product in this category.</p> : null}
      {page && page.edges.length > 0 ? (
        <table className="admin-table">
          <caption>Active products of {category?.name ?? 'the category'}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">SKU</th>
              <th scope="col">Price</th>
              <th scope="col">In stock</th>
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/admin/products/${node.id}`}>{node.name}</Link>
                </td>
                <td>{node.sku}</td>
                <td>{formatMoney(node.price)}</td>
                <td>{node.stock}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {page?.pageInfo.hasNextPage ? (
        <button type="button" onClick={() => void loadMore()} disabled={more}>
          {more ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
      <Announcement message={message} focus={!page?.pageInfo.hasNextPage} />
    </section>
  );
}

/** Opens the product with a SKU, archived or not. */
function FindBySku() {
  const id = useId();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [sku, setSku] = useState('');
  const [missing, setMissing] = useState<string>();
  const [failure, setFailure] = useState<unknown>();

  const find = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(undefined);
    setFailure(undefined);
    try {
      const { data } = await client.query({ query: AdminProductBySkuDocument, variables: { sku: sku.trim() }, fetchPolicy: 'network-only' });
      if (data?.productBySku) void navigate(`/admin/products/${data.productBySku.id}`);
      else setMissing(`No product has the SKU ${sku.trim()}.`);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form className="find" role="search" aria-label="Find a product by SKU" onSubmit={(event) => void find(event)}>
      <label htmlFor={`${id}-sku`}>SKU</label>{' '}
      <input id={`${id}-sku`} value={sku} onChange={(event) => setSku(event.target.value)} required maxLength={64} />{' '}
      <button type="submit">Find</button>
      {missing ? <InputProblem message={missing} /> : null}
      {failure ? <AdminError error={failure} /> : null}
    </form>
  );
}
