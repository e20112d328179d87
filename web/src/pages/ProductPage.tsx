import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { AddReviewDocument, ProductPageDocument } from '../../../generated/web/graphql';
import { cartErrorText } from '../cartText';
import { ProductImage } from '../components/ProductImage';
import { ErrorState, Loading, Rating } from '../components/ui';
import { VariantPicker } from '../components/VariantPicker';
import { problemOf, type Problem } from '../errors';
import { useSession } from '../hooks';
import { useCartActions } from '../useCartActions';
import { initialSelection, stockLabel, variantFor, type Selection } from '../variantPicker';
import { formatMoney } from '../../../core/money';

export function ProductPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(ProductPageDocument, { variables: { id } });
  const [quantity, setQuantity] = useState(1);
  const [added, setAdded] = useState(false);
  const [adding, setAdding] = useState(false);
  const [refusal, setRefusal] = useState<Problem>();
  const actions = useCartActions();
  // the choice belongs to its product: another product page starts on its own first available variant
  const [chosen, setChosen] = useState<{ productId: string; selection: Selection }>();
  const product = data?.product;

  if (loading && !data) return <Loading what="the product" />;
  if (error) return <ErrorState problem={problemOf(error)} onRetry={() => void refetch()} />;
  if (!product) return <p>This product does not exist.</p>;

  const selection = chosen?.productId === product.id ? chosen.selection : initialSelection(product.options, product.variants);
  // a product's variants each select a value of every option; with one variant, its values need no choosing
  const variant = product.variants.length > 1 ? variantFor(product.options, product.variants, selection) : product.variants[0];
  const add = async () => {
    if (!variant) return;
    setAdding(true);
    setAdded(false);
    setRefusal(undefined);
    try {
      const [refused] = await actions.add([{ merchandiseId: variant.id, quantity }]);
      if (refused) setRefusal({ code: refused.code, message: cartErrorText(refused), retryable: false });
      else setAdded(true);
    } catch (caught) {
      setRefusal(problemOf(caught));
    } finally {
      setAdding(false);
    }
  };

  return (
    <article aria-labelledby="product-title">
      <p className="crumbs">
        <Link to={`/category/${product.category.id}`}>{product.category.name}</Link>
      </p>
      <h1 id="product-title">{product.name}</h1>
      {product.media.length ? (
        <div className="gallery">
          {product.media.map((image, index) => (
            <ProductImage key={image.id} image={image} sizes={index === 0 ? '(min-width: 900px) 560px, 100vw' : '160px'} eager={index === 0} />
          ))}
        </div>
      ) : null}
      {variant ? <p className="price">{formatMoney(variant.price)}</p> : null}
      <Rating average={product.rating.average ?? null} count={product.rating.count} />
      {product.description ? <p>{product.description}</p> : null}
      {product.variants.length > 1 ? (
        <VariantPicker
          options={product.options}
          variants={product.variants}
          selection={selection}
          onChange={(next) => {
            setChosen({ productId: product.id, selection: next });
            setAdded(false);
            setRefusal(undefined);
          }}
        />
      ) : null}
      {variant ? <p>SKU {variant.sku}</p> : null}
      {variant?.available ? (
        <div className="buy">
          <p className="stock-state" aria-live="polite">
            {stockLabel(variant)}
          </p>
          <label>
            Quantity{' '}
            <input
              type="number"
              min={1}
              max={Math.min(99, variant.stock)}
              value={quantity}
              onChange={(event) => setQuantity(Math.max(1, Number(event.target.value)))}
            />
          </label>
          <button type="button" onClick={() => void add()} disabled={adding}>
            Add to cart
          </button>
          {refusal ? <ErrorState problem={refusal} onRetry={() => void add()} /> : null}
          {added ? (
            <p role="status">
              Added. <Link to="/cart">Go to the cart</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <p className="stock">{variant ? 'Sold out' : 'This combination is not sold'}</p>
      )}
      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">Reviews</h2>
        {product.reviews.edges.length === 0 ? <p>No reviews yet.</p> : null}
        <ul className="reviews">
          {product.reviews.edges.map(({ node }) => (
            <li key={node.id}>
              <h3>
                {'★'.repeat(node.rating)} {node.title}
              </h3>
              {node.body ? <p>{node.body}</p> : null}
              <p className="byline">
                {node.author?.name ?? 'A customer'}, {new Date(node.createdAt).toLocaleDateString('en-US')}
              </p>
            </li>
          ))}
        </ul>
        {session ? (
          <ReviewForm productId={product.id} onAdded={() => void refetch()} />
        ) : (
          <p>
            <Link to="/signin">Sign in</Link> to write a review.
          </p>
        )}
      </section>
    </article>
  );
}

function ReviewForm({ productId, onAdded }: { productId: string; onAdded: () => void }) {
  const [addReview, { loading, error }] = useMutation(AddReviewDocument);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await addReview({
      variables: {
        input: { productId, rating: Number(form.get('rating')), title: String(form.get('title')), body: String(form.get('body') ?? '') || null },
      },
    }).catch(() => undefined);
    if (result?.data) {
      setDone(true);
      onAdded();
    }
  };
  if (done) return <p role="status">Thank you for your review.</p>;
  return (
    <form className="review-form" onSubmit={(event) => void submit(event)}>
      <h3>Write a review</h3>
      <label>
        Rating
        <select name="rating" defaultValue="5">
          {[5, 4, 3, 2, 1].map((value) => (
            <option key={value} value={value}>
              {value} {value === 1 ? 'star' : 'stars'}
            </option>
          ))}
        </select>
      </label>
      <label>
        Title
        <input name="title" required maxLength={200} />
      </label>
      <label>
        Review
        <textarea name="body" maxLength={5000} rows={4} />
      </label>
      {error ? <ErrorState problem={problemOf(error)} /> : null}
      <button type="submit" disabled={loading}>
        {loading ? 'Sending…' : 'Post review'}
      </button>
    </form>
  );
}
