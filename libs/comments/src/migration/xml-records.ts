import { SaxesParser, SaxesTagNS } from 'saxes';
import { StringDecoder } from 'node:string_decoder';
import { SourceRecord } from './source-comment';

/** A format's reading of the XML events: it queues records as elements close and hands them out per chunk. */
export interface XmlRecordReader {
  open(tag: SaxesTagNS, depth: number): void;
  close(tag: SaxesTagNS, depth: number, text: string): void;
  drain(): SourceRecord[];
  /** End of input: what is still waiting (a deferred reply, an unfinished item) becomes a problem here. */
  finish(failure: Error | null): SourceRecord[];
}

/**
 * Streams a file through saxes one chunk at a time, so memory holds a chunk and the element being read, never
 * the file. The first XML error stops the read: what came before is kept, and the reader reports the rest.
 */
export async function* readXmlRecords(
  input: AsyncIterable<Buffer | string>,
  reader: XmlRecordReader,
): AsyncGenerator<SourceRecord> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const decoder = new StringDecoder('utf8');
  let failure: Error | null = null;
  let depth = 0;
  let text = '';
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    depth++;
    text = '';
    reader.open(tag, depth);
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('cdata', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    reader.close(tag as SaxesTagNS, depth, text);
    text = '';
    depth--;
  });
  for await (const chunk of input) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    yield* reader.drain();
    if (failure) break;
  }
  if (!failure) {
    parser.write(decoder.end());
    parser.close();
  }
  yield* reader.drain();
  yield* reader.finish(failure);
}

export function xmlProblemMessage(failure: Error): string {
  return `the file is not well-formed XML, nothing after this point was read: ${failure.message}`;
}
