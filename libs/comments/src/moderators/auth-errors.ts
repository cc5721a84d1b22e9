// The errors live with the other domain errors at the lib root; this path stays for its importers.
export { ConflictError, UnauthorizedError } from '../domain-errors';
