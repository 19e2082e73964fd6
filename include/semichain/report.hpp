// Reports: a chokepoint report assembled as data (report/report.hpp,
// report/assemble.hpp) and its writers — Markdown, JSON, CSV, Graphviz DOT,
// plain text and a self-contained HTML page (report/html.hpp). Opt-in: the
// JSON writer and the readings without flagged rows
// (report/without_flagged.hpp) need nlohmann_json (3.x); include the other
// headers alone to avoid that dependency.
#pragma once

#include <semichain/report/assemble.hpp>
#include <semichain/report/basis.hpp>
#include <semichain/report/concentration.hpp>
#include <semichain/report/csv.hpp>
#include <semichain/report/dot.hpp>
#include <semichain/report/facts.hpp>
#include <semichain/report/format.hpp>
#include <semichain/report/html.hpp>
#include <semichain/report/html_assets.hpp>
#include <semichain/report/html_sections.hpp>
#include <semichain/report/json.hpp>
#include <semichain/report/layout.hpp>
#include <semichain/report/markdown.hpp>
#include <semichain/report/report.hpp>
#include <semichain/report/states.hpp>
#include <semichain/report/text.hpp>
#include <semichain/report/without_flagged.hpp>
