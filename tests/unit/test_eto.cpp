// The CSV reader (RFC 4180) and the ETO importer: a 2022-layout fixture,
// broken files with their exact errors, and the real data set in
// shared/datasets/eto (skipped, with a message, when it is not there).
#include <semichain/io/csv.hpp>
#include <semichain/io/eto.hpp>
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using Catch::Detail::Approx;

namespace {

const std::filesystem::path fixture_2022 = std::filesystem::path{SEMICHAIN_TEST_DATA_DIR} / "eto" / "layout_2022";

/// shared/datasets/eto: $SEMICHAIN_SHARED_DIR first, the path CMake knows otherwise.
std::filesystem::path real_eto_dir() {
    const char* env = std::getenv("SEMICHAIN_SHARED_DIR");
    const std::filesystem::path shared = env && *env ? std::filesystem::path{env} : std::filesystem::path{SEMICHAIN_SHARED_DIR_DEFAULT};
    return shared / "datasets" / "eto";
}

/// The first problem's describe(), or "(loaded)".
std::string csv_error(std::string_view text) {
    try {
        (void)parse_csv(text, "t.csv");
    } catch (const load_error& e) {
        return e.first().describe();
    }
    return "(loaded)";
}

std::vector<std::string> eto_errors(const eto_files& files) {
    try {
        (void)load_eto(files);
    } catch (const load_error& e) {
        std::vector<std::string> out;
        for (const auto& p : e.problems()) out.push_back(p.describe());
        return out;
    }
    return {"(loaded)"};
}

/// A tiny data set in the current layout, for the broken-file tests.
eto_files tiny() {
    return eto_files{
        {"inputs.csv",
         "input_id,input_name,type,stage_name,stage_id,description,year\n"
         "N20,EUV lithography tools,tool_resource,,,\"EUV, 13.5 nm\",2025\n"
         "N19,Lithography tools,tool_resource,,,,2025\n"},
        {"providers.csv",
         "provider_name,alias,provider_id,provider_type,country\n"
         "NLD,Netherlands,P45,country,\n"
         "ASML,,P88,organization,NLD\n"},
        {"provision.csv",
         "provider_name,provider_id,provided_name,provided_id,share_provided,year,source\n"
         "ASML,P88,EUV lithography tools,N20,100.0,2025,TechInsights\n"
         "NLD,P45,EUV lithography tools,N20,100.0,2025,TechInsights\n"},
        {"sequence.csv",
         "input_name,input_id,goes_into_name,goes_into_id,is_type_of_name,is_type_of_id\n"
         "EUV lithography tools,N20,,,Lithography tools,N19\n"},
        std::nullopt};
}


/// provider id → share of item x (unknown shares as -1).
std::map<std::string, double> shares_of(const graph_view& v, std::string_view x) {
    std::map<std::string, double> m;
    for (const offering_index o : v.offerings_of(v.item(x)))
        m[std::string{v.companies[v.offerings[o].provider].id}] = v.offerings[o].share;
    return m;
}

/// Country code → the item's known shares summed over providers located there.
std::map<std::string, double> country_shares(const graph_view& v, std::string_view x) {
    std::map<std::string, double> m;
    for (const offering_index o : v.offerings_of(v.item(x))) {
        const auto& off = v.offerings[o];
        if (const auto c = v.companies[off.provider].location; c && off.has_share()) m[std::string{c->code()}] += off.share;
    }
    return m;
}

/// Equal keys, values within 1e-9 (shares computed as percent / 100).
bool near(const std::map<std::string, double>& a, const std::map<std::string, double>& b) {
    if (a.size() != b.size()) return false;
    for (const auto& [k, x] : a) {
        const auto it = b.find(k);
        if (it == b.end() || std::abs(it->second - x) > 1e-9) return false;
    }
    return true;
}

std::pair<std::string, double> top_country(const graph_view& v, std::string_view x) {
    std::pair<std::string, double> best{"", -1.0};
    for (const auto& [c, s] : country_shares(v, x))
        if (s > best.second) best = {c, s};
    return best;
}

const eto_provision* provision_row(const eto_result& r, std::string_view provider, std::string_view x) {
    for (const auto& p : r.provision)
        if (p.provider == provider && p.item == x) return &p;
    return nullptr;
}

}  // namespace

// --- the CSV reader ---------------------------------------------------------------

