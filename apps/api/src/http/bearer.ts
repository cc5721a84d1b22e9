/** The token of an `Authorization: Bearer …` header, if there is one. */
export const bearerOf = (authorization: string | undefined): string | undefined =>
  /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
