type Child = Node | string | null | undefined | false;

/** Builds an element from attributes and children; strings become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== false && value !== undefined) element.setAttribute(name, value === true ? '' : value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A `type=button` button that runs `act` when pressed. */
export function button(
  attributes: Record<string, string | boolean | undefined>,
  label: Child,
  act: () => void,
): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', act);
  return element;
}

/** A control and its visible label, one per paragraph; the control's id ties them. */
export const field = (label: Child, control: HTMLElement): HTMLParagraphElement =>
  h('p', { class: 'field' }, h('label', { for: control.id }, label), control);
