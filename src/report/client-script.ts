/**
 * The report's only script (inline, allowed by its hash in the CSP). It reads nothing but the page: filters,
 * search over the records' own text, j/k navigation, in-place edits and 確認済み marks — kept in localStorage
 * under the document's SHA-256, so a reload or a crash loses nothing — and the corrections.json download, which
 * holds every correction so far: those this report was made with (data.prior) and the ones made in it. Data from
 * the PDF is only ever put into the page with textContent / value, never as HTML.
 */
export const REPORT_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const cards = [...document.querySelectorAll(".record")];
  const byId = new Map(cards.map((c) => [data.records[c.dataset.index].id, c]));
  const $ = (id) => document.getElementById(id);
  const SEP = "\\u0000";

  // State: corrections by record+field, reviews by record (false: a mark taken back), dirty = not exported since.
  const corrections = new Map(data.prior.corrections.map((c) => [c.recordId + SEP + c.field, c]));
  const reviews = new Map(data.prior.reviews.map((v) => [v.recordId, v]));
  let dirty = false;
  function load() {
    let saved = null;
    try { saved = JSON.parse(localStorage.getItem(data.key) || "null"); } catch { saved = null; }
    if (!saved) return;
    for (const c of saved.corrections || []) corrections.set(c.recordId + SEP + c.field, c);
    for (const [id, v] of saved.reviews || []) reviews.set(id, v);
    dirty = !!saved.dirty;
  }
  function save() {
    try {
      localStorage.setItem(data.key, JSON.stringify({ corrections: [...corrections.values()], reviews: [...reviews], dirty }));
      $("save-state").textContent = dirty ? "未書き出しの修正はこのブラウザに保存済み" : corrections.size || reviews.size ? "書き出し済み" : "";
    } catch { $("save-state").textContent = "このブラウザに保存できません: 書き出してください"; }
    const nReviews = [...reviews.values()].filter(Boolean).length;
    $("edit-count").textContent = String(corrections.size + nReviews);
  }
  const reviewer = () => $("reviewer").value.trim();
  $("reviewer").value = localStorage.getItem("hyo-reviewer") || "";
  $("reviewer").addEventListener("change", () => localStorage.setItem("hyo-reviewer", reviewer()));

  function showCorrection(c) {
    const card = byId.get(c.recordId);
    const dd = card && card.querySelector('dd[data-field="' + c.field + '"]');
    if (!dd) return;
    const value = dd.querySelector(".value");
    value.textContent = c.value === null ? "" : c.value; value.classList.add("edited");
    if (card.querySelector('.grade') && c.field === "grade") card.querySelector(".grade").textContent = c.value || "—";
  }
  function showReview(id, v) {
    const card = byId.get(id);
    if (!card) return;
    card.querySelector("input.reviewed").checked = !!v;
    card.classList.toggle("is-reviewed", !!v);
  }

  function apply() {
    const code = $("filter-code").value, sev = $("filter-severity").value, grade = $("filter-grade").value;
    const onlyReview = $("filter-review").checked, q = $("search").value.trim().toLowerCase();
    let shown = 0;
    for (const card of cards) {
      const r = data.records[card.dataset.index];
      // Only the record's own text: not the buttons, labels or flag messages around it.
      const text = q && [...card.querySelectorAll(".rid, .title, .topic, .value")].map((e) => e.textContent).join("\\n").toLowerCase();
      const ok = (!code || r.flags.some((f) => f.code === code)) && (!sev || r.flags.some((f) => f.severity === sev))
        && (!grade || (grade === "none" ? r.grade === null : r.grade === grade)) && (!onlyReview || r.needsReview)
        && (!q || text.includes(q));
      card.classList.toggle("hidden", !ok);
      if (ok) shown++;
    }
    $("shown-count").textContent = String(shown);
  }
  for (const id of ["filter-code", "filter-severity", "filter-grade", "filter-review", "search"]) $(id).addEventListener("input", apply);

  // j/k bring a card to just below the sticky controls, whatever their height after wrapping.
  const pad = () => { document.documentElement.style.scrollPaddingTop = ($("controls").offsetHeight + 8) + "px"; };
  addEventListener("resize", pad);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") { $("zoom").classList.add("hidden"); return; }
    if (e.target.closest && e.target.closest("input, textarea, select")) return;
    if (e.key !== "j" && e.key !== "k") return;
    const flagged = cards.filter((c) => !c.classList.contains("hidden") && data.records[c.dataset.index].needsReview);
    if (!flagged.length) return;
    const at = flagged.indexOf(document.activeElement);
    const next = e.key === "j" ? flagged[Math.min(flagged.length - 1, at + 1)] : flagged[Math.max(0, at - 1)];
    pad(); next.focus({ preventScroll: true }); next.scrollIntoView({ block: "start" });
  });

  for (const button of document.querySelectorAll(".record .edit[data-field]")) {
    button.addEventListener("click", () => {
      const card = button.closest(".record"), field = button.dataset.field, r = data.records[card.dataset.index];
      const box = button.closest(".text"), value = box.querySelector(".value");
      let input;
      if (field === "grade") {
        input = document.createElement("select");
        for (const g of ["", "A", "B", "C", "D"]) { const o = document.createElement("option"); o.value = g; o.textContent = g || "(空欄)"; input.append(o); }
        input.value = value.textContent.trim();
      } else { input = document.createElement("textarea"); input.value = value.textContent; }
      input.dataset.field = field;
      const ok = document.createElement("button"); ok.textContent = "保存"; ok.className = "save";
      const cancel = document.createElement("button"); cancel.textContent = "取消"; cancel.className = "cancel";
      const close = () => { input.remove(); ok.remove(); cancel.remove(); button.classList.remove("hidden"); };
      ok.addEventListener("click", () => {
        const v = field === "grade" ? (input.value || null) : input.value;
        const c = { recordId: r.id, field, value: v, before: r.extracted[field], reviewedAt: new Date().toISOString() };
        if (reviewer()) c.reviewer = reviewer();
        corrections.set(r.id + SEP + field, c);
        dirty = true; showCorrection(c); save(); close();
      });
      cancel.addEventListener("click", close);
      button.classList.add("hidden"); box.append(input, ok, cancel); input.focus();
    });
  }
  for (const box of document.querySelectorAll(".record input.reviewed")) {
    box.addEventListener("change", () => {
      const r = data.records[box.closest(".record").dataset.index];
      const v = box.checked ? { recordId: r.id, reviewedAt: new Date().toISOString() } : false;
      if (v && reviewer()) v.reviewer = reviewer();
      reviews.set(r.id, v); dirty = true; showReview(r.id, v); save();
    });
  }

  // Cell images open at twice their size; a click or Esc closes.
  for (const img of document.querySelectorAll("figure.cell img")) {
    img.addEventListener("click", () => {
      const z = $("zoom"), big = z.querySelector("img");
      big.src = img.src; big.style.width = Math.min(innerWidth * 0.95, img.naturalWidth * 2) + "px";
      z.querySelector("figcaption").textContent = img.dataset.caption;
      z.classList.remove("hidden");
    });
  }
  $("zoom").addEventListener("click", () => $("zoom").classList.add("hidden"));

  addEventListener("beforeunload", (e) => { if (dirty) { e.preventDefault(); e.returnValue = ""; } });

  $("export-corrections").addEventListener("click", () => {
    const file = {
      kind: "hyo-corrections", source: data.source, hyoVersion: data.hyoVersion, exportedAt: new Date().toISOString(),
      corrections: [...corrections.values()], reviews: [...reviews.values()].filter(Boolean),
    };
    const blob = new Blob([JSON.stringify(file, null, 2) + "\\n"], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = "corrections.json";
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    dirty = false; save();
  });

  load();
  for (const c of corrections.values()) showCorrection(c);
  for (const [id, v] of reviews) showReview(id, v);
  save(); pad(); apply();
})();`;
