import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { UnauthorizedError } from '@app/comments';
import { fieldErrorsOf, RequestValidationPipe } from '../http/request-validation';

/** No account has a longer address or password; a longer one is refused before any password hashing. */
const MAX_EMAIL = 255;
export const MAX_PASSWORD = 1024;

/** POST /v1/auth/login, as JSON or as a form. */
export class LoginDto {
  @ApiProperty({ maxLength: MAX_EMAIL })
  @IsNotEmpty({ message: 'email is required.', context: { code: 'required' } })
  @IsString({ message: 'email is text.' })
  @MaxLength(MAX_EMAIL, {
    message: `email is at most ${MAX_EMAIL} characters.`,
    context: { code: 'too_long' },
  })
  email!: string;

  @ApiProperty({ maxLength: MAX_PASSWORD })
  @IsNotEmpty({ message: 'password is required.', context: { code: 'required' } })
  @IsString({ message: 'password is text.' })
  @MaxLength(MAX_PASSWORD, {
    message: `password is at most ${MAX_PASSWORD} characters.`,
    context: { code: 'too_long' },
  })
  password!: string;
}

/**
 * The login body's rules, answered with the contract's 401 (a login is "200, or 401 otherwise") whose detail names
 * each bad field. Nothing is counted against the login throttle: no password was tried.
 */
@Injectable()
export class LoginBodyPipe extends RequestValidationPipe {
  constructor() {
    super('body');
    this.exceptionFactory = (errors) =>
      new UnauthorizedError(
        `Send an email and a password: ${fieldErrorsOf(errors)
          .map((e) => e.message)
          .join(' ')}`,
      );
  }
}
