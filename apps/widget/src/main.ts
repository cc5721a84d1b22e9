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
  element.setAttribute('site', script.dataset.site);
  element.setAttribute('thread', script.dataset.thread);
  if (script.dataset.lang) element.setAttribute('lang', script.dataset.lang);
  if (script.dataset.api) element.setAttribute('api', script.dataset.api);
  script.after(element);
}