TEST_CASE("CSV: quoted fields hold commas, doubled quotes and line breaks", "[csv]") {
    const auto t = parse_csv("a,b,c\n"
                             "1,\"two, three\",\"say \"\"hi\"\"\"\n"
                             "\"multi\nline\",,\"\"\n"
                             "x,y,z",
                             "t.csv");
    REQUIRE(t.header == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].fields == std::vector<std::string>{"1", "two, three", "say \"hi\""});
    CHECK(t.records[0].line == 2);
    CHECK(t.records[1].fields == std::vector<std::string>{"multi\nline", "", ""});
    CHECK(t.records[1].line == 3);
    CHECK(t.records[2].fields == std::vector<std::string>{"x", "y", "z"});
    CHECK(t.records[2].line == 5);  // the quoted line break took a line
    CHECK(t.column("b") == 1u);
    CHECK_FALSE(t.column("d").has_value());
}

TEST_CASE("CSV: byte-order mark, CRLF, lone CR, empty lines, a last line without a break", "[csv]") {
    const auto t = parse_csv("\xEF\xBB\xBFid,name\r\n"
                             "P1,\"A\r\nB\"\r\n"
                             "\r\n"
                             "P2,C\r"
                             "P3,\n",
                             "t.csv");
    CHECK(t.header == std::vector<std::string>{"id", "name"});
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].fields == std::vector<std::string>{"P1", "A\nB"});  // CRLF inside quotes reads as "\n"
    CHECK(t.records[1].fields == std::vector<std::string>{"P2", "C"});
    CHECK(t.records[1].line == 5);
    CHECK(t.records[2].fields == std::vector<std::string>{"P3", ""});
    CHECK(t.records[2].line == 6);
}

TEST_CASE("CSV: malformed text is an error naming the line and the field", "[csv]") {
    CHECK(csv_error("a,b\n1,\"open\n2,3\n") == "t.csv:2: column 2 (b): a quoted field must end with a closing quote");
    CHECK(csv_error("a,b\n1,x\"y\n") ==
          "t.csv:2: column 2 (b): a quote may only appear in a quoted field (quote the field and double the quote)");
    CHECK(csv_error("a,b\n\"x\"y,1\n") ==
          "t.csv:2: column 1 (a): a quoted field must end at its closing quote (a separator or line break must follow) ('y')");
    CHECK(csv_error("a,b\n1,2,3\n") == "t.csv:2: a record must have as many fields as the header (2), this one has 3");
    CHECK(csv_error("a,b\n1\n") == "t.csv:2: a record must have as many fields as the header (2), this one has 1");
    CHECK(csv_error("a,a\n1,2\n") == "t.csv:1: column names must be unique ('a')");
    CHECK(csv_error("a,\n1,2\n") == "t.csv:1: column names must not be empty (column 2)");
    CHECK(csv_error("") == "t.csv:1: the file must start with a header of column names (it is empty)");
    CHECK(csv_error("a,b\n1,caf\xC3\n") == "t.csv:2:6: the file must be UTF-8 text (invalid byte sequence)");
    CHECK(csv_error("a,b\n1,\xED\xA0\x80\n") == "t.csv:2:3: the file must be UTF-8 text (invalid byte sequence)");  // a surrogate
    CHECK(csv_error("a,b\n1,\xE4\xB8\xAD\xC2\xA0\n") == "(loaded)");
}

// --- ETO: country names ------------------------------------------------------------

TEST_CASE("ETO country names: ISO codes, the names in the data, residuals and regions", "[eto]") {
    CHECK(eto_country("NLD")->code == NLD);
    CHECK(eto_country("CZE")->code == country{"CZE"});
    CHECK(eto_country("South Korea")->code == KOR);
    CHECK(eto_country("Czech Republic")->code == country{"CZE"});
    CHECK(eto_country("United States")->code == USA);
    CHECK(eto_country("Various countries")->residual);
    CHECK_FALSE(eto_country("Various countries")->code.has_value());
    CHECK(eto_country("EUR")->region);
    CHECK_FALSE(eto_country("Atlantis").has_value());
    CHECK_FALSE(eto_country("").has_value());
    CHECK_FALSE(eto_country("nld").has_value());
}

// --- ETO: the 2022 layout ------------------------------------------------------------

