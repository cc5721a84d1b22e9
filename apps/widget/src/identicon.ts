const SVG = 'http://www.w3.org/2000/svg';

/** FNV-1a over the seed, then xorshift: enough bits for a colour and a 5×5 pattern, the same on every device. */
function bits(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return () => {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    return h;
  };
}

/** An SVG element with its attributes. */
function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]);
  return element;
}

/** A mirrored 5×5 identicon drawn from the comment's `avatar` seed (never from an email). */
export function identicon(seed: string): SVGSVGElement {
  const next = bits(seed || '?');
  const hue = next() % 360;
  const pattern = next();
  let d = '';
  for (let y = 0; y < 5; y++) {
    for (let x = 0; x < 3; x++) {
      if (!((pattern >>> (y * 3 + x)) & 1)) continue;
      for (const column of x === 2 ? [2] : [x, 4 - x]) d += `M${column} ${y}h1v1h-1z`;
    }
  }
  const icon = svg('svg', {
    viewBox: '0 0 5 5',
    width: '40',
    height: '40',
    'aria-hidden': 'true',
    class: 'avatar',
  });
  // one path rather than a rect per cell: a 100-comment thread builds a few hundred nodes fewer
  icon.append(
    svg('rect', { width: '5', height: '5', fill: `hsl(${hue} 45% 94%)` }),
    svg('path', { d, fill: `hsl(${hue} 55% 42%)` }),
  );
  return icon;
}
