/** The widget's identicon (apps/widget/src/identicon.ts), drawn as markup for the page without JavaScript. */
export function identiconSvg(seed: string, size = 40): string {
  let h = 0x811c9dc5;
  const text = seed || '?';
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const next = () => {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    return h;
  };
  const hue = next() % 360;
  const pattern = next();
  let cells = '';
  for (let y = 0; y < 5; y++) {
    for (let x = 0; x < 3; x++) {
      if (!((pattern >>> (y * 3 + x)) & 1)) continue;
      for (const column of x === 2 ? [2] : [x, 4 - x]) {
        cells += `<rect x="${column}" y="${y}" width="1" height="1" fill="hsl(${hue} 55% 42%)"/>`;
      }
    }
  }
  return `<svg class="avatar" viewBox="0 0 5 5" width="${size}" height="${size}" aria-hidden="true"><rect width="5" height="5" fill="hsl(${hue} 45% 94%)"/>${cells}</svg>`;
}
