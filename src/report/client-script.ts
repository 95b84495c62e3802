/**
 * The report's only script (inline, allowed by its hash in the CSP). It reads nothing but the page: filters,
 * search, j/k navigation, in-place edits, "reviewed" marks and the corrections.json download. Data from the
 * PDF is only ever put into the page with textContent / value, never as HTML.
 */
export const REPORT_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const cards = [...document.querySelectorAll(".record")];
  const edits = new Map();
  const $ = (id) => document.getElementById(id);
  function apply() {
    const code = $("filter-code").value, sev = $("filter-severity").value, grade = $("filter-grade").value;
    const onlyReview = $("filter-review").checked, q = $("search").value.trim().toLowerCase();
    let shown = 0;
    for (const card of cards) {
      const r = data.records[card.dataset.index];
      const ok = (!code || r.flags.some((f) => f.code === code)) && (!sev || r.flags.some((f) => f.severity === sev))
        && (!grade || (grade === "none" ? r.grade === null : r.grade === grade)) && (!onlyReview || r.needsReview)
        && (!q || card.textContent.toLowerCase().includes(q));
      card.classList.toggle("hidden", !ok);
      if (ok) shown++;
    }
    $("shown-count").textContent = String(shown);
  }
  for (const id of ["filter-code", "filter-severity", "filter-grade", "filter-review", "search"]) $(id).addEventListener("input", apply);
  document.addEventListener("keydown", (e) => {
    if (e.target.closest && e.target.closest("input, textarea, select")) return;
    if (e.key !== "j" && e.key !== "k") return;
    const flagged = cards.filter((c) => !c.classList.contains("hidden") && data.records[c.dataset.index].needsReview);
    if (!flagged.length) return;
    const at = flagged.indexOf(document.activeElement);
    const next = e.key === "j" ? flagged[Math.min(flagged.length - 1, at + 1)] : flagged[Math.max(0, at - 1)];
    next.focus(); next.scrollIntoView({ block: "start" });
  });
  function record(recordId, field, value) {
    edits.set(recordId + "\\u0000" + field, { recordId, field, value, reviewedAt: new Date().toISOString() });
    $("edit-count").textContent = String(edits.size);
  }
  for (const button of document.querySelectorAll(".record .edit")) {
    button.addEventListener("click", () => {
      const card = button.closest(".record"), field = button.dataset.field, r = data.records[card.dataset.index];
      const dd = button.closest("dd"), value = dd.querySelector(".value");
      let input;
      if (field === "grade") {
        input = document.createElement("select");
        for (const g of ["", "A", "B", "C", "D"]) { const o = document.createElement("option"); o.value = g; o.textContent = g || "(空欄)"; input.append(o); }
        input.value = value.textContent.trim();
      } else { input = document.createElement("textarea"); input.value = value.textContent; }
      input.dataset.field = field;
      const save = document.createElement("button"); save.textContent = "保存"; save.className = "edit";
      save.addEventListener("click", () => {
        value.textContent = input.value; value.classList.add("edited");
        record(r.id, field, field === "grade" ? (input.value || null) : input.value);
        input.remove(); save.remove(); button.classList.remove("hidden");
      });
      button.classList.add("hidden"); dd.append(input, save); input.focus();
    });
  }
  for (const box of document.querySelectorAll(".record input.reviewed")) {
    box.addEventListener("change", () => {
      const card = box.closest(".record"), r = data.records[card.dataset.index];
      card.classList.toggle("is-reviewed", box.checked);
      if (box.checked) record(r.id, "reviewed", true); else edits.delete(r.id + "\\u0000reviewed");
      $("edit-count").textContent = String(edits.size);
    });
  }
  $("export-corrections").addEventListener("click", () => {
    const blob = new Blob([JSON.stringify([...edits.values()], null, 2) + "\\n"], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = "corrections.json";
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  apply();
})();`;
