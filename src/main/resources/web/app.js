// briefcheck page. Every string from the user or the server is put in the page with textContent or
// as a form value, never as HTML: captions are attacker-controlled text.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const DEBOUNCE_MS = 400;

  /** Creates an element with a class and text; children may follow. */
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // ---------- talking to the server ----------

  async function api(path, options) {
    let res;
    try {
      res = await fetch(path, Object.assign({ credentials: 'same-origin' }, options || {}));
    } catch (e) {
      throw new Error('Could not reach briefcheck. Is "briefcheck serve" still running?');
    }
    const type = res.headers.get('Content-Type') || '';
    if (!res.ok) {
      let message = 'briefcheck answered with error ' + res.status + '.';
      if (type.startsWith('application/json')) {
        try { message = (await res.json()).message || message; } catch (e) { /* keep the generic message */ }
      }
      throw new Error(message);
    }
    return res;
  }

  const getJson = async (path) => (await api(path)).json();

  /** POST /api/check; a form with files (FormData) is sent without a content type, so the browser sets its boundary. */
  function checkRequest(body, name, contentType, format) {
    const q = new URLSearchParams({ name: name || 'input.yaml' });
    if (format) q.set('format', format);
    return api('/api/check?' + q.toString(), {
      method: 'POST', headers: contentType ? { 'Content-Type': contentType } : {}, body: body
    });
  }

  /** Whether the message shown is about the draft's last check (its next answer clears it), not about something the user did. */
  let statusOfDraftCheck = false;

  function showStatus(message, ofDraftCheck) {
    const s = $('status');
    statusOfDraftCheck = !!ofDraftCheck;
    if (!message) { s.hidden = true; s.textContent = ''; return; }
    s.textContent = message;
    s.hidden = false;
  }

  // ---------- tabs ----------

  const tabs = [$('tab-draft'), $('tab-brief')];

  function selectTab(tab, focus) {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
  }

  for (const t of tabs) {
    t.addEventListener('click', () => selectTab(t, false));
    t.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(t);
      if (e.key === 'ArrowRight') selectTab(tabs[(i + 1) % tabs.length], true);
      else if (e.key === 'ArrowLeft') selectTab(tabs[(i + tabs.length - 1) % tabs.length], true);
      else return;
      e.preventDefault();
    });
  }

  // ---------- shared finding rendering ----------

  function copyBox(text) {
    const box = el('div', 'fixed');
    box.appendChild(el('p', 'fixed-title', 'Suggested caption'));
    const pre = el('pre', 'fixed-text', text);
    box.appendChild(pre);
    const button = el('button', 'secondary copy', 'Copy');
    button.type = 'button';
    const said = el('span', 'copied', '');
    said.setAttribute('aria-live', 'polite');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        said.textContent = 'Copied.';
      } catch (e) {
        const range = document.createRange();
        range.selectNodeContents(pre);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        said.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
      }
    });
    box.appendChild(button);
    box.appendChild(said);
    return box;
  }

  function ruleLink(rule) {
    const a = el('a', 'rule', rule);
    a.href = '#rule=' + encodeURIComponent(rule);
    a.title = 'Why this matters';
    return a;
  }

  const FIX_SHOWN = 300;

  /** A fix that quotes a rewritten caption: the report cuts long quotes with "…"; the whole caption is the suggestion. */
  function shortFix(fix) {
    const chars = Array.from(fix); // code points, so an emoji is never cut in half
    if (chars.length > FIX_SHOWN) return chars.slice(0, FIX_SHOWN).join('').trimEnd() + '… (the whole caption is below)';
    return fix.includes('…') ? fix + ' (the whole caption is below)' : fix;
  }

  /** One finding as a list item: severity, rule, message, fix, and a fixed caption to copy. */
  function findingItem(f, where) {
    const li = el('li', 'finding sev-' + f.severity);
    const head = el('div', 'finding-head');
    head.appendChild(el('span', 'badge', f.severity));
    if (where) head.appendChild(where);
    head.appendChild(ruleLink(f.rule));
    if (f.market) head.appendChild(el('span', 'market', f.market));
    li.appendChild(head);
    li.appendChild(el('p', 'message', f.message));
    // other rules that found the same cause at the same place: their reasons, said once with one fix
    if (f.related && f.related.length) {
      const also = el('ul', 'related');
      for (const r of f.related) {
        const item = el('li', 'sev-' + r.severity, 'Also ');
        item.appendChild(ruleLink(r.rule));
        item.appendChild(document.createTextNode(': ' + r.message));
        also.appendChild(item);
      }
      li.appendChild(also);
    }
    // a rule that rewrites the caption gives the whole new caption as the finding's suggestion; the box
    // shows and copies it whole, so a long fix that quotes it is only shortened here
    if (f.fix) li.appendChild(el('p', 'fix', f.suggestion ? shortFix(f.fix) : f.fix));
    if (f.suggestion) li.appendChild(copyBox(f.suggestion));
    return li;
  }

  function summaryText(report) {
    const s = report.summary;
    if (!report.findings.length) return 'No findings: nothing to fix.';
    const parts = [];
    if (s.error) parts.push(s.error + (s.error === 1 ? ' error' : ' errors'));
    if (s.warning) parts.push(s.warning + (s.warning === 1 ? ' warning' : ' warnings'));
    if (s.info) parts.push(s.info + ' info');
    return parts.join(', ') + '.';
  }

  // ---------- saving files and keeping work ----------

  /** Offers text as a file to save, as the browser's download. */
  function saveFile(text, type, name) {
    const a = el('a');
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  /** localStorage, which a private window or a full disk may refuse: then the work is simply not kept. */
  const store = {
    get(key) {
      try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
    },
    set(key, value) {
      try { localStorage.setItem(key, JSON.stringify(value)); return true; } catch (e) { return false; }
    },
    clear(key) {
      try { localStorage.removeItem(key); } catch (e) { /* nothing was kept */ }
    }
  };
  const DRAFT_KEY = 'briefcheck.draft';
  const BRIEF_KEY = 'briefcheck.brief';

  /** One button per report format the server offers; each asks for the report of what is on screen. */
  function downloadButtons(container, makeRequest, baseName) {
    for (const f of reportFormats) {
      const b = el('button', 'secondary', 'Download ' + f.name.toUpperCase());
      b.type = 'button';
      b.disabled = true;
      b.dataset.format = f.name;
      b.addEventListener('click', async () => {
        try {
          const res = await makeRequest(f.name);
          saveFile(await res.text(), f.content_type, baseName().replace(/\.(ya?ml|json)$/i, '') + '-report.' + f.extension);
        } catch (e) {
          showStatus(e.message);
        }
      });
      container.appendChild(b);
    }
  }

  function setDownloadsEnabled(container, on) {
    for (const b of container.querySelectorAll('button')) b.disabled = !on;
  }

  /** Lets files be dropped on an element; the first is handed to {@code open}. */
  function dropTarget(element, open) {
    element.addEventListener('dragover', (e) => {
      if (!e.dataTransfer || !Array.from(e.dataTransfer.types).includes('Files')) return;
      e.preventDefault();
      element.classList.add('dropping');
    });
    element.addEventListener('dragleave', () => element.classList.remove('dropping'));
    element.addEventListener('drop', (e) => {
      element.classList.remove('dropping');
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      e.preventDefault();
      e.stopPropagation();
      open(e.dataTransfer.files[0]);
    });
  }

  // ---------- check my draft ----------

  let folds = {};
  let reportFormats = [];
  let draftSeq = 0;
  let draftTimer = null;
  let lastDraftReport = null;
  /** The draft's files: what the post names (image, file, subtitles) → the File picked. */
  const files = { video: null, subtitles: null };

  function fillSelect(select, values, chosen) {
    select.replaceChildren();
    for (const v of values) {
      const o = el('option', null, v.replace(/_/g, ' '));
      o.value = v;
      if (v === chosen) o.selected = true;
      select.appendChild(o);
    }
  }

  /** A text input inside a label whose name only screen readers hear. */
  function labelledInput(labelClass, name, inputClass, value, placeholder) {
    const label = el('label', labelClass);
    label.appendChild(el('span', 'visually-hidden', name));
    const input = el('input');
    input.value = value === undefined || value === null ? '' : String(value);
    input.placeholder = placeholder;
    input.className = inputClass;
    label.appendChild(input);
    return { label, input };
  }

  function removeButton(what, row, focusAfter) {
    const remove = el('button', 'secondary remove', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', 'Remove ' + what);
    remove.addEventListener('click', () => { row.remove(); renumberFrames(); scheduleDraft(); $(focusAfter).focus(); });
    return remove;
  }

  function addCue(at, text) {
    const li = el('li', 'cue');
    const { label: atLabel, input: atInput } = labelledInput('cue-at', 'Time', 'at', at, '0:03');
    atInput.setAttribute('inputmode', 'numeric');
    const { label: textLabel } = labelledInput('cue-text', 'What you say', 'text', text, 'What you say at that moment');
    li.append(atLabel, textLabel, removeButton('this transcript line', li, 'd-add-cue'));
    $('d-transcript').appendChild(li);
    return atInput;
  }

  /** The "hard to read" box of an on-screen text or a frame: ticked, its text does not count as a label. */
  function hardToRead(checked, text) {
    const label = el('label', 'check small');
    const box = el('input');
    box.type = 'checkbox';
    box.className = 'hard';
    box.checked = checked;
    label.append(box, document.createTextNode(text));
    return label;
  }

  function addOnScreen(cue) {
    const c = cue || {};
    const li = el('li', 'cue onscreen');
    const { label: atLabel, input: atInput } = labelledInput('cue-at', 'From', 'at', c.at, '0:00');
    const { label: untilLabel } = labelledInput('cue-at', 'Until', 'until', c.until, '0:04');
    const { label: textLabel } = labelledInput('cue-text', 'Text on screen', 'text', c.text, 'AD - Glow Botanics');
    const hard = hardToRead(c.legible === false, ' hard to read');
    li.append(atLabel, untilLabel, textLabel, hard, removeButton('this on-screen text', li, 'd-add-onscreen'));
    $('d-onscreen').appendChild(li);
    return atInput;
  }

  /** A file name the server accepts (letters, digits, dots, dashes; anything else becomes a dash), apart from the draft's other files. */
  function plainName(name, taken) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/g, '').slice(0, 10) : '';
    let base = (dot > 0 ? name.slice(0, dot) : name).replace(/[^A-Za-z0-9()_-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 60) || 'file';
    if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base += '-file'; // Windows' device names: the server refuses them
    let candidate = base + ext;
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = base + '-' + i + ext;
    return candidate;
  }

  /** Names already used by the draft's files, except {@code except}'s own. */
  function takenNames(except) {
    const taken = new Set();
    for (const row of $('d-frames').children) if (row !== except && row.imageName) taken.add(row.imageName.toLowerCase());
    for (const k of Object.keys(files)) if (files[k] && files[k] !== except) taken.add(files[k].name.toLowerCase());
    return taken;
  }

  function addFrame(frame) {
    const f = frame || {};
    const li = el('li', 'frame');
    const title = el('h4', 'frame-title', '');
    const { label: textLabel, input: textInput } = labelledInput('frame-text', 'Text on this frame', 'text', f.on_screen_text, '#ad Glow serum: day 1');
    textLabel.firstChild.classList.remove('visually-hidden');
    const { label: durLabel, input: durInput } = labelledInput('frame-duration', 'Seconds', 'duration', f.duration_s, '');
    durLabel.firstChild.classList.remove('visually-hidden');
    durInput.type = 'number';
    durInput.min = '0';
    durInput.step = 'any';
    const picLabel = el('label', 'file frame-image', 'Picture (PNG or JPEG)');
    const pic = el('input');
    pic.type = 'file';
    pic.className = 'image';
    pic.accept = 'image/png,image/jpeg,.png,.jpg,.jpeg';
    picLabel.appendChild(pic);
    const picName = el('span', 'attached', '');
    picName.setAttribute('aria-live', 'polite');
    const hard = hardToRead(f.legible === false, ' The label is hard to read (small, low contrast or covered)');
    li.imageName = f.image || null;
    li.imageFile = null;
    li.label = f.label || null;
    pic.addEventListener('change', () => {
      const file = pic.files[0];
      if (li.imageUrl) URL.revokeObjectURL(li.imageUrl);
      li.imageFile = file || null;
      li.imageUrl = file ? URL.createObjectURL(file) : null;
      li.imageName = file ? plainName(file.name, takenNames(li)) : null;
      pic.value = '';
      showFrameFile(li);
      scheduleDraft();
    });
    li.append(title, textLabel, durLabel, picLabel, removeButton('this frame', li, 'd-add-frame'), picName, hard);
    $('d-frames').appendChild(li);
    renumberFrames();
    showFrameFile(li);
    return textInput;
  }

  function showFrameFile(li) {
    const shown = li.querySelector('.attached');
    if (li.imageFile) shown.textContent = 'Picture: ' + li.imageName;
    else if (li.imageName) shown.textContent = 'Picture “' + li.imageName + '” is not attached here: choose it again.';
    else shown.textContent = '';
  }

  function renumberFrames() {
    Array.from($('d-frames').children).forEach((row, i) => {
      row.querySelector('.frame-title').textContent = 'Frame ' + (i + 1);
      row.querySelector('.remove').setAttribute('aria-label', 'Remove frame ' + (i + 1));
    });
  }

  const value = (id) => $(id).value.trim();
  const lines = (id) => $(id).value.split('\n').map((l) => l.trim()).filter(Boolean);

  /** A time as the user typed it; digits alone are seconds. */
  /** A number as a number (seconds, a count), anything else as written. */
  const numberOr = (text) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);

  /** The form as a post document (as docs/formats.md describes it), and the files it names. */
  function draftPost() {
    const post = { kind: 'post', id: value('d-id') || 'draft' };
    if (value('d-brief')) post.brief = value('d-brief');
    post.platform = $('d-platform').value;
    post.format = $('d-format').value;
    if (value('d-language')) post.language = value('d-language');
    const markets = $('d-markets').value.split(/[\s,;]+/).map((m) => m.trim().toUpperCase()).filter(Boolean);
    if (markets.length) post.markets = markets;
    if (value('d-author')) post.author = value('d-author');
    if (value('d-brand')) post.brand = value('d-brand');
    post.connection = $('d-connection').value;
    if ($('d-posted-by').value) post.posted_by = $('d-posted-by').value;
    if ($('d-brand-control').value) post.brand_control = $('d-brand-control').value === 'true';
    if ($('d-unsolicited').checked) post.gift = { unsolicited: true };
    post.caption = $('d-caption').value;
    post.platform_label = $('d-label').checked;
    const attachments = [];
    const frames = [];
    for (const row of $('d-frames').children) {
      const frame = { on_screen_text: row.querySelector('.text').value };
      const seconds = row.querySelector('.duration').value.trim();
      if (seconds) frame.duration_s = numberOr(seconds);
      if (row.querySelector('.hard').checked) frame.legible = false;
      if (row.label) frame.label = row.label;
      if (row.imageName) frame.image = row.imageName;
      if (row.imageFile) attachments.push({ name: row.imageName, file: row.imageFile });
      frames.push(frame);
    }
    if (frames.length) post.frames = frames;
    const video = {};
    if (value('d-duration')) video.duration_s = numberOr(value('d-duration'));
    const cues = [];
    for (const row of $('d-transcript').children) {
      const at = row.querySelector('.at').value.trim();
      const text = row.querySelector('.text').value;
      if (at || text.trim()) cues.push({ at: numberOr(at || '0:00'), text: text });
    }
    if (cues.length) video.transcript = cues;
    const shown = [];
    for (const row of $('d-onscreen').children) {
      const at = row.querySelector('.at').value.trim();
      const until = row.querySelector('.until').value.trim();
      const text = row.querySelector('.text').value;
      if (!at && !until && !text.trim()) continue;
      const cue = { at: numberOr(at || '0:00') };
      if (until) cue.until = numberOr(until);
      cue.text = text;
      if (row.querySelector('.hard').checked) cue.legible = false;
      shown.push(cue);
    }
    if (shown.length) video.on_screen_text = shown;
    for (const [field, key] of [['file', 'video'], ['subtitles', 'subtitles']]) {
      const f = files[key];
      if (!f) continue;
      video[field] = f.name;
      if (f.file) attachments.push({ name: f.name, file: f.file });
    }
    if (Object.keys(video).length) post.video = video;
    const filters = $('d-filters').value.split(',').map((x) => x.trim()).filter(Boolean);
    const media = {};
    if (filters.length) media.filters = filters;
    if ($('d-edited').checked) media.edited_results = true;
    if ($('d-ai').checked) media.ai_generated = true;
    if (Object.keys(media).length) post.media = media;
    if (lines('d-claims').length) post.claims = lines('d-claims');
    if (lines('d-links').length) post.links = lines('d-links');
    return { post, attachments };
  }

  const asList = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
  const text = (v) => (v === undefined || v === null ? '' : String(v));

  /** Puts a post document into the form (an opened file, or the draft kept in this browser). */
  function fillDraft(post) {
    const p = post || {};
    $('d-id').value = text(p.id || 'draft');
    $('d-brief').value = text(p.brief);
    const pick = (id, v, otherwise) => {
      const wanted = text(v).toLowerCase().replace(/[\s-]+/g, '_');
      const select = $(id);
      select.value = Array.from(select.options).some((o) => o.value === wanted) ? wanted : otherwise;
    };
    pick('d-platform', p.platform, 'instagram');
    pick('d-format', p.format, 'post');
    $('d-language').value = text(p.language);
    $('d-markets').value = asList(p.markets).concat(asList(p.market)).join(', ') || (post ? '' : 'US');
    $('d-author').value = text(p.author);
    $('d-brand').value = text(p.brand);
    pick('d-connection', p.connection, 'paid');
    pick('d-posted-by', p.posted_by, '');
    $('d-brand-control').value = p.brand_control === true ? 'true' : p.brand_control === false ? 'false' : '';
    $('d-unsolicited').checked = !!(p.gift && p.gift.unsolicited === true);
    $('d-caption').value = text(p.caption);
    $('d-label').checked = p.platform_label === true;
    for (const row of $('d-frames').children) if (row.imageUrl) URL.revokeObjectURL(row.imageUrl);
    $('d-frames').replaceChildren();
    for (const f of asList(p.frames)) addFrame(typeof f === 'object' ? f : { on_screen_text: f });
    const v = p.video || {};
    $('d-duration').value = text(v.duration_s);
    $('d-transcript').replaceChildren();
    for (const c of asList(v.transcript)) addCue(text(c && c.at), text(c && c.text));
    if (!$('d-transcript').children.length) addCue('', '');
    $('d-onscreen').replaceChildren();
    for (const c of asList(v.on_screen_text)) addOnScreen(c || {});
    setVideoFile('video', v.file ? { name: text(v.file), file: null } : null);
    setVideoFile('subtitles', v.subtitles ? { name: text(v.subtitles), file: null } : null);
    const m = p.media || {};
    $('d-filters').value = asList(m.filters).join(', ');
    $('d-edited').checked = m.edited_results === true;
    $('d-ai').checked = m.ai_generated === true;
    $('d-claims').value = asList(p.claims).join('\n');
    $('d-links').value = asList(p.links).join('\n');
  }

  function setVideoFile(key, entry) {
    if (files[key] && files[key].url) URL.revokeObjectURL(files[key].url);
    files[key] = entry;
    if (key === 'video') {
      const video = $('d-video');
      if (entry && entry.file) {
        entry.url = URL.createObjectURL(entry.file);
        video.src = entry.url;
      } else {
        video.removeAttribute('src');
      }
      $('d-video-preview').hidden = !(entry && entry.file);
      $('d-video-boxes').replaceChildren();
    }
    const said = [];
    for (const [k, what] of [['video', 'Video'], ['subtitles', 'Subtitles']]) {
      const f = files[k];
      if (!f) continue;
      said.push(f.file ? what + ': ' + f.name : what + ' “' + f.name + '” is not attached here: choose it again');
    }
    $('d-video-files').textContent = said.join(' · ');
  }

  function pickVideoFile(input, key) {
    input.addEventListener('change', () => {
      const file = input.files[0];
      input.value = '';
      if (!file) return;
      setVideoFile(key, null);
      setVideoFile(key, { name: plainName(file.name, takenNames(null)), file: file });
      scheduleDraft();
    });
  }

  function updateCount() {
    const caption = $('d-caption').value;
    const fold = folds[$('d-platform').value];
    let t = caption.length + (caption.length === 1 ? ' character' : ' characters');
    if (fold) {
      t += caption.length > fold
        ? ' · ' + $('d-platform').value + ' shows about ' + fold + ' before “more”: the rest is hidden'
        : ' · all visible before “more” (about ' + fold + ')';
    }
    $('d-count').textContent = t;
  }

  /** Text with the spans of findings at {@code path} marked; the fold, if given, marked too. */
  function markedText(target, textValue, findings, path, fold) {
    target.replaceChildren();
    const cuts = new Set([0, textValue.length]);
    const spans = (findings || []).filter((f) => f.path === path && f.span
        && f.span.start >= 0 && f.span.end <= textValue.length && f.span.start < f.span.end);
    for (const f of spans) { cuts.add(f.span.start); cuts.add(f.span.end); }
    if (fold && fold < textValue.length) cuts.add(fold);
    const points = Array.from(cuts).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      if (fold && from === fold) target.appendChild(el('span', 'fold', '… more'));
      const hits = spans.filter((f) => f.span.start <= from && f.span.end >= to);
      const below = fold && from >= fold;
      const piece = el(hits.length ? 'mark' : 'span', below ? 'below-fold' : null, textValue.slice(from, to));
      if (hits.length) {
        piece.classList.add('sev-' + hits[0].severity);
        piece.title = hits.flatMap((f) => [f.rule].concat((f.related || []).map((r) => r.rule))).join(', ');
      }
      target.appendChild(piece);
    }
  }

  /** The caption as shown, with the fold marked and finding spans highlighted. */
  function renderPreview(findings) {
    const caption = $('d-caption').value;
    const preview = $('d-preview');
    if (!caption) { preview.replaceChildren(el('span', 'empty', 'Your caption will appear here.')); return; }
    markedText(preview, caption, findings, 'caption', folds[$('d-platform').value]);
  }

  /** Where a finding's path points, in the form's words. */
  function whereText(path) {
    if (!path) return 'post';
    let m = /^frames\[(\d+)\]/.exec(path);
    if (m) return 'frame ' + (Number(m[1]) + 1);
    m = /^video\.transcript\[(\d+)\]/.exec(path);
    if (m) return 'transcript line ' + (Number(m[1]) + 1);
    m = /^video\.on_screen_text\[(\d+)\]/.exec(path);
    if (m) return 'on-screen text ' + (Number(m[1]) + 1);
    return path.split(/[.[]/)[0].replace(/_/g, ' ');
  }

  /** Which finding paths point into a numbered row of a list (frames, transcript, on-screen text). */
  function rowIndex(path, prefix) {
    const m = new RegExp('^' + prefix.replace(/[.[\]]/g, '\\$&') + '\\[(\\d+)\\]').exec(path || '');
    return m ? Number(m[1]) : null;
  }

  /** A label box (report contract: box.image, box.time_s, x, y, width, height, image_width, image_height) over its picture. */
  function boxElement(f) {
    const b = f.box;
    const d = el('div', 'box sev-' + f.severity);
    const w = b.image_width;
    const h = b.image_height;
    d.style.left = (100 * b.x / w) + '%';
    d.style.top = (100 * b.y / h) + '%';
    d.style.width = (100 * b.width / w) + '%';
    d.style.height = (100 * b.height / h) + '%';
    d.title = f.rule + ': ' + f.message;
    d.appendChild(el('span', 'visually-hidden', f.rule + ': ' + f.message));
    return d;
  }

  function validBox(b) {
    return b && typeof b.image === 'string' && [b.x, b.y, b.width, b.height].every((n) => typeof n === 'number' && n >= 0)
        && b.image_width > 0 && b.image_height > 0;
  }

  /** Each frame as it shows: its picture (with the boxes findings drew on it) or its text, label spans marked. */
  function renderFrames(findings) {
    const out = $('d-frames-preview');
    out.replaceChildren();
    const rows = Array.from($('d-frames').children);
    rows.forEach((row, i) => {
      const own = (findings || []).filter((f) => rowIndex(f.path, 'frames') === i);
      const card = el('figure', 'frame-card' + (own.length ? ' flagged' : ''));
      card.dataset.frame = String(i + 1);
      const pic = el('div', 'frame-pic');
      if (row.imageUrl) {
        const img = el('img');
        img.src = row.imageUrl;
        img.alt = 'Frame ' + (i + 1) + ': ' + row.imageName;
        pic.appendChild(img);
        for (const f of findings || []) {
          if (validBox(f.box) && f.box.time_s === undefined && f.box.image === row.imageName) pic.appendChild(boxElement(f));
        }
      }
      const words = el('p', 'frame-words');
      const onScreen = row.querySelector('.text').value;
      if (onScreen) markedText(words, onScreen, findings, 'frames[' + i + '].on_screen_text');
      else words.appendChild(el('span', 'empty', 'no text'));
      pic.appendChild(words);
      card.appendChild(pic);
      const caption = el('figcaption', null, 'Frame ' + (i + 1));
      if (own.length) caption.appendChild(el('span', 'frame-flag', ' · ' + own.map((f) => f.rule).join(', ')));
      card.appendChild(caption);
      out.appendChild(card);
    });
  }

  /** Boxes found on the video's frames, each shown while the video is within half a second of its time. */
  function renderVideoBoxes(findings) {
    const layer = $('d-video-boxes');
    layer.replaceChildren();
    const video = files.video;
    if (!video || !video.file) return;
    for (const f of findings || []) {
      // a post has one video: a box with a time is on it, whatever name the analysis gives the frame
      if (!validBox(f.box) || typeof f.box.time_s !== 'number') continue;
      const d = boxElement(f);
      d.dataset.time = String(f.box.time_s);
      layer.appendChild(d);
    }
    showVideoBoxes();
  }

  function showVideoBoxes() {
    const t = $('d-video').currentTime || 0;
    for (const d of $('d-video-boxes').children) d.hidden = Math.abs(Number(d.dataset.time) - t) > 0.5;
  }

  function seekButton(f) {
    const b = el('button', 'line', 'show at ' + f.box.time_s + ' s');
    b.type = 'button';
    b.addEventListener('click', () => {
      const video = $('d-video');
      video.pause();
      video.currentTime = f.box.time_s;
      showVideoBoxes();
      video.scrollIntoView({ block: 'nearest' });
    });
    return b;
  }

  function renderDraft(report) {
    lastDraftReport = report;
    const list = $('d-findings');
    list.replaceChildren();
    for (const [list2, prefix] of [['d-transcript', 'video.transcript'], ['d-onscreen', 'video.on_screen_text'], ['d-frames', 'frames']]) {
      const rows = $(list2).children;
      for (const r of rows) r.classList.remove('flagged');
      for (const f of report.findings) {
        const i = rowIndex(f.path, prefix);
        if (i !== null && rows[i]) rows[i].classList.add('flagged');
      }
    }
    for (const f of report.findings) {
      const li = findingItem(f, el('span', 'where', whereText(f.path)));
      if (validBox(f.box) && typeof f.box.time_s === 'number' && files.video && files.video.file) {
        li.querySelector('.finding-head').appendChild(seekButton(f));
      }
      list.appendChild(li);
    }
    $('d-summary').textContent = summaryText(report);
    renderPreview(report.findings);
    renderFrames(report.findings);
    renderVideoBoxes(report.findings);
    setDownloadsEnabled($('d-downloads'), true);
  }

  /** The request that checks the draft: JSON alone, or a form with the draft's files. */
  function draftRequest(format) {
    const { post, attachments } = draftPost();
    if (!attachments.length) return checkRequest(JSON.stringify(post), 'draft.yaml', 'application/json', format);
    const form = new FormData();
    form.append('document', JSON.stringify(post));
    for (const a of attachments) form.append('file', a.file, a.name);
    return checkRequest(form, 'draft.yaml', null, format);
  }

  function hasContent(post) {
    return post.caption.trim() || post.frames || post.video;
  }

  async function checkDraft() {
    const seq = ++draftSeq;
    updateCount();
    if (!hasContent(draftPost().post)) {
      $('d-findings').replaceChildren();
      $('d-summary').textContent = 'Type a caption to check it.';
      renderPreview([]);
      renderFrames([]);
      setDownloadsEnabled($('d-downloads'), false);
      return;
    }
    $('d-summary').textContent = 'Checking…';
    try {
      const res = await draftRequest(null);
      const report = await res.json();
      if (seq !== draftSeq) return; // a newer check is on its way
      if (statusOfDraftCheck) showStatus(null);
      renderDraft(report);
    } catch (e) {
      if (seq !== draftSeq) return;
      $('d-summary').textContent = 'Not checked.';
      showStatus(e.message, true);
    }
  }

  function keepDraft() {
    if (store.set(DRAFT_KEY, draftPost().post)) $('d-saved').textContent = 'Kept in this browser (files are not: choose them again after a reload).';
  }

  function scheduleDraft() {
    updateCount();
    renderPreview([]);
    renderFrames([]);
    keepDraft();
    clearTimeout(draftTimer);
    // with files the check reads images or video: wait for a longer pause in typing
    draftTimer = setTimeout(checkDraft, draftPost().attachments.length ? 3 * DEBOUNCE_MS : DEBOUNCE_MS);
  }

  /** Opens a post's YAML or JSON file into the form (the first post in it). */
  async function openDraftFile(file) {
    try {
      const docs = jsyaml.loadAll(await file.text(), null, { schema: jsyaml.CORE_SCHEMA });
      const post = docs.find((d) => d && typeof d === 'object' && String(d.kind).toLowerCase() === 'post');
      if (!post) {
        showStatus('“' + file.name + '” holds no post (kind: post). A brief, profile or results file opens under “Check my brief”.');
        return;
      }
      showStatus(docs.length > 1 ? 'Opened the first post of “' + file.name + '”; check the others under “Check my brief”.' : null);
      fillDraft(post);
      scheduleDraft();
    } catch (e) {
      showStatus('“' + file.name + '” could not be read as YAML' + (e.mark ? ' (line ' + (e.mark.line + 1) + ')' : '')
          + ': ' + (e.reason || e.message) + '. Open it under “Check my brief” to see each problem.');
    }
  }

  $('draft-form').addEventListener('input', (e) => { if (e.target.type !== 'file') scheduleDraft(); });
  // text fields already report every keystroke as 'input'; their 'change' on blur would only re-check
  $('draft-form').addEventListener('change', (e) => { if (e.target.matches('select, input[type=checkbox]')) scheduleDraft(); });
  $('draft-form').addEventListener('submit', (e) => e.preventDefault());
  $('d-add-cue').addEventListener('click', () => addCue('', '').focus());
  $('d-add-onscreen').addEventListener('click', () => addOnScreen(null).focus());
  $('d-add-frame').addEventListener('click', () => { const input = addFrame(null); scheduleDraft(); input.focus(); });
  pickVideoFile($('d-video-file'), 'video');
  pickVideoFile($('d-subtitles'), 'subtitles');
  $('d-video').addEventListener('timeupdate', showVideoBoxes);
  $('d-video').addEventListener('seeked', showVideoBoxes);
  $('d-file').addEventListener('change', async () => {
    const file = $('d-file').files[0];
    $('d-file').value = '';
    if (file) await openDraftFile(file);
  });
  dropTarget($('draft-form'), openDraftFile);
  $('d-save').addEventListener('click', () => {
    const post = draftPost().post;
    saveFile(jsyaml.dump(post, { lineWidth: -1, noRefs: true }), 'application/yaml', (post.id || 'draft') + '.yaml');
  });
  $('d-clear').addEventListener('click', () => {
    store.clear(DRAFT_KEY);
    fillDraft(null);
    checkDraft();
    $('d-saved').textContent = 'Cleared; nothing is kept in this browser now.';
    $('d-caption').focus();
  });

  // ---------- check my brief ----------

  let briefName = 'brief.yaml';
  let lastBrief = null; // {body, contentType} of the last check, for downloads
  // the files an example's folder holds beside it (a video's subtitles): sent with its text, as a draft's files are
  let briefFiles = [];
  let briefAnnotations = [];
  let briefKeepTimer = null;
  let keptBriefText = '';

  // the brief's code editor: line numbers, YAML colours, a marker at each finding's line (CodeMirror's lint addon,
  // fed the last report's findings); Tab leaves the editor, so the keyboard is never trapped in it
  const editor = CodeMirror.fromTextArea($('b-editor'), {
    mode: 'yaml', lineNumbers: true, lineWrapping: true, indentUnit: 2, tabSize: 2, dragDrop: false,
    gutters: ['CodeMirror-lint-markers'],
    lint: { getAnnotations: () => briefAnnotations, lintOnChange: false },
    extraKeys: { 'Ctrl-Enter': () => checkBrief(), 'Cmd-Enter': () => checkBrief(), Tab: false, 'Shift-Tab': false }
  });
  editor.getInputField().setAttribute('aria-labelledby', 'b-editor-label');

  function setEditor(textValue, name, files) {
    briefFiles = files || [];
    editor.setValue(textValue);
    briefName = name;
    $('b-name').textContent = '— ' + name;
    keepBrief();
    if (!$('b-form').hidden) showBriefView('form');
  }

  function keepBrief() {
    // nothing new since the last time (the pause after a text was loaded): the message keeps saying what happened then
    if (editor.getValue() === keptBriefText) return;
    keptBriefText = editor.getValue();
    if (!keptBriefText) { store.clear(BRIEF_KEY); return; }
    if (store.set(BRIEF_KEY, { text: keptBriefText, name: briefName })) $('b-saved').textContent = 'Kept in this browser.';
  }

  // a reload or a closed tab within the pause still keeps the last keystrokes (the draft is kept at each one already)
  window.addEventListener('pagehide', () => { if (editor.getValue() !== keptBriefText) keepBrief(); });

  editor.on('change', () => {
    clearTimeout(briefKeepTimer);
    briefKeepTimer = setTimeout(keepBrief, DEBOUNCE_MS);
  });

  async function loadSource() {
    const v = $('b-source').value;
    if (!v) return;
    try {
      if (v.startsWith('template:')) {
        const kind = v.slice('template:'.length);
        const t = await getJson('/api/template/' + encodeURIComponent(kind));
        setEditor(t.text, 'my-' + kind + '.yaml');
      } else {
        const name = v.slice('example:'.length);
        const ex = await getJson('/api/examples/' + name.split('/').map(encodeURIComponent).join('/'));
        const files = Object.entries(ex.files || {}).map(([file, base64]) =>
          new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], file));
        setEditor(ex.text, name.endsWith('/all') ? name.slice(0, -4) + '.yaml' : name.split('/').pop(), files);
      }
      showStatus(null);
      await checkBrief();
    } catch (e) {
      showStatus(e.message);
    }
  }

  function sectionOf(path) {
    if (!path) return 'The whole document';
    return path.split(/[.[]/)[0].replace(/_/g, ' ');
  }

  function goToLine(line, column) {
    showBriefView('yaml');
    editor.focus();
    editor.setCursor({ line: Math.max(0, line - 1), ch: Math.max(0, (column || 1) - 1) });
    editor.scrollIntoView(null, 120);
  }

  /** The findings as the editor's markers: each at its line and column, to the end of its span or its line. */
  function annotations(report) {
    const out = [];
    for (const f of report.findings) {
      if (!f.line || f.document) continue; // a finding in another file (the subtitles) has no line in the editor
      const line = f.line - 1;
      if (line >= editor.lineCount()) continue;
      const ch = Math.max(0, (f.column || 1) - 1);
      const length = editor.getLine(line).length;
      out.push({
        from: CodeMirror.Pos(line, Math.min(ch, length)),
        to: CodeMirror.Pos(line, Math.max(Math.min(ch, length), length)),
        severity: f.severity,
        message: f.rule + ': ' + f.message + (f.fix ? ' Fix: ' + f.fix : '')
      });
    }
    return out;
  }

  function renderBrief(report) {
    const out = $('b-findings');
    out.replaceChildren();
    $('b-summary').textContent = summaryText(report);
    briefAnnotations = annotations(report);
    editor.performLint();
    flagBriefForm(report.findings.filter((f) => f.index === Math.max(briefAt, 0) && !f.document));
    for (const doc of report.documents) {
      // a finding shown in another file (what is said, in the subtitles) names its document in `document`
      const own = report.findings.filter((f) => (f.document || f.file) === doc.file && f.index === doc.index);
      const box = el('section', 'document status-' + doc.status);
      const title = el('h3', null, (doc.kind || 'unreadable document') + (doc.id ? ' ' + doc.id : ''));
      title.appendChild(el('span', 'doc-status', doc.status === 'pass' ? 'passes' : doc.status === 'fail' ? 'needs fixing' : 'could not be read'));
      box.appendChild(title);
      if (!own.length) box.appendChild(el('p', 'empty', 'No findings.'));
      const sections = new Map();
      for (const f of own) {
        const s = sectionOf(f.path);
        if (!sections.has(s)) sections.set(s, []);
        sections.get(s).push(f);
      }
      for (const [name, findings] of sections) {
        box.appendChild(el('h4', 'section', name));
        const ul = el('ul', 'findings');
        for (const f of findings) {
          if (f.document) {
            ul.appendChild(findingItem(f, el('span', 'line', f.file + ' line ' + f.line + ':' + f.column)));
            continue;
          }
          const jump = el('button', 'line', 'line ' + f.line + ':' + f.column);
          jump.type = 'button';
          jump.title = 'Show line ' + f.line + ' in the editor';
          jump.addEventListener('click', () => goToLine(f.line, f.column));
          ul.appendChild(findingItem(f, jump));
        }
        box.appendChild(ul);
      }
      out.appendChild(box);
    }
  }

  async function runBriefCheck(body, contentType) {
    $('b-summary').textContent = 'Checking…';
    try {
      const res = await checkRequest(body, briefName, contentType);
      const report = await res.json();
      lastBrief = { body: body, contentType: contentType };
      setDownloadsEnabled($('b-downloads'), true);
      showStatus(null);
      renderBrief(report);
    } catch (e) {
      $('b-summary').textContent = 'Not checked.';
      $('b-findings').replaceChildren();
      briefAnnotations = [];
      editor.performLint();
      showStatus(e.message);
    }
  }

  function checkBrief() {
    const t = editor.getValue();
    if (!t.trim()) {
      $('b-summary').textContent = 'The editor is empty: load a template or an example, or open a file.';
      $('b-findings').replaceChildren();
      return Promise.resolve();
    }
    if (!briefFiles.length) return runBriefCheck(t, 'application/yaml; charset=utf-8');
    const form = new FormData();
    form.append('document', t);
    for (const f of briefFiles) form.append('file', f, f.name);
    return runBriefCheck(form, null);
  }

  async function openBriefFile(file) {
    const bytes = await file.arrayBuffer();
    // the editor shows the text; the server gets the exact bytes, so it can say what is wrong with them
    setEditor(new TextDecoder('utf-8').decode(bytes), file.name);
    await runBriefCheck(bytes, 'application/octet-stream');
  }

  // loading replaces the editor's text, so it waits for the Load button (arrow keys change a select at once)
  $('b-load').addEventListener('click', loadSource);
  $('b-check').addEventListener('click', checkBrief);
  $('b-file').addEventListener('change', async () => {
    const file = $('b-file').files[0];
    if (!file) return;
    await openBriefFile(file);
    $('b-file').value = '';
  });
  dropTarget($('b-drop'), openBriefFile);
  $('b-save').addEventListener('click', () => saveFile(editor.getValue(), 'application/yaml', briefName));
  $('b-clear').addEventListener('click', () => {
    setEditor('', 'brief.yaml');
    briefAnnotations = [];
    editor.performLint();
    $('b-findings').replaceChildren();
    $('b-summary').textContent = 'Load a template or an example, or open your own file, then press Check.';
    setDownloadsEnabled($('b-downloads'), false);
    $('b-saved').textContent = 'Cleared; nothing is kept in this browser now.';
  });

  // ---------- the brief as a form ----------

  // The sections of `briefcheck init brief` (src/main/resources/templates/brief.yaml): each field names its place
  // in the brief (a dotted path) and how it is written; rows are lists of sections (deliverables, claims).
  const BRIEF_FORM = [
    { legend: 'The brief', fields: [{ path: 'id', label: 'Short name (id), used by posts and results' }] },
    { legend: 'Brand', fields: [
      { path: 'brand.name', label: 'Name' },
      { path: 'brand.description', label: 'What you make and where, in a sentence' },
      { path: 'brand.profiles', label: 'Your social accounts or @handles (one a line)', kind: 'lines' },
      { path: 'brand.contact.name', label: 'Contact name' },
      { path: 'brand.contact.email', label: 'Contact email' }] },
    { legend: 'Campaign', fields: [
      { path: 'campaign.name', label: 'Name' },
      { path: 'campaign.start', label: 'First day (2027-03-01)' },
      { path: 'campaign.end', label: 'Last day (2027-05-31)' },
      { path: 'campaign.markets', label: 'Markets (US, UK, NL, …)', kind: 'list', upper: true },
      { path: 'campaign.industry', label: 'Industry', kind: 'choice', options: 'industries' },
      { path: 'campaign.first_campaign', label: 'Your first influencer campaign', kind: 'yesno' }] },
    { legend: 'Audience', fields: [
      { path: 'audience.description', label: 'Who should see the posts' },
      { path: 'audience.age', label: 'Age range (18-34)' },
      { path: 'audience.interests', label: 'Interests (comma-separated)', kind: 'list' },
      { path: 'audience.platforms', label: 'Platforms (comma-separated)', kind: 'list' },
      { path: 'audience.children', label: 'Aimed at children', kind: 'yesno' }] },
    { legend: 'Key messages', fields: [{ path: 'key_messages', label: 'Two or three things the audience should remember (one a line)', kind: 'lines' }] },
    { legend: 'Deliverables', rows: { path: 'deliverables', what: 'deliverable', fields: [
      { key: 'platform', label: 'Platform', kind: 'choice', options: 'platforms' },
      { key: 'format', label: 'Format', kind: 'choice', options: 'formats' },
      { key: 'count', label: 'How many each creator makes', number: true },
      { key: 'due', label: 'Due (2027-03-15)' }] } },
    { legend: 'Guidelines', fields: [
      { path: 'guidelines.dos', label: 'Do (one a line)', kind: 'lines' },
      { path: 'guidelines.donts', label: 'Don’t (one a line)', kind: 'lines' },
      { path: 'guidelines.creative_freedom', label: 'Creators may make it their own', kind: 'yesno' },
      { path: 'guidelines.approval', label: 'How drafts are approved, and when' }] },
    { legend: 'Disclosure', fields: [
      { path: 'disclosure.required', label: 'Creators must label the post as an ad', kind: 'yesno' },
      { path: 'disclosure.label', label: 'The label (#ad)' },
      { path: 'disclosure.placement', label: 'Where it goes', kind: 'choice', options: 'placements' },
      { path: 'disclosure.verbal', label: 'Also said aloud in videos', kind: 'yesno' }] },
    { legend: 'Compensation and budget', fields: [
      { path: 'compensation.model', label: 'How the creator is paid', kind: 'choice', options: 'payment_models' },
      { path: 'compensation.fee.amount', label: 'Fee', number: true },
      { path: 'compensation.fee.currency', label: 'Currency (EUR, USD, GBP)' },
      { path: 'compensation.fee.per', label: 'Per (post, reel, campaign, …)' },
      { path: 'compensation.product', label: 'Product the creator receives' },
      { path: 'compensation.payment_terms', label: 'When and how the fee is paid' },
      { path: 'budget.amount', label: 'Budget for all fees', number: true },
      { path: 'budget.currency', label: 'Budget currency' }] },
    { legend: 'Contract', fields: [
      { path: 'contract.provided', label: 'A written contract comes with the brief', kind: 'yesno' },
      { path: 'contract.usage_rights.channels', label: 'You may reuse the content on (comma-separated)', kind: 'list' },
      { path: 'contract.usage_rights.duration_months', label: 'For how many months', number: true },
      { path: 'contract.exclusivity', label: 'Exclusivity: whom the creator may not work with, how long' }] },
    { legend: 'Claims', rows: { path: 'claims', what: 'claim', fields: [
      { key: 'text', label: 'A claim creators may make' },
      { key: 'substantiation', label: 'Its evidence (who, how many, when)' }] } }
  ];

  /** The documents of the brief's text while the form shows, and which of them is the brief. */
  let briefDocs = null;
  let briefAt = -1;

  const getPath = (obj, path) => path.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);

  /** Sets a value at a dotted path; an empty value removes the field, and sections left empty go too. */
  function setPath(obj, path, v) {
    const keys = path.split('.');
    const parents = [obj];
    for (const k of keys.slice(0, -1)) {
      const o = parents[parents.length - 1];
      if (!o[k] || typeof o[k] !== 'object' || Array.isArray(o[k])) {
        if (v === undefined) return;
        o[k] = {};
      }
      parents.push(o[k]);
    }
    const last = keys[keys.length - 1];
    if (v === undefined) delete parents[parents.length - 1][last];
    else parents[parents.length - 1][last] = v;
    for (let i = keys.length - 2; i >= 0; i--) {
      if (Object.keys(parents[i + 1]).length) break;
      delete parents[i][keys[i]];
    }
  }

  /** A number when the text is one; else the text as written, for the check to report. */

  function formControl(spec, options) {
    const label = el('label', spec.kind === 'lines' ? 'wide' : null, spec.label + ' ');
    let input;
    if (spec.kind === 'choice' || spec.kind === 'yesno') {
      input = el('select');
      const values = spec.kind === 'yesno' ? [['', 'not said'], ['true', 'yes'], ['false', 'no']]
          : [['', 'not said']].concat((options[spec.options] || []).map((v) => [v, v.replace(/_/g, ' ')]));
      for (const [v, t] of values) {
        const o = el('option', null, t);
        o.value = v;
        input.appendChild(o);
      }
    } else if (spec.kind === 'lines') {
      input = el('textarea');
      input.rows = 2;
    } else {
      input = el('input');
      if (spec.number) input.inputMode = 'decimal';
    }
    input.spec = spec;
    label.appendChild(input);
    return { label, input };
  }

  function showValue(input, v) {
    const spec = input.spec;
    if (spec.kind === 'yesno') input.value = v === true ? 'true' : v === false ? 'false' : '';
    else if (spec.kind === 'lines') input.value = asList(v).join('\n');
    else if (spec.kind === 'list') input.value = asList(v).join(', ');
    else if (spec.kind === 'choice') {
      const t = text(v);
      // a value the form does not offer stays, so the check can say what is wrong with it
      if (t && !Array.from(input.options).some((o) => o.value === t)) input.appendChild(Object.assign(el('option', null, t), { value: t }));
      input.value = t;
    } else input.value = text(v);
  }

  function readValue(input) {
    const spec = input.spec;
    const raw = input.value.trim();
    if (!raw) return undefined;
    if (spec.kind === 'yesno') return raw === 'true';
    if (spec.kind === 'lines') return input.value.split('\n').map((l) => l.trim()).filter(Boolean);
    if (spec.kind === 'list') return raw.split(',').map((x) => (spec.upper ? x.trim().toUpperCase() : x.trim())).filter(Boolean);
    return spec.number ? numberOr(raw) : raw;
  }

  function addBriefRow(list, rows, options, item) {
    const li = el('li', 'brief-row');
    li.item = item && typeof item === 'object' ? item : {};
    for (const f of rows.fields) {
      const { label, input } = formControl(f, options);
      showValue(input, li.item[f.key]);
      li.appendChild(label);
    }
    const remove = el('button', 'secondary remove', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', 'Remove this ' + rows.what);
    remove.addEventListener('click', () => { li.remove(); briefFormChanged(); });
    li.appendChild(remove);
    list.appendChild(li);
    return li;
  }

  function buildBriefForm(options) {
    const out = $('b-form-sections');
    for (const section of BRIEF_FORM) {
      const set = el('fieldset', 'settings');
      set.appendChild(el('legend', null, section.legend));
      for (const f of section.fields || []) {
        const { label, input } = formControl(f, options);
        input.dataset.path = f.path;
        set.appendChild(label);
      }
      if (section.rows) {
        const list = el('ol', 'brief-rows');
        list.dataset.path = section.rows.path;
        list.rows = section.rows;
        const add = el('button', 'secondary', '+ Add a ' + section.rows.what);
        add.type = 'button';
        add.addEventListener('click', () => {
          const li = addBriefRow(list, section.rows, options, null);
          briefFormChanged();
          li.querySelector('input, select').focus();
        });
        set.append(list, add);
      }
      out.appendChild(set);
    }
    $('b-form').options = options;
  }

  function fillBriefForm(brief) {
    for (const input of $('b-form').querySelectorAll('[data-path]:not(ol)')) showValue(input, getPath(brief, input.dataset.path));
    for (const list of $('b-form').querySelectorAll('ol[data-path]')) {
      list.replaceChildren();
      for (const item of asList(getPath(brief, list.dataset.path))) addBriefRow(list, list.rows, $('b-form').options, item);
    }
  }

  function readBriefForm(brief) {
    for (const input of $('b-form').querySelectorAll('[data-path]:not(ol)')) setPath(brief, input.dataset.path, readValue(input));
    for (const list of $('b-form').querySelectorAll('ol[data-path]')) {
      const items = Array.from(list.children).map((li) => {
        const item = Object.assign({}, li.item);
        li.querySelectorAll('input, select').forEach((input, i) => {
          const v = readValue(input);
          if (v === undefined) delete item[list.rows.fields[i].key];
          else item[list.rows.fields[i].key] = v;
        });
        return item;
      });
      setPath(brief, list.dataset.path, items.length ? items : undefined);
    }
  }

  /** Reads the editor's text into the form; false (with the reason shown) when it holds no brief the form can show. */
  function briefToForm() {
    const t = editor.getValue();
    let docs;
    try {
      docs = t.trim() ? jsyaml.loadAll(t, null, { schema: jsyaml.CORE_SCHEMA }) : [];
    } catch (e) {
      showStatus('The YAML cannot be shown as a form' + (e.mark ? ' (line ' + (e.mark.line + 1) + ')' : '') + ': '
          + (e.reason || e.message) + '. Fix it in the YAML, or press Check to see each problem.');
      return false;
    }
    docs = docs.filter((d) => d !== null && d !== undefined);
    let at = docs.findIndex((d) => d && typeof d === 'object' && !Array.isArray(d) && String(d.kind).toLowerCase() === 'brief');
    if (at < 0) {
      if (docs.length) {
        showStatus('This text holds no brief (kind: brief); the form is for briefs. Edit posts, profiles and results as YAML.');
        return false;
      }
      docs = [{ kind: 'brief' }];
      at = 0;
    }
    briefDocs = docs;
    briefAt = at;
    fillBriefForm(docs[at]);
    return true;
  }

  function briefFormChanged() {
    readBriefForm(briefDocs[briefAt]);
    editor.setValue(briefDocs.map((d) => jsyaml.dump(d, { lineWidth: -1, noRefs: true })).join('---\n'));
  }

  function showBriefView(view) {
    const form = view === 'form';
    if (form && !briefToForm()) { $('b-view-yaml').checked = true; return; }
    if (form) showStatus(null);
    $('b-view-' + view).checked = true;
    $('b-form').hidden = !form;
    $('b-yaml-view').hidden = form;
    if (!form) editor.refresh();
  }

  /** Marks the form's fields that findings point at. */
  function flagBriefForm(findings) {
    for (const input of $('b-form').querySelectorAll('[data-path]')) {
      const p = input.dataset.path;
      const hit = findings.some((f) => f.path && (f.path === p || f.path.startsWith(p + '.') || f.path.startsWith(p + '[')));
      input.closest('label, fieldset').classList.toggle('flagged', hit);
    }
  }

  $('b-form').addEventListener('input', briefFormChanged);
  $('b-form').addEventListener('change', (e) => { if (e.target.matches('select')) briefFormChanged(); });
  $('b-form').addEventListener('submit', (e) => e.preventDefault());
  for (const r of document.querySelectorAll('input[name=b-view]')) r.addEventListener('change', () => showBriefView(r.value));


  // ---------- rule explanations ----------

  let explainOpener = null;

  async function showExplain(id) {
    const box = $('explain');
    if (box.hidden) explainOpener = document.activeElement;
    try {
      const r = await getJson('/api/rules/' + id.split('/').map(encodeURIComponent).join('/'));
      $('explain-title').textContent = r.title;
      $('explain-meta').textContent = r.id + ' · ' + r.severity;
      const body = $('explain-body');
      body.replaceChildren();
      const part = (title, text, pre) => {
        if (!text) return;
        body.appendChild(el('h3', null, title));
        body.appendChild(el(pre ? 'pre' : 'p', pre ? 'example' : null, text));
      };
      part('Why it matters', r.why);
      part('Source', r.source);
      for (const url of r.references || []) {
        if (!/^https?:\/\//.test(url)) continue;
        const a = el('a', 'reference', url);
        a.href = url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        body.appendChild(el('p')).appendChild(a);
      }
      part('Fires on (bad)', r.bad, true);
      part('Passes (good)', r.good, true);
      box.hidden = false;
      box.focus();
    } catch (e) {
      showStatus(e.message);
    }
  }

  function closeExplain() {
    $('explain').hidden = true;
    history.replaceState(null, '', location.pathname + location.search);
    if (explainOpener && document.contains(explainOpener)) explainOpener.focus();
    explainOpener = null;
  }

  function onHash() {
    const m = /^#rule=(.+)$/.exec(location.hash);
    if (m) showExplain(decodeURIComponent(m[1]));
  }

  window.addEventListener('hashchange', onHash);
  $('explain-close').addEventListener('click', closeExplain);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('explain').hidden) closeExplain(); });

  // ---------- start ----------

  async function start() {
    try {
      const [options, examples, formats] = await Promise.all([
        getJson('/api/options'), getJson('/api/examples'), getJson('/api/formats')]);
      folds = options.fold || {};
      reportFormats = formats;
      if (!options.disclosure_rules || !options.disclosure_rules.length) {
        $('d-rules-note').textContent = 'This briefcheck has no disclosure rules (FTC, ASA, RSM) loaded, '
            + 'so a draft is only checked for complete, readable fields.';
        $('d-rules-note').hidden = false;
      }
      fillSelect($('d-platform'), options.platforms, 'instagram');
      fillSelect($('d-format'), options.formats, 'post');
      fillSelect($('d-connection'), options.connections, 'paid');
      fillSelect($('d-posted-by'), [''].concat(options.posted_by), '');
      $('d-posted-by').options[0].textContent = 'not said (the creator)';

      const source = $('b-source');
      source.replaceChildren(el('option', null, 'Choose…'));
      source.firstChild.value = '';
      const templates = el('optgroup');
      templates.label = 'New, from a template';
      for (const kind of ['brief', 'post', 'influencer', 'results']) {
        const o = el('option', null, 'A new ' + kind);
        o.value = 'template:' + kind;
        templates.appendChild(o);
      }
      const exampleGroup = el('optgroup');
      exampleGroup.label = 'Examples';
      for (const ex of examples) {
        const o = el('option', null, ex.title);
        o.value = 'example:' + ex.name;
        exampleGroup.appendChild(o);
      }
      source.append(templates, exampleGroup);

      buildBriefForm(options);
      downloadButtons($('b-downloads'), (format) => checkRequest(lastBrief.body, briefName, lastBrief.contentType, format), () => briefName);
      downloadButtons($('d-downloads'), draftRequest, () => value('d-id') || 'draft');

      // the work kept in this browser comes back after a reload
      const keptDraft = store.get(DRAFT_KEY);
      fillDraft(keptDraft && typeof keptDraft === 'object' ? keptDraft : null);
      if (keptDraft) $('d-saved').textContent = 'Your last draft was restored from this browser.';
      const keptBrief = store.get(BRIEF_KEY);
      if (keptBrief && typeof keptBrief.text === 'string' && keptBrief.text) {
        setEditor(keptBrief.text, typeof keptBrief.name === 'string' && keptBrief.name ? keptBrief.name : 'brief.yaml');
        $('b-saved').textContent = 'Your last text was restored from this browser.';
      }
      updateCount();
      if (keptDraft) await checkDraft();
      else { renderPreview([]); renderFrames([]); }
      if (location.hash === '#brief') selectTab($('tab-brief'), false);
      onHash();
      // the rendering of a report, for tests that show findings the bundled rules do not make yet (label boxes)
      window.briefcheckPage = { renderDraft: renderDraft };
      document.body.dataset.ready = 'true';
    } catch (e) {
      showStatus(e.message);
    }
  }

  start();
})();
