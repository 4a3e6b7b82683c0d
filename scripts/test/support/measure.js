// Page functions for the end-to-end layout tests. Each is passed to page.evaluate(), so each is
// self-contained (no closures over this module). Each looks into the test frame when there is
// one, else at the page itself, and walks shadow roots.

/** Sideways scroll, blank space below the content, and the elements that stick out. */
export function reflowReport() {
  const frame = document.querySelector('iframe[title="page under test"]');
  const doc = frame ? frame.contentDocument : document;
  const win = doc.defaultView;
  const root = doc.documentElement;
  const viewport = root.clientWidth;
  const culprits = [];
  const describe = (el) =>
    `${el.localName}${el.id ? '#' + el.id : ''}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}${
      typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : ''
    }`;
  const walk = (node, path) => {
    for (const el of node.children ?? []) {
      const r = el.getBoundingClientRect();
      const here = `${path} > ${describe(el)}`;
      if (r.width > 0 && r.right + win.scrollX > viewport + 1)
        culprits.push(`${here} (right edge ${Math.round(r.right + win.scrollX)} px)`);
      if (el.shadowRoot) walk(el.shadowRoot, `${here}::shadow`);
      walk(el, here);
    }
  };
  walk(doc.body, 'body');
  const body = doc.body.getBoundingClientRect();
  const bodyBottom = body.bottom + win.scrollY + parseFloat(win.getComputedStyle(doc.body).marginBottom || '0');
  return {
    viewport,
    scrollWidth: root.scrollWidth,
    sideways: root.scrollWidth - viewport,
    blankBelow: Math.round(root.scrollHeight - Math.max(bodyBottom, win.innerHeight)),
    // Innermost first: the deepest element that sticks out is the one to fix.
    culprits: culprits.reverse().slice(0, 6),
  };
}

/**
 * Text boxes of different text nodes that overlap on screen (ignoring text that is clipped
 * away, as visually hidden text is), plus controls that are shown. Used under print emulation.
 */
export function overlapReport(controlSelector) {
  const frame = document.querySelector('iframe[title="page under test"]');
  const doc = frame ? frame.contentDocument : document;
  const win = doc.defaultView;
  const parentOf = (n) => (n.parentNode instanceof win.ShadowRoot ? n.parentNode.host : n.parentNode);
  const clipBoxes = (el) => {
    const boxes = [];
    for (let a = el; a && a.nodeType === 1; a = parentOf(a)) {
      const s = win.getComputedStyle(a);
      if (
        s.overflowX !== 'visible' ||
        s.overflowY !== 'visible' ||
        s.clipPath !== 'none' ||
        (s.clip && s.clip !== 'auto')
      ) {
        boxes.push(a.getBoundingClientRect());
      }
    }
    return boxes;
  };
  const visible = (r, clips) => {
    let { left, top, right, bottom } = r;
    for (const c of clips) {
      left = Math.max(left, c.left);
      top = Math.max(top, c.top);
      right = Math.min(right, c.right);
      bottom = Math.min(bottom, c.bottom);
    }
    return right - left > 2 && bottom - top > 2 ? { left, top, right, bottom } : null;
  };
  const boxes = [];
  const controls = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && child.textContent.trim()) {
        const el = child.parentElement ?? parentOf(child);
        if (!el || win.getComputedStyle(el).visibility === 'hidden') continue;
        const range = doc.createRange();
        range.selectNodeContents(child);
        const clips = clipBoxes(el);
        for (const r of range.getClientRects()) {
          const v = visible(r, clips);
          if (v) boxes.push({ ...v, text: child.textContent.trim().slice(0, 40), node: child });
        }
      } else if (child.nodeType === 1) {
        if (controlSelector && child.matches(controlSelector) && child.getClientRects().length > 0) {
          const v = visible(child.getBoundingClientRect(), clipBoxes(child));
          if (v)
            controls.push(
              `${child.localName}${child.getAttribute('part') ? `[part="${child.getAttribute('part')}"]` : ''}: ${(child.textContent || child.getAttribute('aria-label') || '').trim().slice(0, 40)}`,
            );
        }
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(doc.body);
  boxes.sort((a, b) => a.top - b.top);
  const overlaps = [];
  for (let i = 0; i < boxes.length && overlaps.length < 8; i++) {
    const a = boxes[i];
    for (let j = i + 1; j < boxes.length && boxes[j].top < a.bottom; j++) {
      const b = boxes[j];
      if (a.node === b.node) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 3 && h > 3)
        overlaps.push(`"${a.text}" overlaps "${b.text}" at (${Math.round(b.left)}, ${Math.round(b.top)})`);
    }
  }
  return { boxes: boxes.length, overlaps, controls };
}

