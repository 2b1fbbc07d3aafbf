// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_style.h"

namespace urs {

QString ReportStyle::css()
{
    // Colours pass WCAG AA contrast for white text on the badges; every status also carries
    // a word, so nothing depends on colour alone (and it prints in black and white).
    return QStringLiteral(R"CSS(
:root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--bg:#f4f6f8;--card:#fff;
--ready:#1e7b4f;--fix:#a35200;--clean:#2f5da8;--no:#b42318;--unknown:#5f5290;--pass:#1e7b4f;--advisory:#2f5da8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.55;font-size:15px;
font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK JP","Hiragino Sans","Yu Gothic","Meiryo",sans-serif}
html[lang=ja] body{font-family:"Noto Sans CJK JP","Hiragino Sans","Hiragino Kaku Gothic ProN","Yu Gothic","Meiryo",system-ui,sans-serif}
main{max-width:980px;margin:0 auto;padding:28px 18px 40px}main.wide{max-width:1360px}
header.top{margin-bottom:18px}
h1{font-size:1.65rem;line-height:1.25;margin:0 0 4px}
h2{font-size:1.18rem;margin:30px 0 12px;padding-bottom:5px;border-bottom:2px solid var(--line)}
h3{font-size:1.02rem;margin:0 0 6px}
p{margin:6px 0}
.sub{color:var(--muted);margin:0}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:10px 0;break-inside:avoid}
dl.identity{display:grid;grid-template-columns:max-content 1fr;gap:3px 18px;margin:0}
dl.identity dt{color:var(--muted)}
dl.identity dd{margin:0;overflow-wrap:anywhere}
.unknown{color:var(--muted);font-style:italic}
.plan{border-left:7px solid var(--clean)}.plan .headline{font-size:1.2rem;font-weight:650;line-height:1.35;margin:0 0 4px}
.route-none{border-left-color:var(--no)}.route-decrypt-first{border-left-color:var(--unknown)}
.plan-steps{margin:10px 0 0;padding-left:26px}.plan-steps li{margin:4px 0}
.plan-steps .place,.plan-steps .kind{display:inline-block;border:1px solid var(--line);border-radius:4px;padding:0 6px;font-size:.8rem;color:var(--muted);margin-right:6px}
.plan-steps .k-fix .kind{color:#fff;background:var(--no);border-color:var(--no)}
.plan-steps .k-confirm .kind{color:#fff;background:var(--unknown);border-color:var(--unknown)}
.plan-steps a{color:inherit}.guide-ref{color:var(--muted);font-size:.85rem;margin-left:4px}
.verdicts{display:grid;grid-template-columns:repeat(auto-fit,minmax(270px,1fr));gap:12px}
.verdict{border-left:7px solid var(--c);margin:0}
.verdict .badge{font-size:.95rem;padding:3px 12px;margin:2px 0 8px}
.verdict .lifecycle{color:var(--muted);font-size:.9rem}
.verdict ul{margin:4px 0 0;padding-left:20px}
.v-ready{--c:var(--ready);background:#f1f9f4}.v-ready-after-fixes{--c:var(--fix);background:#fdf6ec}
.v-clean-install-only{--c:var(--clean);background:#f0f4fb}.v-not-supported{--c:var(--no);background:#fcf1f0}
.v-windows-not-checked{--c:var(--unknown);background:#f4f2f9}
.badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:.8rem;font-weight:600;color:#fff;background:var(--c);white-space:nowrap}
.s-blocker{--c:var(--no)}.s-warning{--c:var(--fix)}.s-unknown{--c:var(--unknown)}.s-advisory{--c:var(--advisory)}.s-pass{--c:var(--pass)}
.chip{display:inline-block;border:1px solid var(--line);border-radius:4px;padding:0 6px;font-size:.8rem;color:var(--muted);margin-left:6px}
.finding{border-left:5px solid var(--c)}
.finding h3{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px}
.finding h4{font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:10px 0 2px}
html[lang=ja] .finding h4{text-transform:none;letter-spacing:0}
.finding ul,.finding ol{margin:2px 0;padding-left:22px}
.evidence li{overflow-wrap:anywhere}
.evidence .src{color:var(--muted);font-size:.85rem}
code{font-family:ui-monospace,"DejaVu Sans Mono","Noto Sans Mono CJK JP",Consolas,monospace;font-size:.86em;background:#edf1f5;border-radius:4px;padding:1px 5px;overflow-wrap:anywhere}
pre.cmd{margin:4px 0;white-space:pre-wrap;word-break:break-all}
table{border-collapse:collapse;width:100%;background:var(--card)}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef2f6;font-weight:600}
.scroll{overflow-x:auto}
.matrix td.cell{text-align:center;white-space:nowrap}.matrix a{color:inherit;text-decoration:none}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;background:var(--c);margin-right:5px}
.disk svg{width:100%;height:64px;display:block}
.legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:4px 18px}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:6px;vertical-align:-1px}
.swatch.bracket{border:2px solid var(--ink);border-top:0;height:.6em;border-radius:0}
.disk-note{font-weight:600}.disk-note.ok{color:var(--ready)}.disk-note.fix{color:var(--fix)}.disk-note.bad{color:var(--no)}
.guides{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}
.guide{display:flex;gap:12px;align-items:flex-start}
.guide svg.qr{flex:none}
.guide a{overflow-wrap:anywhere}
.url{font-size:.8rem;color:var(--muted);overflow-wrap:anywhere}
.nb{white-space:nowrap}
.passed td:first-child{width:40%}
.fleet td.who{min-width:13em}.fleet td.blocker{min-width:13em}.fleet td.fid{white-space:nowrap}
.fleet .badge{white-space:normal}.fleet tbody{border-top:2px solid var(--line)}
.fleet .url{word-break:break-all}
footer{margin-top:34px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:10px}
.count{font-variant-numeric:tabular-nums;text-align:right}
.bar{background:var(--no);height:.8em;border-radius:2px;display:inline-block;vertical-align:middle}
@media (max-width:600px){body{font-size:14px}main{padding:16px 10px}dl.identity{grid-template-columns:1fr}
dl.identity dt{margin-top:6px}.guide{flex-direction:column}}
@page{size:A4;margin:14mm 13mm 16mm;@bottom-right{content:counter(page) " / " counter(pages);font-size:8pt;color:#52606d}}
@media print{:root{--line:#bbb}body{background:#fff;font-size:10pt;line-height:1.45}main{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.scroll{overflow:visible}thead{display:table-header-group}tfoot{display:table-footer-group}
tr,.card,.guide,.evidence li,.plan-steps li,.fleet tbody{break-inside:avoid}
h2,h3,h4,.group{break-after:avoid}h2{margin-top:20px}
.plan,.verdict,.finding{background:#fff}
.badge,.plan-steps .k-fix .kind,.plan-steps .k-confirm .kind{background:#fff!important;color:var(--c,var(--ink))!important;border:1.5px solid var(--c,var(--ink))}
.plan-steps .k-fix .kind{--c:var(--no)}.plan-steps .k-confirm .kind{--c:var(--unknown)}
th{background:#eef2f6}code{background:none;padding:0}
a{color:inherit;text-decoration:none}
main a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;color:var(--muted);overflow-wrap:anywhere}
.guide a[href^="http"]::after{content:none}}
)CSS");
}

} // namespace urs
