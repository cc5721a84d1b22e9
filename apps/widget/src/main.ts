import { CommentThread } from './thread';

/**
 * Two ways in: `<comment-thread site thread lang>` anywhere on the page, or this script tag with
 * `data-site`, `data-thread`, `data-lang`, which puts a `<comment-thread>` right after itself.
 */
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) CommentThread.defaultApi = new URL(script.src).origin;

if (!customElements.get('comment-thread')) customElements.define('comment-thread', CommentThread);

if (script?.dataset.site && script.dataset.thread) {
  const element = document.createElement('comment-thread');
  for (const name of ['site', 'thread', 'lang', 'api']) {
    const value = script.dataset[name];
    if (value) element.setAttribute(name, value);
  }
  script.after(element);
}
