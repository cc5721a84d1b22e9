import { siteSettingsWithDefaults } from '../site-settings';
import { aComment, aContext, checksOf, NO_HISTORY } from '../testing/check-fixtures';
import { AuthorHistory, Premoderation } from '../types';
import { premoderation } from './premoderation';

const held = (mode: Premoderation, author: Partial<AuthorHistory> = {}) =>
  checksOf(
    premoderation,
    aComment(),
    aContext({
      site: siteSettingsWithDefaults({ id: 'news', premoderation: mode }),
      author: { ...NO_HISTORY, ...author },
    }),
  ).map((c) => c.reason);

describe('premoderation', () => {
  it('holds nothing when the site does not premoderate', () => {
    expect(held('none')).toEqual([]);
  });

  it('holds a first comment only, under first-time', () => {
    expect(held('first-time')).toEqual([
      "This is the author's first comment here; this site reviews first comments.",
    ]);
    expect(held('first-time', { approvedCount: 1 })).toEqual([]);
  });

  it('holds every comment under all, even from an author with approvals', () => {
    expect(held('all', { approvedCount: 12 })).toEqual([
      'This site reviews every comment before it appears.',
    ]);
  });

  it('lets a trusted author skip both', () => {
    expect(held('all', { trusted: true })).toEqual([]);
    expect(held('first-time', { trusted: true })).toEqual([]);
  });
});
