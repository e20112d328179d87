import { useQuery } from '@apollo/client/react';
import { AdminProductVariantsDocument } from '../../../generated/web/admin/graphql';
import { Loading } from '../components/ui';
import { AdminError } from './AdminError';
import { OptionsSection } from './OptionsSection';
import { VariantsSection } from './VariantsSection';

/** A product's Options and Variants sections, read fresh from the API with the archived variants. */
export function VariantsEditor({ productId }: { productId: string }) {
  const { data, loading, error, refetch } = useQuery(AdminProductVariantsDocument, {
    variables: { id: productId },
    fetchPolicy: 'cache-and-network',
  });
  const product = data?.product;
  const reload = () => void refetch();
  if (loading && !product) return <Loading what="the options and variants" />;
  if (error && !product) return <AdminError error={error} onRetry={reload} />;
  if (!product) return null;
  return (
    <>
      <OptionsSection key={`options-${product.id}`} product={product} />
      <VariantsSection product={product} reload={reload} />
    </>
  );
}
