import { field, h } from './dom';
import { Strings } from './i18n';

/** The contract's `notify` values, in the order of `notifyChoices`: none, replies to my comment, the whole thread. */
const VALUES = ['', 'replies', 'thread'];

/** The "email me" choice; the first subscription of an address is confirmed by mail before any other mail goes. */
export function notifyField(t: Strings, uid: string): [HTMLParagraphElement, HTMLSelectElement] {
  const id = `${uid}-notify`;
  const select = h('select', { id, name: 'notify' });
  VALUES.forEach((value, i) => select.append(h('option', { value }, t.notifyChoices[i])));
  return [field(t.notify, select), select];
}
