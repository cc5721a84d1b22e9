import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

/** A speech bubble in the demo's accent colour: browsers ask for /favicon.ico on every page, so it is not a 404. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#b3261e" d="M4 4h24a2 2 0 0 1 2 2v15a2 2 0 0 1-2 2H13l-7 6v-6H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/><path fill="#fff" d="M8 10h16v2H8zm0 5h11v2H8z"/></svg>`;

@ApiExcludeController()
@Controller()
export class FaviconController {
  @Get('favicon.ico')
  @Header('content-type', 'image/svg+xml')
  @Header('cache-control', 'public, max-age=86400')
  icon(): string {
    return ICON;
  }
}
