import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strictPolicy } from '../http/content-security';

const TYPES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.js.map': 'application/json; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};
/** Our own script and styles only; the comment HTML it shows is escaped by the API, and this forbids anything else. */
const CSP = strictPolicy();

/** Found by walking up, so it works from the sources (tests) and from dist/ (production). */
function distFolder(): string | null {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'apps', 'dashboard', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return null;
}

/** Serves the built dashboard (`npm run build:dashboard`) at /dashboard. */
@ApiExcludeController()
@Controller('dashboard')
export class DashboardController {
  private readonly files = new Map<string, Buffer>();

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', CSP)
  @Header('cache-control', 'no-cache')
  @Header('x-content-type-options', 'nosniff')
  @Header('referrer-policy', 'same-origin')
  page(): Buffer {
    return this.file('index.html');
  }

  @Get(':file')
  asset(@Param('file') name: string, @Res({ passthrough: true }) reply: FastifyReply): Buffer {
    const type = TYPES[name];
    if (!type) throw new NotFoundException();
    reply
      .header('content-type', type)
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff');
    return this.file(name);
  }

  private file(name: string): Buffer {
    let content = this.files.get(name);
    if (!content) {
      const dist = distFolder();
      if (!dist)
        throw new ServiceUnavailableException('The dashboard is not built: run `npm run build:dashboard`.');
      content = readFileSync(join(dist, name));
      this.files.set(name, content);
    }
    return content;
  }
}
