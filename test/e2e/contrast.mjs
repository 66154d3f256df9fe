// WCAG AA contrast inside a webview, measured the way a reader sees it: for every visible piece of
// text (and every CSS ::before/::after text), its computed colour against the background actually
// behind it (each ancestor's background colour and one-colour gradient, composited with alpha
// until opaque). Text needs 4.5:1, large text (24 px, or 18.66 px bold) 3:1, and marks that are
// only symbols hidden from screen readers (✓ ✗ + − beside words) 3:1, as non-text contrast.
// Disabled controls are exempt (WCAG 1.4.3), as is text a screen reader alone gets (.sr-only).

/** Runs inside the webview document; returns every text below its threshold. */
export function pageContrastFailures() {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const cache = new Map();
  /** Any CSS colour → {r, g, b, a} (0–255, a 0–1), through the canvas so every syntax works. */
  function rgba(css) {
    if (cache.has(css)) return cache.get(css);
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = 'rgba(0, 0, 0, 0)';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    const c = { r, g, b, a: a / 255 };
    cache.set(css, c);
    return c;
  }
  const over = (top, bottom) => {
    const a = top.a + bottom.a * (1 - top.a);
    if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
    const mix = (x, y) => (x * top.a + y * bottom.a * (1 - top.a)) / a;
    return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
  };
  /** A background-image that is one colour (linear-gradient(c, c)) counts as a colour layer. */
  function gradientColour(image) {
    if (!image || image === 'none') return undefined;
    const m = /^linear-gradient\((.*)\)$/.exec(image.trim());
    if (!m) return undefined;
    const parts = m[1].split(/,(?![^(]*\))/).map((p) => p.trim());
    return parts.length === 2 && parts[0] === parts[1] ? rgba(parts[0]) : undefined;
  }
  /** The opaque colour behind `el`: its own and its ancestors' layers, topmost first. */
  function background(el) {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      const g = gradientColour(s.backgroundImage);
      if (g && g.a > 0) layers.push(g);
      const c = rgba(s.backgroundColor);
      if (c.a > 0) layers.push(c);
      if (layers.length && layers[layers.length - 1].a >= 1) break;
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    if (!layers.length || layers[layers.length - 1].a < 1) bg = rgba(getComputedStyle(document.documentElement).backgroundColor || 'white');
    if (bg.a < 1) bg = over(bg, { r: 255, g: 255, b: 255, a: 1 });
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  }
  const lum = ({ r, g, b }) => {
    const f = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  function opacity(el) {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  }
  const srOnly = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clip === 'rect(0px, 0px, 0px, 0px)' || (s.position === 'absolute' && parseFloat(s.width) <= 1 && s.overflow === 'hidden')) return true;
    }
    return false;
  };
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`);
    }
    return parts.join(' > ');
  };
  const symbolsOnly = (t) => !/[\p{L}\p{N}]/u.test(t);
  const failures = [];
  const seen = new Set();
  function check(el, text, style, hidden) {
    const fg0 = rgba(style.color);
    const fg = { ...fg0, a: fg0.a * opacity(el) };
    const bg = background(el);
    const shown = over(fg, bg);
    const r = ratio(shown, bg);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (size >= 18.66 && bold);
    const mark = symbolsOnly(text) && hidden;
    const need = large || mark ? 3 : 4.5;
    if (r + 1e-6 < need) {
      const where = describe(el);
      const key = `${where}|${style.color}|${need}`;
      if (seen.has(key)) return;
      seen.add(key);
      const hex = (c) => `#${[c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
      failures.push({ text: text.trim().slice(0, 40), where, ratio: Number(r.toFixed(2)), need, color: hex(shown), background: hex(bg) });
    }
  }
  let checked = 0;
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE', 'OPTION', 'svg'].includes(el.tagName)) continue;
    if (!el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible') continue;
    if (el.closest('[disabled], [aria-disabled="true"]') || srOnly(el)) continue;
    const hidden = el.closest('[aria-hidden="true"]') !== null;
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
    if (own.trim()) {
      check(el, own, style, hidden);
      checked++;
    }
    for (const pseudo of ['::before', '::after']) {
      const ps = getComputedStyle(el, pseudo);
      const content = ps.content;
      if (!content || content === 'none' || content === 'normal') continue;
      // 'text' or "text" / "alt": the drawn text is the first string; an empty alt hides it from readers.
      const m = /^"((?:[^"\\]|\\.)*)"(\s*\/\s*"")?/.exec(content);
      if (!m || !m[1].trim()) continue;
      check(el, m[1], ps, hidden || m[2] !== undefined);
      checked++;
    }
  }
  return { checked, failures };
}

/** Checks the document of a webview (a Playwright FrameLocator); returns { checked, failures }. */
export async function contrastOf(doc) {
  return doc.locator('body').evaluate(pageContrastFailures);
}