TEST_CASE("ETO: an extract in the 2022 layout (BOM, no year/alias, \"61%\", negligible_market_share)", "[eto][2022]") {
    const eto_result r = load_eto(fixture_2022);
    const graph_view v = r.model;
    CHECK(r.layout == eto_layout::y2022);
    CHECK(r.warnings.empty());
    // 9 inputs + 3 stages; 9 providers; 1 source (the data set: no source column).
    CHECK(v.items.size() == 12);
    CHECK(v.companies.size() == 9);
    CHECK(v.sources.size() == 1);
    // 15 provision rows; the country rows of N19 (NLD, JPN) and N20 (NLD) are
    // left out because those items have organization rows with shares.
    REQUIRE(r.provision.size() == 15);
    CHECK(v.offerings.size() == 12);
    std::size_t left_out = 0;
    for (const auto& p : r.provision) left_out += p.loaded ? 0 : 1;
    CHECK(left_out == 3);
    CHECK_FALSE(provision_row(r, "P45", "N19")->loaded);

    // Percent signs: "81.5%" → 0.815; "61%" for the USA's share of the design stage.
    CHECK(near(shares_of(v, "N19"), {{"P105", 0.09}, {"P159", 0.034}, {"P88", 0.815}, {"P89", -1.0}}));
    CHECK(near(shares_of(v, "S1"), {{"P1", 0.61}}));
    CHECK(near(shares_of(v, "N22"), {{"P370", 0.007}, {"P88", 0.993}}));
    // N26 has country rows only: Japan 56%, the residual 44%.
    CHECK(near(shares_of(v, "N26"), {{"P5", 0.44}, {"P7", 0.56}}));
    // Nikon's row: no share, negligible; no year in this layout. Its line
    // counts the header as line 1.
    const auto* nikon = provision_row(r, "P89", "N19");
    REQUIRE(nikon);
    CHECK(nikon->negligible);
    CHECK_FALSE(nikon->share.has_value());
    CHECK_FALSE(nikon->year.has_value());
    CHECK(nikon->line == 7);
    // Joined on ids: provision.csv calls P89 "Nikon, Inc.", providers.csv "Nikon".
    CHECK(v.companies[v.company("P89")].name == "Nikon");
    CHECK(near(shares_of(v, "N61"), {{"P89", -1.0}}));

    // Items: categories, attributes, a quoted name with commas, stages.
    const auto litho = v.item("N19");
    CHECK(v.items[litho].kind == category::tool);
    CHECK(v.text_attribute(litho, "eto_type") == "tool_resource");
    CHECK(v.text_attribute(litho, "market_size") == "$20.9 billion (2021)");
    CHECK_FALSE(v.number_attribute(litho, "year").has_value());
    CHECK(v.items[v.item("N26")].kind == category::material);
    CHECK(v.items[v.item("N99")].kind == category::chip);
    CHECK(v.items[v.item("N25")].kind == category::service);
    CHECK(v.text_attribute(v.item("N25"), "stage") == "Fabrication");
    CHECK(v.items[v.item("N65")].name == "Film, stack, and shape metrology tools");
    CHECK(v.items[v.item("S3")].name == "Assembly, testing, and packaging (ATP)");
    CHECK(v.text_attribute(v.item("S3"), "eto_type") == "stage");

    // Providers: aggregates for countries, residuals, organizations with roles.
    CHECK(v.companies[v.company("P45")].roles == role_set{role::aggregate});
    CHECK(v.companies[v.company("P45")].location == NLD);
    CHECK(v.companies[v.company("P45")].name == "Netherlands");  // no alias: the ISO name
    CHECK(v.companies[v.company("P5")].is_residual());
    CHECK(v.companies[v.company("P370")].is_residual());
    CHECK(v.companies[v.company("P88")].location == NLD);
    CHECK(v.companies[v.company("P88")].roles == role_set{role::equipment});
    CHECK(v.companies[v.company("P88")].origin.certainty == status::public_);

    // Sequence: 4 goes_into rows → requirements, 3 is_type_of rows → variants.
    CHECK(v.item_requirements.size() == 4);
    REQUIRE(v.requirements_of_item(v.item("N26")).size() == 1);
    CHECK(v.requirements_of_item(v.item("N26"))[0].input == v.item("N8"));
    CHECK(v.requirements_of_item(v.item("N26"))[0].capital);  // a furnace is a tool
    REQUIRE(v.requirements_of_item(v.item("N99")).size() == 1);
    CHECK_FALSE(v.requirements_of_item(v.item("N99"))[0].capital);  // a process is not
    REQUIRE(v.variants.size() == 3);
    CHECK(v.variants[2].item == v.item("N65"));
    CHECK(v.variants[2].general == v.item("N61"));
}

