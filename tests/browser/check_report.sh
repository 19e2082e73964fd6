#!/usr/bin/env bash
# The headline report's HTML page in a real browser (headless Chromium,
# --dump-dom: the DOM after the page's scripts ran), as a user sees it:
#   check_report.sh TOOL WORK_DIR
# Exit 77 (CTest: skipped) when Chromium is not installed.
set -euo pipefail
tool="$1"
work="$2"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
  echo "check_report.sh: chromium is not installed: skipped"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work"
page="$work/report.html"
# The tool's own layout: the same page on every machine.
"$tool" report --format html --layout layered >"$page"

failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }
expect() {  # expect FILE DESCRIPTION FIXED-STRING
  grep -qF -- "$3" "$1" || fail "$2: '$3' not in $1"
}

size=$(stat -c %s "$page")
echo "report.html: $size bytes"
# The page grows with the world (each case draws its chain): 334 kB before
# the ArF photoresist (one item, two makers, eleven node requirements), 361 kB
# after.
((size < 400000)) || fail "the page is $size bytes, more than 400 000"

# dump NAME URL-FRAGMENT
dump() {
  local name="$1" fragment="$2"
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile-$name" \
    --dump-dom "file://$page$fragment" >"$work/$name.html" 2>"$work/$name.log" || fail "chromium failed on $fragment ($work/$name.log)"
  # The Kirin 9000 case is the second one.
  sed -n '/<section class="case" id="case-2">/,/<\/section>/p' "$work/$name.html" >"$work/$name-case2.html"
}

dump before "#date=2020-09-14&node=tsmc"
dump after "#date=2020-09-15&node=tsmc"

for name in before after; do
  f="$work/$name.html"
  expect "$f" "the script ran through ($name)" 'data-ready="1"'
  expect "$f" "no script error or console error ($name)" '<ol id="page-errors" hidden=""></ol>'
  nodes=$(grep -o '<g class="n [^"]*" data-n="[0-9]*"' "$work/$name-case2.html" | wc -l)
  # The Kirin 9000's picture: 58 nodes (16 traced items, 42 companies: their providers and huawei),
  # as many as report.dot's second cluster has.
  [[ "$nodes" == 58 ]] || fail "case 2 shows $nodes nodes, not 58 ($name)"
done

# 2020-09-14: available; TSMC, the only maker of its N5, a single point of failure.
b="$work/before-case2.html"
expect "$b" "available on 2020-09-14" '<code>kirin_9000</code> is <strong>available</strong> to <code>huawei</code> on 2020-09-14.'
expect "$b" "the Kirin 9000 drawn available" '<g class="n item root" data-n="0" data-id="kirin_9000"'
# TSMC's details are open (node=tsmc): its node is selected.
expect "$b" "TSMC highlighted as a single point of failure" 'class="n company cp1 sel" data-n="56" data-id="tsmc"'
expect "$b" "TSMC's details: its N5 offering available under the rule's savings clause" \
  '<td><code>tsmc_n5</code></td><td>—</td><td>available; savings clause of us_fdp_huawei_2020</td><td>—</td>'
expect "$b" "TSMC's details: a single point of failure" '<strong>A single point of failure</strong> on this date.'
expect "$b" "no block on 2020-09-14" '<p class="no-blocks">No control rule in force blocks anything in this chain.</p>'

# 2020-09-15: the foreign-direct-product rule cuts HiSilicon off from TSMC.
a="$work/after-case2.html"
expect "$a" "unavailable on 2020-09-15" '<code>kirin_9000</code> is <strong>not available</strong> to <code>huawei</code> on 2020-09-15.'
expect "$a" "the Kirin 9000 drawn unavailable" '<g class="n item root unav" data-n="0" data-id="kirin_9000"'
expect "$a" "TSMC no longer a chokepoint (nothing left to cut)" 'class="n company sel" data-n="56" data-id="tsmc"'
expect "$a" "TSMC's N5 offering drawn blocked" 'class="e provides blocked" data-e="3"'
expect "$a" "the block listed with its rule" '<td><code>us_fdp_huawei_2020</code></td><td>USA</td><td>2020-05-15</td>'
expect "$a" "TSMC's details: its N5 offering blocked" '<td><code>tsmc_n5</code></td><td>—</td><td>blocked</td><td><code>us_fdp_huawei_2020</code> (reach uncertain)</td>'
expect "$a" "TSMC's details: the rule" '<li><code>us_fdp_huawei_2020</code> (USA, 2020-05-15, '
expect "$a" "TSMC's details: the rule's source linked" '<h5>Sources</h5><ul><li><code>'
expect "$a" "the dates shown in the headings" '<h3>Dependency trace on <span class="cur-date">2020-09-15</span></h3>'

# Without JavaScript the page is as written (Chromium's --dump-dom needs
# scripts): the tables and the picture at the report's date.
sed -n '/<section class="case" id="case-2">/,/<\/section>/p' "$page" >"$work/static-case2.html"
expect "$work/static-case2.html" "static status" '<code>kirin_9000</code> is <strong>available</strong> to <code>huawei</code> on 2020-09-14.'
expect "$work/static-case2.html" "static picture" '<g class="n item root" data-n="0" data-id="kirin_9000"'
expect "$work/static-case2.html" "static trace table" '<table class="sortable trace">'

if ((failures > 0)); then
  echo "$failures check(s) failed; the pages are in $work"
  exit 1
fi
echo "all checks passed"
