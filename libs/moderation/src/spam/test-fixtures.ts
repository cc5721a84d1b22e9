/** The spam specs' fixtures are the shared builders (testing/check-fixtures.ts); this path stays for their imports. */
export * from '../testing/check-fixtures';
