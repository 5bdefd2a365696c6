// hwchar drawing page: draw on the canvas (pointer events cover mouse, pen and touch),
// the top-5 prediction updates while drawing; no libraries, no CDN.
(() => {
  const pad = document.getElementById('pad'), ctx = pad.getContext('2d');
  const $ = id => document.getElementById(id);
  let drawing = false, dirty = false, busy = false, last = null;

  function reset() {
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, pad.width, pad.height);
    dirty = false; show(null); $('error').textContent = '';
  }
  function pos(e) {
    const r = pad.getBoundingClientRect();
    return [(e.clientX - r.left) * pad.width / r.width, (e.clientY - r.top) * pad.height / r.height];
  }
  function stroke(p) {
    ctx.strokeStyle = '#000'; ctx.lineWidth = +$('pen').value; ctx.lineCap = ctx.lineJoin = 'round';
    ctx.beginPath(); ctx.moveTo(...(last || p)); ctx.lineTo(...p); ctx.stroke();
    last = p; dirty = true;
  }
  pad.addEventListener('pointerdown', e => { drawing = true; last = null; pad.setPointerCapture(e.pointerId); stroke(pos(e)); });
  pad.addEventListener('pointermove', e => { if (drawing) { stroke(pos(e)); schedule(); } });
  ['pointerup', 'pointercancel'].forEach(t => pad.addEventListener(t, () => { if (drawing) { drawing = false; last = null; schedule(0); } }));

  let timer = null;
  function schedule(ms = 150) { clearTimeout(timer); timer = setTimeout(send, ms); }

  function show(r) {
    const res = $('result');
    if (!r) { $('label').textContent = '?'; $('confidence').textContent = 'draw something'; $('top').innerHTML = ''; res.className = ''; return; }
    $('label').textContent = r.label;
    $('confidence').textContent = `${(100 * r.confidence).toFixed(1)}% sure` + (r.uncertain ? ' (uncertain)' : '');
    res.className = r.uncertain ? 'uncertain' : '';
    $('top').innerHTML = r.top.map(t => `<li data-label="${t.label}"><b>${t.label}</b> ${(100 * t.probability).toFixed(1)}%<span class="bar" style="width:${Math.round(120 * t.probability)}px"></span></li>`).join('');
  }
  async function post(body, headers) {
    const q = `predict?top_k=5&charset=${encodeURIComponent($('charset').value)}`;
    const resp = await fetch(q, { method: 'POST', body, headers });
    const data = await resp.json();
    if (!resp.ok) { show(null); $('error').textContent = data.message || 'error'; return; }
    $('error').textContent = ''; show(data);
  }
  async function send() {
    if (!dirty || busy) { if (busy) schedule(); return; }
    busy = true;
    try { await post(JSON.stringify({ image: pad.toDataURL('image/png') }), { 'Content-Type': 'application/json' }); }
    catch (err) { $('error').textContent = String(err); }
    finally { busy = false; }
  }
  $('clear').addEventListener('click', reset);
  $('charset').addEventListener('change', () => schedule(0));
  $('file').addEventListener('change', async e => {
    const f = e.target.files[0]; if (!f) return;
    const fd = new FormData(); fd.append('file', f);
    reset();
    const img = new Image(); img.onload = () => { const s = Math.min(pad.width / img.width, pad.height / img.height); ctx.drawImage(img, 0, 0, img.width * s, img.height * s); URL.revokeObjectURL(img.src); };
    img.src = URL.createObjectURL(f);
    try { await post(fd); } catch (err) { $('error').textContent = String(err); }
  });
  reset();
})();