TEST_CASE("ETO: the level option chooses organization rows, country rows or both", "[eto][2022]") {
    const eto_result countries = load_eto(fixture_2022, {.level = eto_level::countries});
    const graph_view c = countries.model;
    // N19: NLD 81.5, JPN 15; N20: NLD; N22 has no country rows: its organizations.
    CHECK(c.offerings.size() == 10);
    CHECK(near(shares_of(c, "N19"), {{"P45", 0.815}, {"P7", 0.15}}));
    CHECK(shares_of(c, "N22").size() == 2);
    const eto_result both = load_eto(fixture_2022, {.level = eto_level::both});
    const graph_view b = both.model;
    CHECK(b.offerings.size() == 15);
    // N19: 81.5 + 3.4 + 9 (organizations) + 81.5 + 15 (countries) = 190.4; N20: ASML 100% and
    // the Netherlands 100%: counted twice, warnings.
    REQUIRE(both.warnings.size() == 2);
    CHECK(both.warnings[0].describe() ==
          (fixture_2022 / "provision.csv").string() +
              ": column share_provided: the shares of one item add up to more than 1.02 (concentration renormalises "
                 "them) ('N19: 190.4%')");
    CHECK(both.warnings[1].offending == "N20: 200%");
}

// --- ETO: broken files -------------------------------------------------------------

TEST_CASE("ETO: the tiny data set loads", "[eto][errors]") {
    const eto_result r = load_eto(tiny());
    CHECK(r.layout == eto_layout::current);
    CHECK(r.model.view().offerings.size() == 1);
    CHECK(r.model.view().sources.size() == 2);  // "eto" and the text "TechInsights"
    CHECK(r.provision[0].year == 2025);
}

