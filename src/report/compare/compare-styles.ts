/** compare.html's stylesheet (same look as review.html). */
export const COMPARE_CSS = `
:root { --ink:#1d232a; --muted:#5b6570; --line:#d5dbe1; --bg:#f5f7f9; --card:#fff; --bad:#b42318; --good:#067647; --info:#175cd3; --warn:#b54708; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.6 "Hiragino Sans","Yu Gothic","Meiryo","IPAexGothic","Noto Sans CJK JP",sans-serif; color:var(--ink); background:var(--bg); }
header { background:#fff; border-bottom:1px solid var(--line); padding:16px 24px; }
h1 { font-size:20px; margin:0 0 4px; } .meta { color:var(--muted); font-size:12px; word-break:break-all; }
#summary { display:flex; flex-wrap:wrap; gap:8px; margin-top:12px; }
.stat { background:var(--bg); border:1px solid var(--line); border-radius:6px; padding:6px 10px; font-size:13px; } .stat b { font-size:16px; margin-left:4px; }
#grade-matrix { border-collapse:collapse; margin-top:12px; font-size:13px; } #grade-matrix th, #grade-matrix td { border:1px solid var(--line); padding:2px 10px; text-align:center; }
#grade-matrix td.worse { background:#fef3f2; } #grade-matrix td.better { background:#ecfdf3; } #grade-matrix td.zero { color:#b8c0c8; }
#controls { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:8px; align-items:center; padding:10px 24px; background:#fff; border-bottom:1px solid var(--line); }
#controls select, #controls input[type=search] { font:inherit; padding:4px 8px; border:1px solid var(--line); border-radius:6px; } #controls input[type=search] { min-width:220px; }
main { padding:16px 24px; display:grid; gap:12px; }
.entry { background:var(--card); border:1px solid var(--line); border-left:4px solid var(--line); border-radius:8px; padding:10px 16px; }
.entry.worsened, .entry.removed { border-left-color:var(--bad); } .entry.improved, .entry.added { border-left-color:var(--good); } .entry.ambiguous { border-left-color:var(--warn); }
.entry h2 { font-size:15px; margin:0; display:flex; gap:10px; align-items:baseline; flex-wrap:wrap; }
.ids { font-family:ui-monospace,monospace; color:var(--muted); } .topic { color:var(--muted); font-size:12px; }
.badge { font-size:12px; border-radius:4px; padding:0 6px; background:var(--bg); border:1px solid var(--line); }
.badge.bad { color:var(--bad); border-color:#fecdca; background:#fef3f2; } .badge.good { color:var(--good); border-color:#abefc6; background:#ecfdf3; }
.grade { font-weight:bold; color:var(--info); }
details { margin-top:6px; font-size:13px; } summary { cursor:pointer; color:var(--muted); }
table.sbs { border-collapse:collapse; width:100%; table-layout:fixed; margin-top:4px; } table.sbs th, table.sbs td { border:1px solid var(--line); padding:3px 6px; text-align:left; vertical-align:top; white-space:pre-wrap; word-break:break-word; }
table.sbs th:first-child { width:10em; } table.sbs tr.changed th { color:var(--bad); } table.sbs tr.changed td, table.sbs td.changed { background:#fffaeb; }
table.sbs mark.old { background:#fee4e2; text-decoration:line-through; } table.sbs mark.new { background:#d1fadf; }
table.mini { border-collapse:collapse; font-size:12px; margin-top:4px; } table.mini td, table.mini th { border:1px solid var(--line); padding:2px 6px; text-align:left; }
td.minus { color:var(--bad); } td.plus { color:var(--good); }
.hidden { display:none !important; }
@media print { #controls { display:none !important; } body { background:#fff; } .entry { break-inside:avoid; } }
`;
