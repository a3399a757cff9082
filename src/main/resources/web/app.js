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

  function checkRequest(body, name, contentType, format) {
    const q = new URLSearchParams({ name: name || 'input.yaml' });
    if (format) q.set('format', format);
    return api('/api/check?' + q.toString(), {
      method: 'POST', headers: { 'Content-Type': contentType }, body: body
    });
  }

  function showStatus(message) {
    const s = $('status');
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

  // ---------- check my draft ----------

  let folds = {};
  let draftSeq = 0;
  let draftTimer = null;

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
    input.value = value || '';
    input.placeholder = placeholder;
    input.className = inputClass;
    label.appendChild(input);
    return { label, input };
  }

  function addCue(at, text) {
    const li = el('li', 'cue');
    const { label: atLabel, input: atInput } = labelledInput('cue-at', 'Time', 'at', at, '0:03');
    atInput.setAttribute('inputmode', 'numeric');
    const { label: textLabel } = labelledInput('cue-text', 'What you say', 'text', text, 'What you say at that moment');
    const remove = el('button', 'secondary remove', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', 'Remove this transcript line');
    remove.addEventListener('click', () => { li.remove(); scheduleDraft(); $('d-add-cue').focus(); });
    li.append(atLabel, textLabel, remove);
    $('d-transcript').appendChild(li);
    return atInput;
  }

  function draftPost() {
    const post = {
      kind: 'post',
      id: 'draft',
      platform: $('d-platform').value,
      format: $('d-format').value,
      connection: $('d-connection').value,
      caption: $('d-caption').value,
      platform_label: $('d-label').checked
    };
    const markets = $('d-markets').value.split(/[\s,;]+/).map((m) => m.trim().toUpperCase()).filter(Boolean);
    if (markets.length) post.markets = markets;
    const cues = [];
    for (const row of $('d-transcript').children) {
      const at = row.querySelector('.at').value.trim();
      const text = row.querySelector('.text').value;
      if (at || text.trim()) cues.push({ at: at || '0:00', text: text });
    }
    if (cues.length) post.video = { transcript: cues };
    return post;
  }

  function updateCount() {
    const caption = $('d-caption').value;
    const fold = folds[$('d-platform').value];
    let text = caption.length + (caption.length === 1 ? ' character' : ' characters');
    if (fold) {
      text += caption.length > fold
        ? ' · ' + $('d-platform').value + ' shows about ' + fold + ' before “more”: the rest is hidden'
        : ' · all visible before “more” (about ' + fold + ')';
    }
    $('d-count').textContent = text;
  }

  /** The caption as shown, with the fold marked and finding spans highlighted. */
  function renderPreview(findings) {
    const caption = $('d-caption').value;
    const preview = $('d-preview');
    preview.replaceChildren();
    if (!caption) { preview.appendChild(el('span', 'empty', 'Your caption will appear here.')); return; }
    const fold = folds[$('d-platform').value];
    const cuts = new Set([0, caption.length]);
    const spans = (findings || []).filter((f) => f.path === 'caption' && f.span
        && f.span.start >= 0 && f.span.end <= caption.length && f.span.start < f.span.end);
    for (const f of spans) { cuts.add(f.span.start); cuts.add(f.span.end); }
    if (fold && fold < caption.length) cuts.add(fold);
    const points = Array.from(cuts).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      if (fold && from === fold) preview.appendChild(el('span', 'fold', '… more'));
      const hits = spans.filter((f) => f.span.start <= from && f.span.end >= to);
      const below = fold && from >= fold;
      const piece = el(hits.length ? 'mark' : 'span', below ? 'below-fold' : null, caption.slice(from, to));
      if (hits.length) {
        piece.classList.add('sev-' + hits[0].severity);
        piece.title = hits.flatMap((f) => [f.rule].concat((f.related || []).map((r) => r.rule))).join(', ');
      }
      preview.appendChild(piece);
    }
  }

  function renderDraft(report) {
    const list = $('d-findings');
    list.replaceChildren();
    document.querySelectorAll('#d-transcript .cue').forEach((c) => c.classList.remove('flagged'));
    for (const f of report.findings) {
      const where = el('span', 'where', f.path ? f.path.replace(/^video\.transcript\[(\d+)\].*/, (m, i) => 'transcript line ' + (Number(i) + 1)) : 'post');
      list.appendChild(findingItem(f, where));
      const cue = /^video\.transcript\[(\d+)\]/.exec(f.path || '');
      if (cue) {
        const row = $('d-transcript').children[Number(cue[1])];
        if (row) row.classList.add('flagged');
      }
    }
    $('d-summary').textContent = summaryText(report);
    renderPreview(report.findings);
  }

  async function checkDraft() {
    const seq = ++draftSeq;
    updateCount();
    const post = draftPost();
    const hasCue = post.video && post.video.transcript.length;
    if (!post.caption.trim() && !hasCue) {
      $('d-findings').replaceChildren();
      $('d-summary').textContent = 'Type a caption to check it.';
      renderPreview([]);
      return;
    }
    $('d-summary').textContent = 'Checking…';
    try {
      const res = await checkRequest(JSON.stringify(post), 'draft.yaml', 'application/json');
      const report = await res.json();
      if (seq !== draftSeq) return; // a newer check is on its way
      showStatus(null);
      renderDraft(report);
    } catch (e) {
      if (seq !== draftSeq) return;
      $('d-summary').textContent = 'Not checked.';
      showStatus(e.message);
    }
  }

  function scheduleDraft() {
    updateCount();
    renderPreview([]);
    clearTimeout(draftTimer);
    draftTimer = setTimeout(checkDraft, DEBOUNCE_MS);
  }

  $('draft-form').addEventListener('input', scheduleDraft);
  // text fields already report every keystroke as 'input'; their 'change' on blur would only re-check
  $('draft-form').addEventListener('change', (e) => { if (e.target.matches('select, input[type=checkbox]')) scheduleDraft(); });
  $('draft-form').addEventListener('submit', (e) => e.preventDefault());
  $('d-add-cue').addEventListener('click', () => addCue('', '').focus());

  // ---------- check my brief ----------

  let briefName = 'brief.yaml';
  let lastBrief = null; // {body, contentType} of the last check, for downloads

  function setEditor(text, name) {
    $('b-editor').value = text;
    briefName = name;
    $('b-name').textContent = '— ' + name;
  }

  async function loadSource() {
    const value = $('b-source').value;
    if (!value) return;
    try {
      if (value.startsWith('template:')) {
        const kind = value.slice('template:'.length);
        const t = await getJson('/api/template/' + encodeURIComponent(kind));
        setEditor(t.text, 'my-' + kind + '.yaml');
      } else {
        const name = value.slice('example:'.length);
        const ex = await getJson('/api/examples/' + name.split('/').map(encodeURIComponent).join('/'));
        setEditor(ex.text, name.endsWith('/all') ? name.slice(0, -4) + '.yaml' : name.split('/').pop());
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
    const editor = $('b-editor');
    const lines = editor.value.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += Math.max(0, (column || 1) - 1);
    editor.focus();
    editor.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 18;
    editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function renderBrief(report) {
    const out = $('b-findings');
    out.replaceChildren();
    $('b-summary').textContent = summaryText(report);
    for (const doc of report.documents) {
      const own = report.findings.filter((f) => f.file === doc.file && f.index === doc.index);
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
      setDownloadsEnabled(true);
      showStatus(null);
      renderBrief(report);
    } catch (e) {
      $('b-summary').textContent = 'Not checked.';
      $('b-findings').replaceChildren();
      showStatus(e.message);
    }
  }

  function checkBrief() {
    const text = $('b-editor').value;
    if (!text.trim()) {
      $('b-summary').textContent = 'The editor is empty: load a template or an example, or open a file.';
      $('b-findings').replaceChildren();
      return Promise.resolve();
    }
    return runBriefCheck(text, 'application/yaml; charset=utf-8');
  }

  // loading replaces the editor's text, so it waits for the Load button (arrow keys change a select at once)
  $('b-load').addEventListener('click', loadSource);
  $('b-check').addEventListener('click', checkBrief);
  $('b-editor').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); checkBrief(); }
  });
  $('b-file').addEventListener('change', async () => {
    const file = $('b-file').files[0];
    if (!file) return;
    const bytes = await file.arrayBuffer();
    // the editor shows the text; the server gets the exact bytes, so it can say what is wrong with them
    setEditor(new TextDecoder('utf-8').decode(bytes), file.name);
    await runBriefCheck(bytes, 'application/octet-stream');
    $('b-file').value = '';
  });

  // ---------- downloads (one button per format the server offers) ----------

  function setDownloadsEnabled(on) {
    for (const b of $('b-downloads').querySelectorAll('button')) b.disabled = !on;
  }

  async function download(format) {
    if (!lastBrief) return;
    try {
      const res = await checkRequest(lastBrief.body, briefName, lastBrief.contentType, format.name);
      const blob = new Blob([await res.text()], { type: format.content_type });
      const a = el('a');
      a.href = URL.createObjectURL(blob);
      a.download = briefName.replace(/\.(ya?ml|json)$/i, '') + '-report.' + format.extension;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    } catch (e) {
      showStatus(e.message);
    }
  }

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
      if (!options.disclosure_rules || !options.disclosure_rules.length) {
        $('d-rules-note').textContent = 'This briefcheck has no disclosure rules (FTC, ASA, RSM) loaded, '
            + 'so a draft is only checked for complete, readable fields.';
        $('d-rules-note').hidden = false;
      }
      fillSelect($('d-platform'), options.platforms, 'instagram');
      fillSelect($('d-format'), options.formats, 'post');
      fillSelect($('d-connection'), options.connections, 'paid');

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

      for (const f of formats) {
        const b = el('button', 'secondary', 'Download ' + f.name.toUpperCase());
        b.type = 'button';
        b.disabled = true;
        b.dataset.format = f.name;
        b.addEventListener('click', () => download(f));
        $('b-downloads').appendChild(b);
      }
      addCue('', '');
      updateCount();
      renderPreview([]);
      if (location.hash === '#brief') selectTab($('tab-brief'), false);
      onHash();
      document.body.dataset.ready = 'true';
    } catch (e) {
      showStatus(e.message);
    }
  }

  start();
})();
