package dev.sovai.cli.render.html;

/** The page's inline style sheet (screen and A4 print) and its small script (sorting and filtering tables). */
final class Style {
  private Style() {}

  static final String CSS = String.join("\n",
      "body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:0 auto;"
          + "max-width:1200px;padding:0 16px;color:#222;background:#fff}",
      "h1{font-size:24px}h2{font-size:19px;border-bottom:1px solid #ccc;margin-top:28px}h3{font-size:15px}",
      "a{color:#1f5aa6}small{color:#666}code{font-size:12px}",
      ".maps{display:grid;grid-template-columns:3fr 2fr;gap:12px;align-items:start}",
      "figure{margin:8px 0}figure.map svg{width:100%;height:auto;border:1px solid #ccc}",
      ".sea{fill:#eef4f8}.country{fill:#e4e2dc;stroke:#fff;stroke-width:.5}",
      ".site{fill-opacity:.55;stroke:#222;stroke-width:.6}.site.approximate{stroke-dasharray:2 1.5;stroke:#555}",
      ".la-fail{fill:#c62828}.la-pass{fill:#2e7d32}.la-unknown,.la-none{fill:#9e9e9e}",
      "td.la-fail,td.la-pass,td.la-unknown,td.la-none{fill:none;color:#fff;font-weight:600}",
      "td.la-fail{background:#c62828}td.la-pass{background:#2e7d32}td.la-unknown,td.la-none{background:#888}",
      ".cutoff{fill:#ffeb3b;stroke:#000;stroke-width:.8}",
      ".slice{fill-opacity:.6}.cluster-ring{fill:none;stroke:#222;stroke-width:.8;stroke-dasharray:2 1.5}",
      ".cluster-count{font-size:10px;font-weight:700;text-anchor:middle;fill:#111}"
          + ".map-europe .cluster-count{font-size:15px}.keysvg .cluster-count{font-size:9px}",
      ".legend .key{display:inline-block;width:12px;height:12px;border-radius:6px;border:1px solid #333;"
          + "vertical-align:middle;margin:0 3px 0 10px;opacity:.75}",
      ".legend .key.la-fail{background:#c62828}.legend .key.la-pass{background:#2e7d32}"
          + ".legend .key.la-unknown{background:#9e9e9e}.legend .key.approximate{border-style:dashed}",
      ".legend .key.rest{background:#bbb;border-radius:0}.legend .key.unknown{background:repeating-linear-gradient"
          + "(45deg,#999 0 2px,#fff 2px 4px);border-radius:0}.legend .key.hhi{height:2px;border:0;background:#000;"
          + "border-radius:0}",
      ".keysvg{vertical-align:middle}",
      ".charts{display:flex;flex-wrap:wrap;gap:8px 24px}.chart text{font-size:11px;fill:#222}",
      ".bar{fill:#3b6fb6}.bar.rest{fill:#9fb4d6}.bar.unknown{fill:#bbb;stroke:#666;stroke-dasharray:3 2}",
      ".hhi-axis{fill:#ddd}.hhi-bounds{fill:#f4b183;fill-opacity:.8}.hhi-value{fill:#000}",
      ".plot{fill:#fafafa;stroke:#ccc}.area{fill-opacity:.85;stroke:#fff;stroke-width:.5}.area.rest{fill:#bbb}"
          + ".area.unknown{fill:#e0e0e0}.hhi-line{fill:none;stroke:#000;stroke-width:2}",
      "table.data{border-collapse:collapse;margin:6px 0;font-size:12.5px}",
      "table.data th,table.data td{border:1px solid #ddd;padding:2px 6px;vertical-align:top}",
      "table.data th{background:#f2f2f2;text-align:left}td.num,table.metrics td+td{text-align:right;white-space:nowrap}",
      "table.metrics td+td+td{text-align:left}",
      ".range{color:#666;font-size:11px}.missing{color:#999}",
      ".sortable th{cursor:pointer}.sortable th.asc:after{content:' ▲'}.sortable th.desc:after{content:' ▼'}",
      "#sites-table{display:block;overflow-x:auto}",
      "ul.findings{margin:4px 0 12px;padding-left:18px;font-size:12.5px}ul.findings li{margin:2px 0}",
      "ul.findings li::before{content:'info ';font-weight:600}ul.findings li.o-fail::before{content:'fail ';"
          + "color:#c62828}ul.findings li.o-unknown::before{content:'unknown ';color:#a66d00}"
          + "ul.findings li.o-pass::before{content:'pass ';color:#2e7d32}"
          + "ul.findings li.o-not-applicable::before{content:'not applicable ';color:#666}.chain{color:#555}",
      "details{margin:4px 0}summary{cursor:pointer}p.cites{margin:2px 0;font-size:12px;color:#555}",
      "@page{size:A4;margin:12mm}",
      "@media print{body{max-width:none;font-size:10px}.filter{display:none}a{color:#000;text-decoration:none}"
          + "#sites-table{display:table;font-size:8px}figure,tr,li{break-inside:avoid}h2{break-after:avoid}"
          + "details>summary{list-style:none}}");

  static final String SCRIPT = String.join("\n",
      "(function(){",
      "function val(td){var v=td.getAttribute('data-v');if(v!==null&&v!==''){return parseFloat(v);}",
      " return td.textContent.trim().toLowerCase();}",
      "document.querySelectorAll('table.sortable').forEach(function(t){",
      " t.querySelectorAll('thead th').forEach(function(th,i){th.addEventListener('click',function(){",
      "  var asc=!th.classList.contains('asc');t.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc');});",
      "  th.classList.add(asc?'asc':'desc');var tb=t.tBodies[0];var rows=Array.prototype.slice.call(tb.rows);",
      "  rows.sort(function(a,b){var x=val(a.cells[i]),y=val(b.cells[i]);",
      "   if(typeof x==='number'&&typeof y==='number'){return asc?x-y:y-x;}",
      "   if(typeof x==='number'){return -1;}if(typeof y==='number'){return 1;}",
      "   return asc?String(x).localeCompare(String(y)):String(y).localeCompare(String(x));});",
      "  rows.forEach(function(r){tb.appendChild(r);});});});});",
      "document.querySelectorAll('input[data-filter]').forEach(function(inp){",
      " var t=document.getElementById(inp.getAttribute('data-filter'));",
      " var items=t.tBodies?t.tBodies[0].rows:t.children;inp.closest('.filter').hidden=false;",
      " inp.addEventListener('input',function(){var q=inp.value.toLowerCase();",
      "  Array.prototype.forEach.call(items,function(r){var s=r.tagName==='DETAILS'?r.firstChild:r;",
      "   r.style.display=s.textContent.toLowerCase().indexOf(q)>=0?'':'none';});});});",
      "window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){",
      " d.setAttribute('open','');});});",
      "})();");
}