TEST_CASE("ETO: broken files are errors naming file, line, column and rule; nothing loads", "[eto][errors]") {
    SECTION("a missing column") {
        auto f = tiny();
        f.provision.text = "provider_name,provider_id,provided_name,provided_id,year,source\n"
                           "ASML,P88,EUV lithography tools,N20,2025,TechInsights\n";
        CHECK(eto_errors(f) ==
              std::vector<std::string>{"provision.csv:1: column share_provided: a required column is missing from the header"});
    }
    SECTION("an unknown provider id") {
        auto f = tiny();
        f.provision.text += "Nobody,P999,EUV lithography tools,N20,5,2025,\n";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "provision.csv:4: column 2 (provider_id): references must name a provider of providers.csv ('P999')"});
    }
    SECTION("an unknown input id") {
        auto f = tiny();
        f.provision.text += "ASML,P88,Wafers,N26,5,2025,\n";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "provision.csv:4: column 4 (provided_id): references must name an input of inputs.csv ('N26')"});
    }
    SECTION("a share that is not a number") {
        auto f = tiny();
        f.provision.text += "ASML,P88,Lithography tools,N19,abc,2025,\n";
        CHECK(eto_errors(f) == std::vector<std::string>{"provision.csv:4: column 5 (share_provided): a share must be a number "
                                                        "of percent, such as 61 or 61% ('abc')"});
    }
    SECTION("a share above 100%") {
        auto f = tiny();
        f.provision.text += "ASML,P88,Lithography tools,N19,120%,2025,\n";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "provision.csv:4: column 5 (share_provided): a share must be from 0 to 100 percent ('120%')"});
    }
    SECTION("negative, exponent, nan, two numbers") {
        for (const char* bad : {"-5", "1e2", "nan", "inf", "5 5", "%", "+5", "0x10"}) {
            auto f = tiny();
            f.provision.text += std::string{"ASML,P88,Lithography tools,N19,"} + bad + ",2025,\n";
            INFO(bad);
            CHECK(eto_errors(f).size() == 1);
        }
        auto f = tiny();
        f.provision.text += "ASML,P88,Lithography tools,N19, 61 % ,2025,\n";
        CHECK(eto_errors(f) == std::vector<std::string>{"(loaded)"});
    }
    SECTION("an unknown country") {
        auto f = tiny();
        f.providers.text += "Acme,,P900,organization,Atlantis\n";
        CHECK(eto_errors(f) == std::vector<std::string>{"providers.csv:4: column 5 (country): a country must be an ISO 3166-1 "
                                                        "alpha-3 code or a known country name (or Various countries) ('Atlantis')"});
        auto g = tiny();
        g.providers.text += "Atlantis,,P901,country,\n";
        CHECK(eto_errors(g) == std::vector<std::string>{
                                   "providers.csv:4: column 1 (provider_name): a country provider must be named by an ISO 3166-1 "
                                   "alpha-3 code or a known country name (or Various countries, EUR) ('Atlantis')"});
    }
    SECTION("an organization without a country, a bad provider type") {
        auto f = tiny();
        f.providers.text += "Acme,,P900,organization,\nBeta,,P901,company,USA\n";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "providers.csv:4: column 5 (country): an organization needs a country",
                                   "providers.csv:5: column 4 (provider_type): provider_type must be country or organization ('company')"});
    }
    SECTION("one provider id with two countries") {
        auto f = tiny();
        f.providers.text += "ASML,ASML Holding,P88,organization,DEU\n";
        CHECK(eto_errors(f) == std::vector<std::string>{"providers.csv:4: column 3 (provider_id): rows of one provider id must "
                                                        "agree on name, type and country (first given on line 3) ('P88')"});
    }
    SECTION("duplicate input ids, an unknown type, a bad year, a year outside [1900, 2100]") {
        auto f = tiny();
        f.inputs.text += "N19,Lithography again,tool_resource,,,,2025\nN30,Gizmo,gadget,,,,\nN31,Gas,material_resource,,,,2025a\n"
                         "N32,Foil,material_resource,,,,22\n";
        CHECK(eto_errors(f) ==
              std::vector<std::string>{
                  "inputs.csv:4: column 1 (input_id): ids must be unique (first given on line 3 of inputs.csv) ('N19')",
                  "inputs.csv:5: column 3 (type): type must be ultimate_output, design_resource, tool_resource, "
                  "material_resource or process ('gadget')",
                  "inputs.csv:6: column 7 (year): a year must be a whole number from 1900 to 2100, such as 2022 ('2025a')",
                  "inputs.csv:7: column 7 (year): a year must be a whole number from 1900 to 2100, such as 2022 ('22')"});
    }
    SECTION("sequence rows with unknown ids or no target") {
        auto f = tiny();
        f.sequence.text += "Wafer,N26,Chip,N99,,\nLithography tools,N19,,,,\n";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "sequence.csv:3: column 2 (input_id): references must name an input of inputs.csv ('N26')",
                                   "sequence.csv:4: column 4 (goes_into_id): a sequence row needs goes_into_id or is_type_of_id"});
    }
    SECTION("an input that goes into itself: the sequence row, not the provision file") {
        auto f = tiny();
        f.sequence.text += "Lithography tools,N19,Lithography tools,N19,,\n";
        CHECK(eto_errors(f) ==
              std::vector<std::string>{"sequence.csv:3: column 2 (input_id): an item cannot require itself ('N19')"});
    }
    SECTION("a row given twice names both lines") {
        auto f = tiny();
        f.provision.text += "ASML,P88,EUV lithography tools,N20,100.0,2025,TechInsights\n";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "provision.csv:4: column 2 (provider_id): offerings with the same provider, item and line "
                                   "must not overlap in time ('P88'); first given at line 2"});
        auto g = tiny();
        g.sequence.text += "Lithography tools,N19,EUV lithography tools,N20,,\nLithography tools,N19,EUV lithography tools,N20,,\n";
        CHECK(eto_errors(g) == std::vector<std::string>{
                                   "sequence.csv:4: column 2 (input_id): a relation must not be given twice (same key and "
                                   "dates) ('N19'); first given at line 3"});
    }
    SECTION("a UTF-16 file") {
        auto f = tiny();
        f.providers.text = std::string{"\xFF\xFE"} + "p\0";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "providers.csv:1:1: the file starts with a UTF-16LE byte-order mark: it must be UTF-8 text "
                                   "(convert it, e.g. iconv -f UTF-16 -t UTF-8)"});
    }
    SECTION("an organization in a region, an empty provider id") {
        auto f = tiny();
        f.providers.text += "Euro Fab,,P90,organization,EUR\n";
        f.provision.text += "ASML, ,EUV lithography tools,N20,5,2025,\n";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "providers.csv:4: column 5 (country): an organization needs a country, not a region ('EUR')",
                                   "provision.csv:4: column 2 (provider_id): ids must not be empty"});
    }
    SECTION("every problem at once, in file order") {
        auto f = tiny();
        f.inputs.text += "N30,Gizmo,gadget,,,,\n";
        f.provision.text += "ASML,P88,Lithography tools,N19,abc,2025,\nASML,P88,Lithography tools,N19,120%,2025,\n";
        try {
            (void)load_eto(f);
            FAIL("loaded");
        } catch (const load_error& e) {
            CHECK(e.problems().size() == 3);
            CHECK(e.file() == "inputs.csv");
            CHECK(e.line() == 4);
            CHECK(e.column() == 3);
            CHECK(e.first().column_name == "type");
            CHECK(e.problems()[2].offending == "120%");
        }
    }
    SECTION("CSV syntax") {
        auto f = tiny();
        f.provision.text += "ASML,P88,\"Lithography tools,N19,5,2025,\n";
        CHECK(eto_errors(f) == std::vector<std::string>{
                                   "provision.csv:4: column 3 (provided_name): a quoted field must end with a closing quote"});
    }
    SECTION("a missing file") {
        const auto dir = std::filesystem::temp_directory_path() / "semichain_test_eto_missing";
        std::filesystem::create_directories(dir);
        try {
            (void)load_eto(dir);
            FAIL("loaded");
        } catch (const load_error& e) {
            CHECK(e.file() == (dir / "inputs.csv").string());
            CHECK(e.rule() == "cannot read the file: it does not exist or is not readable");
        }
        std::filesystem::remove(dir);
    }
}

