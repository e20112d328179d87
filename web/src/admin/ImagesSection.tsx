import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  AdminProductMediaCreateDocument,
  AdminProductMediaDeleteDocument,
  AdminProductMediaDocument,
  AdminProductMediaReorderDocument,
  AdminProductMediaUpdateDocument,
  AdminProductMediaUploadCreateDocument,
} from '../../../generated/web/admin/graphql';
import { AdminError, InputProblem } from './AdminError';
import { Announcement } from './Announcement';
import { uploadFile } from './uploadFile';

const ACCEPTED = 'image/jpeg,image/png,image/webp,image/avif';

/**
 * The product's images: upload one (a presigned POST straight to storage, then attached with
 * productMediaCreate, which checks the file), change an image's alt text, move it, delete it.
 * Every change is made from the product's version (`expectedVersion`); refusals are said in words.
 */
export function ImagesSection({ productId }: { productId: string }) {
  const id = useId();
  const { data, error, refetch } = useQuery(AdminProductMediaDocument, { variables: { id: productId }, fetchPolicy: 'cache-and-network' });
  const [startUpload] = useMutation(AdminProductMediaUploadCreateDocument);
  const [attach] = useMutation(AdminProductMediaCreateDocument);
  const [updateAlt] = useMutation(AdminProductMediaUpdateDocument);
  const [reorder] = useMutation(AdminProductMediaReorderDocument);
  const [remove] = useMutation(AdminProductMediaDeleteDocument);
  const file = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState('');
  const [alts, setAlts] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');
  const product = data?.product;
  if (error && !product) return <AdminError error={error} onRetry={() => void refetch()} />;
  if (!product) return null;
  const media = product.media;

  /** Runs a change; a refusal (userErrors) is said, and a stale version reads the product again. */
  const run = async (change: () => Promise<readonly { code: string; message: string }[] | undefined>, done: string) => {
    setBusy(true);
    setRefusal(undefined);
    setFailure(undefined);
    setMessage('');
    try {
      const userErrors = await change();
      if (userErrors?.length) {
        setRefusal(userErrors.map((problem) => problem.message).join(' '));
        if (userErrors.some((problem) => problem.code === 'VERSION_STALE')) void refetch();
      } else if (userErrors) setMessage(done);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) return setRefusal('Choose an image file to upload.');
    void run(async () => {
      const started = await startUpload({ variables: { input: { productId, contentType: chosen.type, byteSize: chosen.size } } });
      const answer = started.data?.productMediaUploadCreate;
      if (!answer?.upload) return answer?.userErrors;
      await uploadFile(answer.upload, chosen);
      const attached = await attach({
        variables: { input: { productId, uploadId: answer.upload.id, alt: alt.trim() || null, expectedVersion: product.version } },
      });
      const result = attached.data?.productMediaCreate;
      if (result && !result.userErrors.length) {
        setAlt('');
        if (file.current) file.current.value = '';
      }
      return result?.userErrors;
    }, `Uploaded ${chosen.name}.`);
  };

  const move = (index: number, by: number) => {
    const order = media.map((image) => image.id);
    const [moved] = order.splice(index, 1);
    order.splice(index + by, 0, moved!);
    void run(
      async () =>
        (await reorder({ variables: { input: { productId, mediaIds: order, expectedVersion: product.version } } })).data?.productMediaReorder
          .userErrors,
      `Moved image ${index + 1} to position ${index + by + 1}.`,
    );
  };

  return (
    <section aria-labelledby="images-title">
      <h2 id="images-title">Images</h2>
      {media.length ? (
        <ol className="admin-images">
          {media.map((image, index) => {
            const label = `image ${index + 1}`;
            const text = alts[image.id] ?? image.alt ?? '';
            return (
              <li key={image.id} data-media-id={image.id}>
                <img src={image.url} alt={image.alt ?? ''} width={160} height={Math.round((160 * image.height) / image.width)} loading="lazy" />
                <form
                  className="row-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void run(
                      async () =>
                        (
                          await updateAlt({
                            variables: { input: { productId, mediaId: image.id, alt: text.trim() || null, expectedVersion: product.version } },
                          })
                        ).data?.productMediaUpdate.userErrors,
                      `Saved the alt text of ${label}.`,
                    );
                  }}
                >
                  <input
                    aria-label={`Alt text of ${label}`}
                    value={text}
                    maxLength={512}
                    onChange={(event) => setAlts({ ...alts, [image.id]: event.target.value })}
                  />
                  <button type="submit" disabled={busy}>
                    Save<span className="visually-hidden"> the alt text of {label}</span>
                  </button>
                </form>
                <button type="button" disabled={busy || index === 0} onClick={() => move(index, -1)}>
                  Move<span className="visually-hidden"> {label}</span> up
                </button>{' '}
                <button type="button" disabled={busy || index === media.length - 1} onClick={() => move(index, 1)}>
                  Move<span className="visually-hidden"> {label}</span> down
                </button>{' '}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void run(
                      async () =>
                        (await remove({ variables: { input: { productId, mediaId: image.id, expectedVersion: product.version } } })).data
                          ?.productMediaDelete.userErrors,
                      `Deleted ${label}.`,
                    )
                  }
                >
                  Delete<span className="visually-hidden"> {label}</span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>No images yet.</p>
      )}
      <form className="admin-form" onSubmit={upload}>
        <fieldset>
          <legend>Upload an image</legend>
          <label htmlFor={`${id}-file`}>Image file</label>
          <input id={`${id}-file`} ref={file} type="file" accept={ACCEPTED} required aria-describedby={`${id}-file-hint`} />
          <small id={`${id}-file-hint`} className="hint">
            JPEG, PNG, WebP or AVIF; checked after the upload.
          </small>
          <label htmlFor={`${id}-alt`}>Alt text</label>
          <input id={`${id}-alt`} value={alt} maxLength={512} onChange={(event) => setAlt(event.target.value)} aria-describedby={`${id}-alt-hint`} />
          <small id={`${id}-alt-hint`} className="hint">
            What the image shows, for screen readers; empty for a decorative image.
          </small>
        </fieldset>
        {refusal ? <InputProblem message={refusal} /> : null}
        {failure ? <AdminError error={failure} /> : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Working…' : 'Upload image'}
        </button>
        <Announcement message={message} />
      </form>
    </section>
  );
}
