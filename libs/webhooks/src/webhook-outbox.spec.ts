import { StatusChange } from '@app/comments';
import { CommentRow, Queryable } from '@app/db';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookRelay } from './webhook-relay';
import { WebhooksRepository } from './webhooks.repository';

const tx = {} as Queryable;

function published(id: string, siteId: string): StatusChange {
  const comment = {
    id,
    siteId,
    threadId: 't1',
    parentId: null,
    authorName: 'रीना शर्मा',
    authorUrl: null,
    body: 'लावरोव की चेतावनी गंभीर है, सरकार को इस पर सोचना चाहिए।',
    status: 'published',
    createdAt: new Date(),
    editedAt: null,
    likeCount: 0,
    featured: false,
  } as unknown as CommentRow;
  return { comment, previous: 'queued' };
}

/** The outbox over a repository whose only site with an endpoint is `with-hook`, counting the relay's nudges. */
function outbox() {
  const inserted: unknown[] = [];
  const repository = {
    enabledEndpointsOf: async (_tx: Queryable, siteIds: readonly string[]) =>
      new Map(
        siteIds
          .filter((siteId) => siteId === 'with-hook')
          .map((siteId) => [siteId, [{ id: 'ep1', events: ['comment.published'] }]]),
      ),
    insertDeliveries: async (_tx: Queryable, rows: unknown[]) => void inserted.push(...rows),
  } as unknown as WebhooksRepository;
  const relay = { nudges: 0, nudge: () => relay.nudges++ };
  return { outbox: new WebhookOutbox(repository, relay as unknown as WebhookRelay), relay, inserted };
}

describe('WebhookOutbox', () => {
  it('nudges the relay after a commit that wrote deliveries', async () => {
    const { outbox: listener, relay, inserted } = outbox();
    const changes = [published('c1', 'no-hook'), published('c2', 'with-hook')];
    await listener.inTransaction(tx, changes);
    expect(inserted).toHaveLength(1);
    listener.afterCommit(changes);
    expect(relay.nudges).toBe(1);
  });

  it('leaves the relay alone after a commit that wrote none: no site had an endpoint', async () => {
    const { outbox: listener, relay, inserted } = outbox();
    const changes = [published('c1', 'no-hook'), published('c2', 'no-hook')];
    await listener.inTransaction(tx, changes);
    listener.afterCommit(changes);
    expect(inserted).toHaveLength(0);
    expect(relay.nudges).toBe(0);
  });

  it("does not nudge for another transaction's deliveries", async () => {
    const { outbox: listener, relay } = outbox();
    const writing = [published('c1', 'with-hook')];
    const quiet = [published('c2', 'no-hook')];
    await listener.inTransaction(tx, writing);
    await listener.inTransaction(tx, quiet);
    // The quiet batch commits first: its nudge would run before the other's rows are visible.
    listener.afterCommit(quiet);
    expect(relay.nudges).toBe(0);
    listener.afterCommit(writing);
    expect(relay.nudges).toBe(1);
  });
});