// --- ETO: the real data set ---------------------------------------------------------

// Figures computed by hand from the files in shared/datasets/eto (commit
// 46e0106 of georgetown-cset/eto-chip-explorer), with grep and awk:
//
//   inputs      grep -cE '^N[0-9]+,' inputs.csv                          = 126 (145 lines: 18 line
//               breaks sit inside quoted descriptions)
//   providers   grep -oE ',P[0-9]+,(country|organization),' providers.csv | sort -u | wc -l = 396
//               (23 ",country," + 373 ",organization,"); the file has 403 records: P122, P139
//               and P159 appear 3 times, P326 twice, one row per alias (403 − 7 = 396)
//   provision   grep -cE '^[^,]*,P[0-9]+,' provision.csv                   = 1300; no provider name is
//               quoted (grep -c '^"' = 0), so field 2 is always the id; 246 rows have no share
//               (grep -E ',N[0-9]+,,|,S[0-9],,' | wc -l)
//   levels      country rows: grep -cE '^[^,]*,(P1|P2|P4|P5|P7|P8|P32|P33|P45|P46|P47|P79|P80|P90|
//               P110|P132|P133|P134|P173|P174|P312|P371|P374),' = 580, so 720 organization rows.
//               8 items have country rows only: S1–S3 (21 rows) and N5, N6, N13, N61, N100 (34 rows).
//               4 items have organization rows without any share but country shares: N26, N33,
//               N84, N85 (47 organization rows, 20 country rows). Every other item with rows has
//               both levels and organization shares.
//               companies level: 720 − 47 + 21 + 34 + 20 = 748 offerings
//               countries level: all 580 country rows (no item falls back)
//               both: 1300
//   sequence    139 records; goes_into: awk -F, 'NR>1 && $4!=""' | wc -l = 54, minus line 46
//               whose quoted name "Film, stack, and shape metrology tools" shifts awk's fields:
//               53 requirements; is_type_of: 85 + 1 (line 46) = 86 variants
//   EUV (N20)   provision.csv line 45: ASML,P88,...,N20,100.0  (ASML: providers.csv line 85, NLD)
//               line 565: NLD,P45,...,N20,100.0
//   ArF immersion (N22)
//               line 48:  ASML,P88,...,N22,99.3
//               line 875: Various companies,P370,...,N22,0.7  (country "Various countries")
//               line 568: NLD,P45,...,N22,99.3;  line 380: JPN,P7,...,N22,0.7
//               companies level: NLD 0.993 (ASML) is the top country, 0.007 residual
//               countries level: NLD 0.993, JPN 0.007
//   Lithography tools (N19), grep ',N19,' provision.csv:
//               organizations: ASML 81.5 (NLD), Tokyo Electron 9.0, Canon 3.4, NuFlare 1.2 (JPN),
//               IMS Nanofabrication 1.4 (AUT), Various companies 3.4  → JPN 9.0 + 3.4 + 1.2 = 13.6
//               countries: NLD 81.5, JPN 15.0, AUT 1.6, DEU 0.6, USA 0.6, SWE 0.4, CHN 0.2, KOR 0.2,
//               Various countries 0.0 → 100.1 in total (a rounding warning at the countries level)
//   EDA (N84)   organization rows have no shares (13 rows), so the country rows load:
//               USA 96.0 (line 1280), JPN 3.0, CHN 1.0, GBR 1.0, ISR 1.0 → 102 (a warning)
//   Core IP (N85) country rows: USA 52, GBR 43, CHN 2, TWN 1 and line 1288 "Various,P5,...,2.0":
//               the name says "Various", the id P5 is "Various countries" in providers.csv
//   Design (S1) USA 51 (line 1012), KOR 13, EUR 10, JPN 9, TWN 8, CHN 6, Various countries 4 = 101
//   EUR         providers.csv line 296: EUR,Europe,P312,country,EUR — a region: a warning

