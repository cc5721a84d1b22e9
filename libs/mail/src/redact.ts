import { maskEmail } from '@app/comments';

// Wide on purpose: any token with an @ between word characters is treated as an address.
const ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/gu;

/** SMTP servers quote the recipient in their errors ("550 <x@y>: no such user"); mask it before it is kept or logged. */
export function redactAddresses(message: string): string {
  return message.replace(ADDRESS, (address) => maskEmail(address)).slice(0, 500);
}
