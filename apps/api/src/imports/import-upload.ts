import type { FastifyRequest } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FieldErrors, ImportUpload } from '@app/comments';

/** The largest export an upload may carry; a 100,000-comment WXR is about 100 MB. */
export const IMPORT_UPLOAD_LIMIT_BYTES = 2 * 1024 ** 3;
const FORMATS = ['wxr', 'disqus'];
const DRY_RUN = { true: true, '1': true, false: false, '0': false, '': false } as Record<string, boolean>;

interface SavedFile {
  path: string;
  dir: string;
  bytes: number;
  truncated: boolean;
}

/**
 * Reads a multipart import upload (`file`, `format` wxr|disqus, optional `dryRun`): the file is streamed to a
 * temporary file a chunk at a time (never held in memory), then the fields are checked. Any bad field is one 422
 * naming each, and the temporary file goes.
 */
export async function receiveImportUpload(request: FastifyRequest): Promise<ImportUpload> {
  const errors = new FieldErrors();
  if (!request.isMultipart()) {
    errors.add(
      'file',
      'required',
      'Send the export as multipart/form-data, the file in a field named "file".',
    );
    errors.throwIfAny();
  }
  const fields: Record<string, string> = {};
  let saved: SavedFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || saved) {
          part.file.resume();
          errors.add(part.fieldname, 'unknown_field', `Only one file, in the field "file".`);
          continue;
        }
        saved = await saveToTemporaryFile(part.file);
        saved.truncated = part.file.truncated;
      } else if (['format', 'dryRun'].includes(part.fieldname)) {
        fields[part.fieldname] = String(part.value).trim();
      } else {
        errors.add(part.fieldname, 'unknown_field', `Unknown field "${part.fieldname}".`);
      }
    }
    checkFields(fields, saved, errors);
    if (saved && !saved.truncated && !(await startsLikeXml(saved.path)))
      errors.add('file', 'not_xml', 'The file is not XML: a WXR or Disqus export starts with "<".');
    errors.throwIfAny();
  } catch (error) {
    if (saved) await rm(saved.dir, { recursive: true, force: true });
    throw error;
  }
  return {
    format: fields.format as ImportUpload['format'],
    dryRun: DRY_RUN[fields.dryRun ?? ''],
    filePath: saved!.path,
    bytes: saved!.bytes,
  };
}

function checkFields(
  fields: Record<string, string>,
  saved: SavedFile | undefined,
  errors: FieldErrors,
): void {
  if (!saved || saved.bytes === 0)
    errors.add('file', 'required', 'Attach the export file in the field "file".');
  else if (saved.truncated)
    errors.add('file', 'too_large', `The file is over ${IMPORT_UPLOAD_LIMIT_BYTES / 1024 ** 3} GB.`);
  if (!fields.format) errors.add('format', 'required', 'Say which export this is: "wxr" or "disqus".');
  else if (!FORMATS.includes(fields.format))
    errors.add('format', 'invalid_value', 'format must be "wxr" (WordPress) or "disqus".');
  if (fields.dryRun !== undefined && !(fields.dryRun in DRY_RUN))
    errors.add('dryRun', 'invalid_value', 'dryRun must be true or false.');
}

async function saveToTemporaryFile(stream: NodeJS.ReadableStream): Promise<SavedFile> {
  const dir = await mkdtemp(join(tmpdir(), 'cm-import-'));
  const path = join(dir, 'upload.xml');
  const out = createWriteStream(path);
  await pipeline(stream, out);
  return { path, dir, bytes: out.bytesWritten, truncated: false };
}

/** XML (after an optional byte-order mark and blank space) starts with "<"; a ZIP, a PDF or JSON does not. */
async function startsLikeXml(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    return head.startsWith('<');
  } finally {
    await handle.close();
  }
}