/** Buttons whose text colour equals their background (a blank box), with their texts. */
export function blankButtons() {
  const frame = document.querySelector('iframe[title="page under test"]');
  const doc = frame ? frame.contentDocument : document;
  const win = doc.defaultView;
  const parentOf = (n) => (n.parentNode instanceof win.ShadowRoot ? n.parentNode.host : n.parentNode);
  const background = (el) => {
    for (let a = el; a && a.nodeType === 1; a = parentOf(a)) {
      const bg = win.getComputedStyle(a).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
    }
    return win.getComputedStyle(doc.documentElement).backgroundColor || 'rgb(255, 255, 255)';
  };
  const found = [];
  let count = 0;
  const walk = (node) => {
    for (const el of node.children ?? []) {
      if (el.localName === 'button' && el.getClientRects().length) {
        count++;
        const color = win.getComputedStyle(el).color;
        const bg = background(el);
        if (color === bg)
          found.push(`${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)} (${color} on ${bg})`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(doc.body);
  return { count, found };
}

/** Text nodes and the language that applies to each (the closest lang, across shadow roots). */
export function textLanguages() {
  const frame = document.querySelector('iframe[title="page under test"]');
  const doc = frame ? frame.contentDocument : document;
  const win = doc.defaultView;
  const parentOf = (n) => (n.parentNode instanceof win.ShadowRoot ? n.parentNode.host : n.parentNode);
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent.replace(/\s+/g, ' ').trim();
        if (!text) continue;
        let lang = '';
        for (let a = child.parentElement ?? parentOf(child); a; a = parentOf(a)) {
          if (a.nodeType === 1 && a.hasAttribute('lang')) {
            lang = a.getAttribute('lang');
            break;
          }
        }
        out.push([text, lang]);
      } else if (child.nodeType === 1 && !['script', 'style', 'template'].includes(child.localName)) {
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(doc.body);
  return out;
}

/**
 * The boxes of the text inside an element (the `index`th match of `selector` in the shadow root
 * of `host`), relative to the element's own box, in device pixels:
 * where to look for the text in a screenshot of the element.
 */
export function textBoxesIn(host, selector, index) {
  const element = document.querySelector(host).shadowRoot.querySelectorAll(selector)[index];
  const box = element.getBoundingClientRect();
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && child.textContent.trim()) {
        const range = document.createRange();
        range.selectNodeContents(child);
        for (const r of range.getClientRects()) {
          out.push(
            [r.left - box.left, r.top - box.top, r.width, r.height].map((v) => Math.round(v * devicePixelRatio)),
          );
        }
      } else if (child.nodeType === 1) walk(child);
    }
  };
  walk(element);
  return out;
}

/**
 * The highest contrast ratio between any two colours of a PNG (base64), decoded by the page
 * itself, within each of `regions` ([x, y, width, height]; the whole image when none): the lowest
 * of them. A blank box, or text painted in the colour behind it, has 1; legible text 3 or more.
 */
export async function pngContrast(base64, regions) {
  const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(bitmap, 0, 0);
  const channel = (v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const ratioIn = ([x, y, w, h]) => {
    const left = Math.max(0, x);
    const top = Math.max(0, y);
    const width = Math.min(bitmap.width - left, w);
    const height = Math.min(bitmap.height - top, h);
    if (width <= 0 || height <= 0) return 1;
    const { data } = ctx.getImageData(left, top, width, height);
    let min = 1;
    let max = 0;
    for (let i = 0; i < data.length; i += 4) {
      const l = 0.2126 * channel(data[i]) + 0.7152 * channel(data[i + 1]) + 0.0722 * channel(data[i + 2]);
      if (l < min) min = l;
      if (l > max) max = l;
    }
    return (max + 0.05) / (min + 0.05);
  };
  const list = regions?.length ? regions : [[0, 0, bitmap.width, bitmap.height]];
  return Math.min(...list.map(ratioIn));
}

/** Every text of the page, including the elements' shadow roots, as one string. */
export function deepText() {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return parts.join(' ').replace(/\s+/g, ' ');
}
