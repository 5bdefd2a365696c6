// hwchar drawing page: one character (POST /predict) or a line (POST /read with an optional reader, pattern and lexicon).
// Pointer events cover mouse, pen and touch; the answer updates while drawing. No libraries, no CDN.
// body[data-state] is 'busy' while a request is due or in flight and 'idle' once the answer is shown.
(() => {
  const pad = document.getElementById('pad'), ctx = pad.getContext('2d');
  const over = document.getElementById('boxes'), octx = over.getContext('2d');
  const $ = id => document.getElementById(id);
  const SIZES = { char: [280, 280], line: [840, 240] };
  let mode = 'char', drawing = false, dirty = false, busy = false, last = null, timer = null, scale = 1;   // scale: canvas px per input px (uploads)

  function state() { document.body.dataset.state = (busy || timer !== null) ? 'busy' : 'idle'; }
  function reset() {
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, pad.width, pad.height);
    octx.clearRect(0, 0, over.width, over.height);
    dirty = false; scale = 1; show(null); $('error').textContent = '';
  }
  function setMode(m) {
    mode = m; document.body.dataset.mode = m;
    [pad.width, pad.height] = SIZES[m]; [over.width, over.height] = SIZES[m];
    $('hint').textContent = m === 'line'
      ? 'Write a word, a code or a number in block characters; each character gets its box, its alternatives and the 28x28 image the model saw.'
      : 'Draw one character (0-9, A-Z) with the mouse, a pen or a finger, or upload a picture.';
    reset();
  }
  function pos(e) {
    const r = pad.getBoundingClientRect();
    return [(e.clientX - r.left) * pad.width / r.width, (e.clientY - r.top) * pad.height / r.height];
  }
  function stroke(p) {
    const k = pad.width / pad.getBoundingClientRect().width;      // keep the pen width on screen whatever the canvas scale
    ctx.strokeStyle = '#000'; ctx.lineWidth = +$('pen').value * (mode === 'line' ? 0.6 : 1) * Math.max(1, k * 0.8); ctx.lineCap = ctx.lineJoin = 'round';
    ctx.beginPath(); ctx.moveTo(...(last || p)); ctx.lineTo(...p); ctx.stroke();
    last = p; dirty = true;
  }
  pad.addEventListener('pointerdown', e => { e.preventDefault(); drawing = true; last = null; pad.setPointerCapture(e.pointerId); stroke(pos(e)); });
  pad.addEventListener('pointermove', e => { if (drawing) { stroke(pos(e)); if (mode === 'char') schedule(); } });
  ['pointerup', 'pointercancel'].forEach(t => pad.addEventListener(t, () => { if (drawing) { drawing = false; last = null; schedule(mode === 'line' ? 400 : 0); } }));

  function schedule(ms = 150) { clearTimeout(timer); timer = setTimeout(() => { timer = null; send(); }, ms); state(); }

  const esc = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  function show(r) {
    const res = $('result');
    octx.clearRect(0, 0, over.width, over.height);
    $('seen').innerHTML = '';
    if (!r) { $('label').textContent = '?'; $('confidence').textContent = mode === 'line' ? 'write something' : 'draw something'; $('top').innerHTML = ''; res.className = ''; return; }
    if (mode === 'line') {
      const chars = r.characters, unsure = chars.some(c => c.uncertain);
      $('label').textContent = r.text;
      const alts = (r.lines || []).flatMap(l => (l.alternatives || []).slice(1, 3).map(a => a.text));
      $('confidence').textContent = `${chars.length} character${chars.length === 1 ? '' : 's'}` + (r.pattern ? ` fitting ${r.pattern}` : '') +
        (r.lexicon ? ` from a lexicon of ${r.lexicon}` : '') + (unsure ? ' (some uncertain)' : '') + (alts.length ? `; or: ${alts.join(', ')}` : '');
      res.className = unsure ? 'uncertain' : '';
      $('top').innerHTML = '';
      octx.lineWidth = 2; octx.font = `${Math.round(over.height / 10)}px system-ui`;
      chars.forEach(c => {
        const [x, y, w, h] = c.box.map(v => v * scale);
        octx.strokeStyle = c.uncertain ? '#d08000' : '#2a7a2a'; octx.strokeRect(x, y, w, h);
        octx.fillStyle = octx.strokeStyle; octx.fillText(c.label, x, Math.max(14, y - 3));
      });
      $('seen').innerHTML = chars.map(c => `<figure data-label="${esc(c.label)}"><img alt="28x28 input for ${esc(c.label)}" src="${c.glyph}"><figcaption><b>${esc(c.label)}</b> ${(100 * c.confidence).toFixed(0)}%<br><span class="alts">${c.alternatives.map(esc).join(' ')}</span></figcaption></figure>`).join('');
      return;
    }
    $('label').textContent = r.label;
    $('confidence').textContent = `${(100 * r.confidence).toFixed(1)}% sure` + (r.uncertain ? ' (uncertain)' : '');
    res.className = r.uncertain ? 'uncertain' : '';
    $('top').innerHTML = r.top.map(t => `<li data-label="${esc(t.label)}"><b>${esc(t.label)}</b> ${(100 * t.probability).toFixed(1)}%<span class="bar" style="width:${Math.round(120 * t.probability)}px"></span></li>`).join('');
    if (r.glyph) $('seen').innerHTML = `<figure><img alt="28x28 input" src="${r.glyph}"><figcaption>what the model saw</figcaption></figure>`;
  }
  const lexFile = () => mode === 'line' && $('method').value !== 'segment' ? $('lexfile').files[0] : undefined;
  function readQuery() {
    const pat = $('pattern').value.trim(), lex = $('lexicon').value.trim(), method = $('method').value;
    return `read?glyphs=1&top_k=3&prior=${$('prior').checked ? 1 : 0}` + (method ? `&method=${method}` : '') + (pat ? `&pattern=${encodeURIComponent(pat)}` : '') +
      (lex && method !== 'segment' && !lexFile() ? `&lexicon=${encodeURIComponent(lex)}` : '');
  }
  async function post(body, headers) {
    const q = mode === 'line' ? readQuery() : `predict?top_k=5&glyph=1&charset=${encodeURIComponent($('charset').value)}`;
    if (lexFile()) {                                 // a lexicon file goes beside the image, in one multipart request
      if (!(body instanceof FormData)) { const fd = new FormData(); fd.append('file', await new Promise(r => pad.toBlob(r, 'image/png')), 'pad.png'); body = fd; headers = undefined; }
      body.set('lexicon', lexFile());
    }
    const resp = await fetch(q, { method: 'POST', body, headers });
    const data = await resp.json();
    if (!resp.ok) { show(null); $('error').textContent = data.message || 'error'; return; }
    $('error').textContent = ''; show(data);
  }
  async function send() {
    if (!dirty) { state(); return; }
    if (busy) { schedule(); return; }
    busy = true; state();
    try { await post(JSON.stringify({ image: pad.toDataURL('image/png') }), { 'Content-Type': 'application/json' }); }
    catch (err) { $('error').textContent = String(err); }
    finally { busy = false; state(); }
  }
  $('clear').addEventListener('click', reset);
  $('charset').addEventListener('change', () => schedule(0));
  $('prior').addEventListener('change', () => schedule(0));
  $('pattern').addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); schedule(0); } });
  $('pattern').addEventListener('change', () => schedule(0));
  $('lexicon').addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); schedule(0); } });
  ['lexicon', 'lexfile', 'method'].forEach(id => $(id).addEventListener('change', () => schedule(0)));
  document.querySelectorAll('input[name=mode]').forEach(r => r.addEventListener('change', () => setMode(r.value)));
  document.addEventListener('keydown', e => { if (e.key === 'Escape') reset(); });
  $('file').addEventListener('change', async e => {
    const f = e.target.files[0]; if (!f) return;
    const fd = new FormData(); fd.append('file', f);
    reset();
    const img = new Image(); img.onload = () => { const s = Math.min(pad.width / img.width, pad.height / img.height); scale = s; ctx.drawImage(img, 0, 0, img.width * s, img.height * s); URL.revokeObjectURL(img.src); };
    img.src = URL.createObjectURL(f);
    busy = true; state();
    try { await post(fd); } catch (err) { $('error').textContent = String(err); } finally { busy = false; state(); }
  });
  setMode('char');
})();
