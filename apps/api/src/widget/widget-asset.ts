import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface Asset {
  body: Buffer;
  etag: string;
}

/** Where `npm run build:widget` writes the script; every entry point runs from the repository root. */
export const WIDGET_FILE = resolve(process.cwd(), 'apps/widget/dist/widget.js');

/** The built widget, read once and re-read only when the file changes (a rebuild during development). */
@Injectable()
export class WidgetAsset {
  private cached?: Asset & { mtimeMs: number };

  async load(): Promise<Asset | null> {
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(WIDGET_FILE)).mtimeMs;
    } catch {
      return null;
    }
    if (this.cached?.mtimeMs !== mtimeMs) {
      const body = await readFile(WIDGET_FILE);
      this.cached = {
        body,
        mtimeMs,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      };
    }
    return this.cached;
  }
}
