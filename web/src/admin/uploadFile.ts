/** Storage refused an upload (its policy: type, size, expiry), with its HTTP status. */
export class UploadRefusedError extends Error {
  constructor(
    readonly status: number,
    options?: ErrorOptions,
  ) {
    super(`Storage refused the upload (HTTP ${status}): check the file's type and size, and try again.`, options);
    this.name = 'UploadRefusedError';
  }
}

/** Sends a file with a presigned POST: the upload's fields in their order, then the file, as multipart/form-data. */
export async function uploadFile(upload: { url: string; fields: readonly { name: string; value: string }[] }, file: Blob): Promise<void> {
  const form = new FormData();
  for (const field of upload.fields) form.append(field.name, field.value);
  form.append('file', file);
  const response = await fetch(upload.url, { method: 'POST', body: form });
  if (!response.ok) throw new UploadRefusedError(response.status);
}
