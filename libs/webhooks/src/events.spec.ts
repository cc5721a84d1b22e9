import { eventsForTransition } from './events';

describe('eventsForTransition', () => {
  it.each([
    ['queued', 'published', ['comment.published']],
    ['held', 'published', ['comment.published']],
    ['spam', 'published', ['comment.published']],
    ['rejected', 'published', ['comment.published']],
    ['published', 'rejected', ['comment.unpublished']],
    ['published', 'spam', ['comment.unpublished']],
    ['published', 'held', ['comment.unpublished', 'comment.held']],
    ['queued', 'held', ['comment.held']],
    ['queued', 'spam', []],
    ['held', 'rejected', []],
    ['published', 'published', []],
  ] as const)('%s → %s', (previous, next, events) =>
    expect(eventsForTransition(previous, next)).toEqual(events),
  );
});
