import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService, CurrentModerator as Moderator } from '@app/comments';
import { clientIp } from '../http/client-ip';
import { AuthenticatedRequest, AuthGuard } from './auth.guard';
import { CurrentModerator } from './current-moderator.decorator';
import { LoginBodyPipe, LoginDto } from './login.dto';
import { SameOriginLoginGuard } from './same-origin-login.guard';
import { clearSessionCookies, setSessionCookies } from './session-cookie';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @UseGuards(SameOriginLoginGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in: a bearer token, and the httpOnly SameSite=Strict session cookie for the dashboard',
  })
  async login(
    @Body(LoginBodyPipe) { email, password }: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const session = await this.auth.login({ email, password, ip: clientIp(request) });
    setSessionCookies(request, reply, session);
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      csrfToken: session.csrfToken,
      moderator: session.moderator,
    };
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(AuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session (the token and the cookie stop working at once)' })
  async logout(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(request.sessionToken!);
    clearSessionCookies(request, reply);
  }

  @Get('me')
  @UseGuards(AuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who is logged in, their role and sites, and the CSRF token for cookie writes' })
  me(@CurrentModerator() moderator: Moderator, @Req() request: AuthenticatedRequest) {
    return { moderator, csrfToken: this.auth.csrfTokenFor(request.sessionToken!) };
  }
}
