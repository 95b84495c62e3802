/**
 * compare.html's only script (inline, allowed by its hash in the CSP): the status filter and the search.
 * It only reads the page and toggles classes.
 */
export const COMPARE_SCRIPT = `(() => {
  const $ = (id) => document.getElementById(id);
  const entries = [...document.querySelectorAll(".entry")];
  function apply() {
    const tag = $("filter-status").value, q = $("search").value.trim().toLowerCase();
    let shown = 0;
    for (const e of entries) {
      const ok = (!tag || e.dataset.tags.split(" ").includes(tag)) && (!q || e.textContent.toLowerCase().includes(q));
      e.classList.toggle("hidden", !ok);
      if (ok) shown++;
    }
    $("shown-count").textContent = String(shown);
  }
  $("filter-status").addEventListener("input", apply);
  $("search").addEventListener("input", apply);
  apply();
})();`;
