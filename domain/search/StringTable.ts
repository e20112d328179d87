import { view } from './snapshotSections';

/** Whether every character fits in a byte. */
const isLatin1 = (text: string) => !/[^\u0000-\u00ff]/.test(text); // eslint-disable-line no-control-regex

/**
 * A list of strings stored as one section and read without a JSON parse: the count (u32), the
 * encoding (u32: bit 0 set for UTF-16LE, else latin1, either of which keeps every string exactly;
 * bit 1 set when the strings are joined by a line feed, which none of them holds), each string's
 * end in characters (u32), then the characters. Reading decodes the characters once; a string is
 * a slice of them, cut when asked for, and all of them one split.
 */
export class StringTable {
  private constructor(
    private readonly text: string,
    private readonly ends: Uint32Array,
    private readonly separated: boolean,
  ) {}

  get length(): number {
    return this.ends.length;
  }

  /** The section holding these strings. */
  static encode(strings: readonly string[]): Buffer {
    const separated = strings.every((value) => !value.includes(SEPARATOR));
    const text = strings.join(separated ? SEPARATOR : '');
    const encoding = isLatin1(text) ? 'latin1' : 'utf16le';
    const head = new Uint32Array(2 + strings.length);
    head[0] = strings.length;
    head[1] = (encoding === 'latin1' ? 0 : UTF16) | (separated ? SEPARATED : 0);
    let end = 0;
    strings.forEach((value, at) => {
      end += value.length;
      head[2 + at] = end;
      if (separated) end += 1;
    });
    return Buffer.concat([Buffer.from(head.buffer), Buffer.from(text, encoding)]);
  }

  static decode(bytes: Uint8Array): StringTable {
    const head = view(Uint32Array, bytes.subarray(0, 8));
    const count = head[0]!;
    const flags = head[1]!;
    const ends = view(Uint32Array, bytes.subarray(8, 8 + count * 4));
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset + 8 + count * 4, bytes.byteLength - 8 - count * 4);
    return new StringTable(buffer.toString(flags & UTF16 ? 'utf16le' : 'latin1'), ends, (flags & SEPARATED) !== 0);
  }

  at(index: number): string {
    const start = index === 0 ? 0 : this.ends[index - 1]! + (this.separated ? 1 : 0);
    return this.text.slice(start, this.ends[index]);
  }

  /** Every string, in order. */
  all(): string[] {
    if (this.separated) return this.ends.length ? this.text.split(SEPARATOR) : [];
    const strings = new Array<string>(this.ends.length);
    for (let index = 0; index < strings.length; index++) strings[index] = this.at(index);
    return strings;
  }
}

const SEPARATOR = '\n';
const UTF16 = 1;
const SEPARATED = 2;
