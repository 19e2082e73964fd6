// The style sheet and scripts of the HTML report (report/html.hpp), inline in
// every page: no file, font or script is fetched from anywhere.
//
// The page works without JavaScript (tables and the picture at the report's
// date). With it, html_script:
//  - switches each case's picture, status line and date-dependent tables to
//    the state at the date its date control names (the data is the JSON in
//    <script id="semichain-data">: per case the structure once, per date only
//    the states that differ from the plain ones);
//  - reads "#date=YYYY-MM-DD" from the address to set every date control
//    that offers that date, and "node=ID" (after "&") to open that node's
//    details in every case that has it;
//  - shows a node's offerings, shares, rules and sources when it is clicked;
//  - sorts a table by a column when its header is clicked;
//  - sets data-ready="1" on <body> when it has run through.
// html_error_script, first in <head>, lists every script error and
// console.error in <ol id="page-errors">.
#pragma once

namespace semichain::report::detail::html {

inline constexpr const char* html_style = R"css(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0 auto;max-width:1400px;padding:0 1.5em 3em;color:#202124}
h1{font-size:1.6em}h2{border-top:2px solid #dadce0;padding-top:.8em;margin-top:2em}h3{margin-top:1.6em}
code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#f1f3f4;padding:0 .25em;border-radius:3px}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:13px}th,td{border:1px solid #dadce0;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f8f9fa}table.sortable th{cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.current td{background:#fef7e0}.flag{color:#b06000;font-weight:600}.no{color:#c5221f;font-weight:600}
.datectl{background:#f8f9fa;border:1px solid #dadce0;border-radius:6px;padding:.5em .8em;position:sticky;top:0;z-index:2}
.datectl select{font-size:14px}.status{font-size:1.05em}
.graphbox{display:flex;gap:1em;align-items:flex-start}.graphbox figure{margin:0;overflow:auto;max-height:80vh;border:1px solid #dadce0;border-radius:6px;flex:1 1 auto}
.panel{flex:0 0 24em;max-height:80vh;overflow:auto;border:1px solid #dadce0;border-radius:6px;padding:.5em .8em;font-size:13px}
.legend{font-size:12px;color:#5f6368}
svg.graph text{font:11px Helvetica,Arial,sans-serif;pointer-events:none;text-anchor:middle}svg.graph rect{rx:5px}
svg.graph .n{cursor:pointer}svg.graph .n rect,svg.graph .n ellipse{stroke:#5f6368;stroke-width:1}
svg.graph .n.item rect{fill:#e8f0fe}svg.graph .n.item.unav rect{fill:#f4c7c3}svg.graph .n.root rect{stroke-width:3;stroke:#202124}
svg.graph .n.company ellipse{fill:#f1f3f4}svg.graph .n.cp1 ellipse{fill:#d93025}svg.graph .n.cp1 text{fill:#fff}svg.graph .n.cp2 ellipse{fill:#f9ab00}
svg.graph .n.flagged rect,svg.graph .n.flagged ellipse{stroke-dasharray:5 3}svg.graph .n.sel rect,svg.graph .n.sel ellipse{stroke:#1a73e8;stroke-width:3}
svg.graph .e{fill:none;stroke-width:1.2;marker-end:url(#arrow)}svg.graph .e.capital{marker-end:url(#diamond)}svg.graph .e.provides{stroke:#9aa0a6}svg.graph .e.requires{stroke:#1a73e8}svg.graph .e.buys{stroke:#202124}
svg.graph .e.unav{stroke-dasharray:2 3}svg.graph .e.frozen{stroke:#f9ab00;stroke-width:2}svg.graph .e.blocked{stroke:#d93025;stroke-width:2.5}
svg.graph .e.flagged{stroke-dasharray:6 3}
#page-errors{color:#c5221f}
)css";

inline constexpr const char* html_error_script = R"js(
(function(){function note(m){var l=document.getElementById('page-errors');if(!l){window.__semichainErrors=(window.__semichainErrors||[]).concat([m]);return;}
l.hidden=false;var i=document.createElement('li');i.textContent=m;l.appendChild(i);}
window.__semichainNote=note;window.addEventListener('error',function(e){note('error: '+e.message);});
var ce=console.error;console.error=function(){note('console.error: '+Array.prototype.join.call(arguments,' '));if(ce)ce.apply(console,arguments);};})();
)js";

inline constexpr const char* html_script = R"js(
(function(){'use strict';
(window.__semichainErrors||[]).forEach(window.__semichainNote);
var D=JSON.parse(document.getElementById('semichain-data').textContent);
D.cases.forEach(function(c){c.dates.forEach(function(d,i){['n','e','o','b','k'].forEach(function(f){if(!(f in d))d[f]=c.dates[i-1][f];});});});
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}
function code(s){return s?'<code>'+esc(s)+'</code>':'—';}
function dash(s){return s?esc(s):'—';}
function flag(s){return s==='uncertain'||s==='assumption'?'<span class="flag">⚠ '+s+'</span>':dash(s);}
function yn(b){return b?'yes':'<span class="no">no</span>';}
function $(id){return document.getElementById(id);}
function offered(c,di){var m={};c.dates[di].o.forEach(function(o){m[o[0]+':'+o[1]]=o;});return m;}
function dated(m,ti,oi){return m[ti+':'+oi]||[ti,oi,'available','','',0,'',''];}
function stateText(s){return esc(s[2])+(s[3]?' ('+code(s[3])+')':'')+(s[7]?'; '+esc(s[7]):'');}
function blockedText(s){return s[4]?code(s[4])+(s[5]?' (reach uncertain)':''):'—';}
function summary(b,s){var t=code(b[0])+(b[2]?' ('+esc(b[2])+')':'')+(b[3]?' '+esc(b[3]):'')+': '+esc(s[2]);
 if(s[3])t+=' ('+code(s[3])+')';if(s[4])t+=(s[2]!=='blocked'?', also blocked by ':' by ')+code(s[4]);
 if(s[6])t+=', capacity frozen ('+code(s[6])+')';if(s[5])t+=' (reach uncertain: no installed inputs known)';
 if(s[7])t+='; '+esc(s[7]);if(b[6]==='uncertain'||b[6]==='assumption')t+=' <span class="flag">⚠ '+b[6]+'</span>';return t;}
function rows(tb,list){if(tb)tb.innerHTML=list.map(function(r){return'<tr><td>'+r.join('</td><td>')+'</td></tr>';}).join('');}
function render(k,di){
 var c=D.cases[k-1],d=c.dates[di],m=offered(c,di),sec=$('case-'+k);
 var ns=d.n;
 $('status-'+k).innerHTML=code(c.item)+' is <strong>'+(d.a?'available':'not available')+'</strong> to '+(c.buyer?code(c.buyer):'an unrestricted buyer')+' on '+esc(d.d)+'.';
 sec.querySelectorAll('.cur-date').forEach(function(e){e.textContent=d.d;});
 sec.querySelectorAll('svg.graph .n').forEach(function(g){var i=+g.getAttribute('data-n'),s=ns.charAt(i);
  g.classList.toggle('unav',s==='u');g.classList.toggle('cp1',s==='1');g.classList.toggle('cp2',s==='2');});
 var ef={};d.e.forEach(function(e){ef[e[0]]=e;});
 sec.querySelectorAll('svg.graph .e').forEach(function(p){var f=ef[p.getAttribute('data-e')],v=f?f[1]:0;
  p.classList.toggle('unav',(v&1)!==0);p.classList.toggle('frozen',(v&2)!==0);p.classList.toggle('blocked',(v&4)!==0);
  var t=p.querySelector('title');if(t){if(!p.hasAttribute('data-t'))p.setAttribute('data-t',t.textContent.split(' — blocked: ')[0]);
  t.textContent=p.getAttribute('data-t')+(f&&f[2]?' — blocked: '+f[2]:'');}});
 var root=c.trace[0];
 rows(sec.querySelector('.offers tbody'),root[9].map(function(b,oi){var s=dated(m,0,oi);
  return[code(b[0])+' '+esc(b[1]),dash(b[2]),b[3]||'—',dash(b[4]),dash(b[5]),stateText(s),blockedText(s),flag(b[6]),code(b[7])];}));
 rows(sec.querySelector('.blocks tbody'),d.b.map(function(b){var r=c.rules[b[0]];
  return[code(b[0]),dash(r[3]),dash(r[4]),esc(r[1]),esc(r[2]),code(b[1]),code(b[2]),code(b[3]),flag(r[5]),code(r[6])];}));
 var none=sec.querySelector('.no-blocks');if(none)none.hidden=d.b.length>0;
 rows(sec.querySelector('.trace tbody'),c.trace.map(function(l,ti){
  var o=l[9].map(function(b,oi){return summary(b,dated(m,ti,oi));}).join('; ');
  return[l[0],code(l[1])+' '+esc(l[2]),esc(l[3]),l[4]?code(l[4])+(l[5]?' ('+code(l[5])+')':''):'—',code(l[6]),yn(ns.charAt(ti)!=='u'),o||'no offering',flag(l[7])];}));
 var k3=d.k,sets=sec.querySelector('.sets');
 if(sets){var h;if(k3[1])h='<p>The search stopped: '+esc(k3[1])+'</p>';else if(!k3[2])h='<p>The item is already unavailable: the empty set cuts it off.</p>';
  else if(!k3[0].length)h='<p>No set of at most '+c.order+' companies cuts it off.</p>';
  else{var one=k3[0].filter(function(s){return s.length===1;}).map(function(s){return code(s[0]);});
   h='<p>Single points of failure: '+(one.length?one.join(', '):'none')+'.</p><table class="sortable"><thead><tr><th>Order</th><th>Set</th></tr></thead><tbody>'+
    k3[0].map(function(s){return'<tr><td>'+s.length+'</td><td>'+s.map(code).join(', ')+'</td></tr>';}).join('')+'</tbody></table>';}
  sets.innerHTML='<p>'+k3[3]+' candidates.</p>'+h;sortable(sets);}
 sec.querySelectorAll('tr[data-date]').forEach(function(r){r.classList.toggle('current',r.getAttribute('data-date')===d.d);});
 var sel=sec.querySelector('svg.graph .n.sel');if(sel)panel(k,+sel.getAttribute('data-n'));}
function cur(k){return $('date-'+k).selectedIndex;}
function src(c,id){var s=D.sources[id];if(!s)return code(id);var t=esc(s[0]||'(untitled)')+(s[1]?', '+esc(s[1]):'')+(s[2]?', '+esc(s[2]):'');
 return code(id)+': '+(s[3]?'<a href="'+esc(s[3])+'">'+t+'</a>':t);}
function panel(k,i){var c=D.cases[k-1],di=cur(k),d=c.dates[di],m=offered(c,di),node=c.nodes[i],id=node[0],h,used={};
 $('case-'+k).querySelectorAll('svg.graph .n').forEach(function(g){g.classList.toggle('sel',+g.getAttribute('data-n')===i);});
 h='<h4>'+esc(node[1])+'</h4><p>'+code(id)+' — '+(node[2]?'item':'company')+', on '+esc(d.d)+'</p>';
 var offs=[];c.trace.forEach(function(l,ti){l[9].forEach(function(b,oi){if(node[2]?ti===i:b[0]===id)offs.push([l,b,dated(m,ti,oi)]);});});
 if(node[2]){var l=c.trace[i];h+='<p>'+esc(l[3])+'; available to '+code(l[6])+': '+yn(d.n.charAt(i)!=='u')+'; status '+flag(l[7])+'</p>';if(l[8])used[l[8]]=1;
  var ins=c.edges.filter(function(e){return e[1]===i&&e[2]==='r';}).map(function(e){return code(c.nodes[e[0]][0])+(e[3]?' (via '+code(e[3])+')':'');});
  if(ins.length)h+='<p>Inputs: '+ins.join(', ')+'</p>';}
 else{var s=d.n.charAt(i);h+='<p>'+(s==='1'?'<strong>A single point of failure</strong> on this date.':s==='2'?'<strong>In a larger chokepoint set</strong> on this date.':'Not in a chokepoint set on this date.')+'</p>';}
 h+='<h5>Offerings</h5>';if(!offs.length)h+='<p>None in this chain.</p>';
 else h+='<table><thead><tr><th>'+(node[2]?'Provider':'Item')+'</th><th>Share</th><th>State</th><th>Blocked by</th><th>Status</th></tr></thead><tbody>'+
  offs.map(function(x){if(x[1][7])used[x[1][7]]=1;return'<tr><td>'+(node[2]?code(x[1][0])+(x[1][2]?' ('+esc(x[1][2])+')':''):code(x[0][1]))+'</td><td>'+(x[1][3]||'—')+'</td><td>'+stateText(x[2])+'</td><td>'+blockedText(x[2])+'</td><td>'+flag(x[1][6])+'</td></tr>';}).join('')+'</tbody></table>';
 var bl=d.b.filter(function(b){return b[1]===id||b[2]===id||b[3]===id;});h+='<h5>Rules</h5>';
 if(!bl.length)h+='<p>No rule in force blocks an offering '+(node[2]?'of this item':'of or to this company')+' in this chain.</p>';
 else h+='<ul>'+bl.map(function(b){var r=c.rules[b[0]];if(r[6])used[r[6]]=1;return'<li>'+code(b[0])+' ('+dash(r[3])+', '+dash(r[4])+', '+esc(r[1])+') blocks '+code(b[1])+' → '+code(b[2])+' to '+code(b[3])+' '+(r[5]==='uncertain'||r[5]==='assumption'?flag(r[5]):'')+'</li>';}).join('')+'</ul>';
 var ids=Object.keys(used).sort();h+='<h5>Sources</h5>'+(ids.length?'<ul>'+ids.map(function(s){return'<li>'+src(c,s)+'</li>';}).join('')+'</ul>':'<p>None named.</p>');
 $('panel-'+k).innerHTML=h;}
function sortable(root){root.querySelectorAll('table.sortable').forEach(function(t){t.querySelectorAll('thead th').forEach(function(th,col){
 th.addEventListener('click',function(){var tb=t.tBodies[0],asc=th.getAttribute('aria-sort')!=='ascending';
  t.querySelectorAll('thead th').forEach(function(o){o.removeAttribute('aria-sort');});th.setAttribute('aria-sort',asc?'ascending':'descending');
  var rs=Array.prototype.slice.call(tb.rows);rs.sort(function(a,b){var x=a.cells[col].textContent.trim(),y=b.cells[col].textContent.trim(),nx=parseFloat(x),ny=parseFloat(y);
   var r=(!isNaN(nx)&&!isNaN(ny)&&String(nx)===x&&String(ny)===y)?nx-ny:x.localeCompare(y);return asc?r:-r;});
  rs.forEach(function(r){tb.appendChild(r);});});});});}
function fromHash(){var m=/(?:^#|&)date=(\d{4}-\d{2}-\d{2})/.exec(location.hash),n=/(?:^#|&)node=([^&]+)/.exec(location.hash);
 if(m)D.cases.forEach(function(c,j){var s=$('date-'+(j+1));for(var i=0;i<s.options.length;++i)if(s.options[i].value===m[1]){s.selectedIndex=i;render(j+1,i);}});
 if(n)D.cases.forEach(function(c,j){c.nodes.forEach(function(x,i){if(x[0]===decodeURIComponent(n[1]))panel(j+1,i);});});}
D.cases.forEach(function(c,j){var k=j+1,s=$('date-'+k);s.disabled=false;s.addEventListener('change',function(){render(k,s.selectedIndex);});
 $('case-'+k).querySelectorAll('svg.graph .n').forEach(function(g){var i=+g.getAttribute('data-n');
  g.addEventListener('click',function(){panel(k,i);});g.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();panel(k,i);}});});});
sortable(document);fromHash();window.addEventListener('hashchange',fromHash);
document.body.setAttribute('data-ready','1');})();
)js";

}  // namespace semichain::report::detail::html
