/** The report's stylesheet: calm, dense, readable; printable (controls hidden, cards unbroken). */
export const REPORT_CSS = `
:root { --ink:#1d232a; --muted:#5b6570; --line:#d5dbe1; --bg:#f5f7f9; --card:#fff; --err:#b42318; --warn:#b54708; --info:#175cd3; --ok:#067647; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.6 "Hiragino Sans","Yu Gothic","Meiryo","IPAexGothic","Noto Sans CJK JP",sans-serif; color:var(--ink); background:var(--bg); }
header { background:#fff; border-bottom:1px solid var(--line); padding:16px 24px; }
h1 { font-size:20px; margin:0 0 4px; } .meta { color:var(--muted); font-size:12px; word-break:break-all; }
#summary { display:flex; flex-wrap:wrap; gap:8px; margin-top:12px; }
.stat { background:var(--bg); border:1px solid var(--line); border-radius:6px; padding:6px 10px; font-size:13px; }
.stat b { font-size:16px; margin-left:4px; }
#controls { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:8px; align-items:center; padding:10px 24px; background:#fff; border-bottom:1px solid var(--line); }
#controls select, #controls input[type=search] { font:inherit; padding:4px 8px; border:1px solid var(--line); border-radius:6px; }
#controls input[type=search] { min-width:220px; } button { font:inherit; padding:4px 12px; border:1px solid var(--line); border-radius:6px; background:#fff; cursor:pointer; }
button.primary { background:var(--info); color:#fff; border-color:var(--info); }
main { padding:16px 24px; display:grid; gap:14px; }
.record { background:var(--card); border:1px solid var(--line); border-left:4px solid var(--line); border-radius:8px; padding:12px 16px; }
.record.needs-review { border-left-color:var(--warn); } .record.has-error { border-left-color:var(--err); } .record.is-reviewed { border-left-color:var(--ok); }
.record:focus { outline:3px solid #84adff; }
.record h2 { font-size:15px; margin:0; display:flex; gap:10px; align-items:baseline; flex-wrap:wrap; }
.rid { font-family:ui-monospace,monospace; color:var(--muted); } .topic { color:var(--muted); font-size:12px; }
.grade { display:inline-block; min-width:26px; text-align:center; border-radius:4px; padding:0 6px; font-weight:bold; background:#eef4ff; color:var(--info); }
.grade.none { background:#fef3f2; color:var(--err); }
.flags { list-style:none; padding:0; margin:8px 0; display:grid; gap:4px; }
.flag { font-size:13px; padding:3px 8px; border-radius:4px; } .flag.error { background:#fef3f2; color:var(--err); } .flag.warn { background:#fffaeb; color:var(--warn); } .flag.info { background:#eff8ff; color:var(--info); }
.fields { display:grid; grid-template-columns: 9em 1fr; gap:6px 12px; margin:8px 0; font-size:13px; }
.fields dt { color:var(--muted); } .fields dd { margin:0; display:flex; gap:12px; align-items:flex-start; border-top:1px solid #eef1f4; padding-top:4px; }
.fields dd .text { flex:1 1 0; min-width:0; white-space:pre-wrap; word-break:break-word; }
.fields dd .value.edited { background:#ecfdf3; } .edit, .save, .cancel { margin-left:6px; font-size:11px; padding:0 6px; }
.was { color:var(--muted); font-size:12px; white-space:normal; } .was s { color:var(--err); }
mark.lowconf { background:#fde68a; text-decoration:underline wavy var(--warn); text-underline-offset:3px; }
figure.cell { flex:0 1 auto; margin:0; max-width:50%; } figure.cell img { display:block; max-width:100%; height:auto; border:1px solid var(--line); cursor:zoom-in; }
figure.cell figcaption { font-size:11px; color:var(--muted); }
.fields textarea { width:100%; min-height:5em; font:inherit; } .fields select { font:inherit; }
.flag b { margin-right:8px; } .flag .sev { font-size:11px; opacity:.8; margin-right:8px; }
.flag-stat.error { border-color:#fda29b; } .flag-stat.warn { border-color:#fec84b; } .note { color:var(--muted); }
.reviewed-at { font-size:12px; color:var(--ok); font-weight:normal; } .muted { color:var(--muted); font-size:12px; }
#zoom { position:fixed; inset:0; z-index:5; background:rgba(16,24,40,.7); display:flex; align-items:center; justify-content:center; cursor:zoom-out; }
#zoom figure { margin:0; background:#fff; padding:8px; border-radius:6px; max-height:95vh; overflow:auto; } #zoom img { display:block; height:auto; }
details { margin-top:6px; font-size:13px; } summary { cursor:pointer; color:var(--muted); }
table.mini { border-collapse:collapse; font-size:12px; margin-top:4px; } table.mini td, table.mini th { border:1px solid var(--line); padding:2px 6px; text-align:left; }
.reviewed-label { margin-left:auto; font-size:13px; color:var(--muted); }
.hidden { display:none !important; }
@media print { #controls, #zoom, .edit, .reviewed-label { display:none !important; } body { background:#fff; } .record { break-inside:avoid; border-left-width:2px; } details { display:block; } }
`;