TEST_CASE("ETO: the real data set (current layout)", "[eto][real]") {
    const auto dir = real_eto_dir();
    if (!std::filesystem::exists(dir / "provision.csv")) {
        WARN("skipped: the ETO data set is not at " << dir.string() << " (set SEMICHAIN_SHARED_DIR)");
        return;
    }
    const eto_result r = load_eto(dir);
    const graph_view v = r.model;
    CHECK(r.layout == eto_layout::current);

    SECTION("counts") {
        CHECK(v.items.size() == 126 + 3);
        CHECK(v.companies.size() == 396);
        std::size_t countries = 0, residual = 0;
        for (const auto& c : v.companies) {
            countries += c.is_aggregate() && c.location ? 1 : 0;
            residual += c.is_residual() ? 1 : 0;
        }
        CHECK(countries == 21);  // 23 country providers less "Various countries" and "EUR"
        CHECK(residual == 3);    // P5 Various countries, P312 EUR, P370 Various companies
        CHECK(r.provision.size() == 1300);
        std::size_t no_share = 0, loaded = 0;
        for (const auto& p : r.provision) {
            no_share += p.share ? 0 : 1;
            loaded += p.loaded ? 1 : 0;
        }
        CHECK(no_share == 246);
        CHECK(loaded == 748);
        CHECK(v.offerings.size() == 748);
        CHECK(v.item_requirements.size() == 53);
        CHECK(v.offering_requirements.empty());
        CHECK(v.variants.size() == 86);
        // The EUR warning, then one per item whose shares add up to more than 102% (above rounding).
        REQUIRE_FALSE(r.warnings.empty());
        CHECK(r.warnings[0].describe() ==
              (dir / "providers.csv").string() +
                  ":296: column 1 (provider_name): a region, not a country: imported as an aggregate provider with no "
                  "country (left out of country figures) ('EUR')");
    }

    SECTION("EUV and ArF immersion scanners") {
        CHECK(near(shares_of(v, "N20"), {{"P88", 1.0}}));
        CHECK(v.companies[v.company("P88")].name == "ASML");
        CHECK(v.companies[v.company("P88")].location == NLD);
        CHECK(top_country(v, "N20").first == "NLD");
        CHECK(top_country(v, "N20").second == Approx(1.0));
        CHECK(near(shares_of(v, "N22"), {{"P370", 0.007}, {"P88", 0.993}}));
        CHECK(v.companies[v.company("P370")].is_residual());
        const auto top = top_country(v, "N22");
        CHECK(top.first == "NLD");
        CHECK(top.second == Approx(0.993));
        // Both are types of lithography tools; the furnace goes into the wafer.
        const auto litho = v.item("N19");
        std::vector<std::string> types;
        for (const auto& w : v.variants)
            if (w.general == litho) types.emplace_back(v.items[w.item].id);
        // grep -E ',N19$' sequence.csv | cut -d, -f2 (in file order)
        CHECK(types == std::vector<std::string>{"N20", "N21", "N22", "N28", "N107", "N105", "N106", "N123"});
        CHECK(v.items[v.item("N20")].kind == category::tool);
        // The year of the figure stays with the row, not in the offering's dates.
        const auto* asml = provision_row(r, "P88", "N20");
        REQUIRE(asml);
        CHECK(asml->year == 2025);
        CHECK(asml->line == 45);
        CHECK(v.offerings[v.find_offering(v.company("P88"), v.item("N20"))].since == since_always);
        CHECK_FALSE(provision_row(r, "P45", "N20")->loaded);
        CHECK(provision_row(r, "P45", "N20")->line == 565);
    }

    SECTION("lithography tools: companies against countries") {
        const auto by_company = country_shares(v, "N19");
        CHECK(by_company.at("NLD") == Approx(0.815));
        CHECK(by_company.at("JPN") == Approx(0.136));  // 9.0 + 3.4 + 1.2
        CHECK(by_company.at("AUT") == Approx(0.014));
        CHECK(by_company.size() == 3);
        CHECK(shares_of(v, "N19").at("P370") == Approx(0.034));  // the residual
        const eto_result cr = load_eto(dir, {.level = eto_level::countries});
        const graph_view c = cr.model;
        CHECK(c.offerings.size() == 580);
        const auto by_country = country_shares(c, "N19");
        CHECK(by_country.at("NLD") == Approx(0.815));
        CHECK(by_country.at("JPN") == Approx(0.15));
        CHECK(by_country.at("AUT") == Approx(0.016));
        CHECK(by_country.size() == 8);
        CHECK(shares_of(c, "N19").at("P5") == 0.0);
        // 100.1%: rounding (at most 102%), no warning.
        bool warned = false;
        for (const auto& w : cr.warnings) warned |= w.offending.rfind("N19:", 0) == 0;
        CHECK_FALSE(warned);
        CHECK(load_eto(dir, {.level = eto_level::both}).model.view().offerings.size() == 1300);
    }

    SECTION("EDA, core IP and design: country rows where organizations give no shares") {
        CHECK(v.items[v.item("N84")].kind == category::software);
        CHECK(v.items[v.item("N85")].kind == category::ip);
        CHECK(v.items[v.item("N6")].kind == category::ip);
        CHECK(v.items[v.item("N99")].kind == category::chip);
        CHECK(v.items[v.item("N25")].kind == category::service);
        const auto eda = shares_of(v, "N84");
        CHECK(eda.size() == 5);
        CHECK(eda.at("P1") == Approx(0.96));
        CHECK(top_country(v, "N84").first == "USA");
        CHECK(top_country(v, "N84").second == Approx(0.96));
        // 102%: still rounding, no warning.
        bool warned = false;
        for (const auto& w : r.warnings) warned |= w.offending.rfind("N84:", 0) == 0;
        CHECK_FALSE(warned);
        // Joined on ids: line 1288 names P5 "Various".
        CHECK(shares_of(v, "N85").at("P5") == Approx(0.02));
        CHECK(v.companies[v.company("P5")].name == "Various countries");
        CHECK(top_country(v, "N85").first == "USA");
        CHECK(top_country(v, "N85").second == Approx(0.52));
        // Design: the USA 51%; Europe (a region) is left out of country figures.
        CHECK(top_country(v, "S1").first == "USA");
        CHECK(top_country(v, "S1").second == Approx(0.51));
        CHECK(shares_of(v, "S1").at("P312") == Approx(0.10));
        CHECK(country_shares(v, "S1").size() == 5);  // USA KOR JPN TWN CHN
        // Roles follow from what an organization provides.
        CHECK(v.companies[v.company("P185")].roles == role_set{role::eda, role::ip});        // Synopsys
        CHECK(v.companies[v.company("P88")].roles == role_set{role::equipment});             // ASML
        CHECK(v.companies[v.company("P9")].roles == role_set{role::designer, role::materials});  // Intel: CPUs, FPGAs, photomasks
        CHECK(v.companies[v.company("P1")].roles == role_set{role::aggregate});              // USA
        CHECK(v.companies[v.company("P1")].name == "United States");                        // the alias
    }

    SECTION("quoted fields: commas and line breaks") {
        // sequence.csv line 46: "Film, stack, and shape metrology tools",N65,,,Wafer inspection tools,N61
        const auto film = v.item("N65");
        CHECK(v.items[film].name == "Film, stack, and shape metrology tools");
        bool found = false;
        for (const auto& w : v.variants) found |= w.item == film && w.general == v.item("N61");
        CHECK(found);
        // inputs.csv: 126 records on 145 lines; N20 is on line 24 (grep -n '^N20,').
        const auto inputs = read_csv_file(dir / "inputs.csv");
        CHECK(inputs.records.size() == 126);
        std::size_t with_breaks = 0;
        for (const auto& rec : inputs.records) {
            if (rec.fields[0] == "N20") CHECK(rec.line == 24);
            if (rec.fields[*inputs.column("description")].find('\n') != std::string::npos) ++with_breaks;
        }
        CHECK(with_breaks == 9);
        // Provider aliases with commas: "Bruker, AXS".
        const auto providers = read_csv_file(dir / "providers.csv");
        CHECK(providers.records.size() == 403);
        bool bruker = false;
        for (const auto& rec : providers.records) bruker |= rec.fields[*providers.column("alias")] == "Bruker, AXS";
        CHECK(bruker);
    }

    SECTION("the imported model survives the semichain/1 round trip") {
        const std::string text = write_model(v);
        const graph back = load_model(text, "eto.json");
        CHECK(back.view().offerings.size() == 748);
        CHECK(write_model(back.view()) == text);
    }
}
