import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { AdminProductDocument, AdminProductVariantsDocument } from '../../../generated/web/admin/graphql';
import { Loading } from '../components/ui';
import { AdminError } from './AdminError';
import { Announcement } from './Announcement';
import { ArchiveSection } from './ArchiveSection';
import { ImagesSection } from './ImagesSection';
import { ProductDetailsSection } from './ProductDetailsSection';
import { StockSection } from './StockSection';
import { VariantsEditor } from './VariantsEditor';

/**
 * One product, read fresh from the API, in sections that each change one part of it and say
 * what they did: its details (optimistic concurrency), its options and variants, its images, its
 * stock, its status. A new part of a product is a section of its own here, beside these.
 */
export function ProductEditorPage() {
  const { id = '' } = useParams();
  const announce = (useLocation().state as { announce?: string } | null)?.announce ?? '';
  const { data, loading, error, refetch } = useQuery(AdminProductDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const product = data?.product;
  // what VariantsEditor read: a product with several variants has its stock per variant, in the Variants table
  const variants = useQuery(AdminProductVariantsDocument, { variables: { id }, fetchPolicy: 'cache-only' }).data?.product?.variants;
  const several = (variants?.filter((variant) => variant.status === 'ACTIVE').length ?? 0) > 1;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(product);
  useEffect(() => {
    if (loaded && !announce) heading.current?.focus();
  }, [loaded, announce]);

  if (loading && !data) return <Loading what="the product" />;
  if (error && !product) return <AdminError error={error} onRetry={() => void refetch()} />;
  if (!product) return <p>No product has this id.</p>;
  return (
    <article aria-labelledby="product-title" className="editor">
      <p className="crumbs">
        <Link to={`/admin/products?category=${product.category.id}`}>Products of {product.category.name}</Link>
      </p>
      <h1 id="product-title" ref={heading} tabIndex={-1}>
        {product.name}
      </h1>
      <p className="note">
        SKU {product.sku} · {product.status === 'ARCHIVED' ? 'archived' : 'active'} · version {product.version} ·{' '}
        <Link to={`/product/${product.id}`}>See it in the shop</Link>
      </p>
      <Announcement message={announce} />
      <ProductDetailsSection key={product.id} product={product} />
      <VariantsEditor key={`variants-${product.id}`} productId={product.id} />
      <ImagesSection key={`images-${product.id}`} productId={product.id} />
      {several ? null : <StockSection key={`stock-${product.id}`} product={product} />}
      <ArchiveSection key={`status-${product.id}`} product={product} />
    </article>
  );
}
