/**
 * The framing of the search index's binary layouts: a 4-character magic, the header's byte length
 * (u32, little-endian), the header (JSON, listing its sections' byte lengths), then the sections,
 * each starting at a multiple of `alignment` bytes (4 by default) so typed arrays can view them
 * without a copy.
 */
export function frameSections(
  magic: string,
  header: { readonly sections: readonly number[]; readonly alignment?: number },
  sections: ReadonlyArray<ArrayBufferView>,
): Buffer {
  const align = aligner(header.alignment);
  const headerBytes = Buffer.from(JSON.stringify(header));
  const start = align(8 + headerBytes.length);
  const out = Buffer.alloc(start + sections.reduce((sum, section) => sum + align(section.byteLength), 0));
  out.write(magic, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  let at = start;
  for (const section of sections) {
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), at);
    at += align(section.byteLength);
  }
  return out;
}

/** The header and sections of bytes framed by `frameSections` with this magic. */
export function unframeSections<H extends { readonly sections: readonly number[]; readonly alignment?: number }>(
  bytes: Uint8Array,
  magic: string,
): { header: H; sections: Uint8Array[] } {
  if (!hasMagic(bytes, magic)) throw new Error(`search index: not in the ${magic} layout`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = buffer.readUInt32LE(4);
  const header = JSON.parse(buffer.toString('utf8', 8, 8 + headerLength)) as H;
  const align = aligner(header.alignment);
  let at = align(8 + headerLength);
  const sections = header.sections.map((length) => {
    const section = bytes.subarray(at, at + length);
    at += align(length);
    return section;
  });
  return { header, sections };
}

/** Whether these bytes start with the magic (and have room for a header length). */
export function hasMagic(bytes: Uint8Array, magic: string): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.buffer, bytes.byteOffset, 4).toString('latin1') === magic;
}

/** A typed array over the section's bytes (copied when they do not start at a multiple of its element size). */
export function view<A extends Uint32Array | Float64Array>(
  type: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): A; BYTES_PER_ELEMENT: number },
  bytes: Uint8Array,
): A {
  const aligned = bytes.byteOffset % type.BYTES_PER_ELEMENT === 0 ? bytes : new Uint8Array(bytes);
  return new type(aligned.buffer, aligned.byteOffset, aligned.byteLength / type.BYTES_PER_ELEMENT);
}

const aligner =
  (alignment = 4) =>
  (length: number): number =>
    Math.ceil(length / alignment) * alignment;
