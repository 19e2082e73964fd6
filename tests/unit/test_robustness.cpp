// Corners the other tests leave out: the cut-set algebra under chokepoints
// (algo/detail/cut_sets.hpp) on families worked out by hand, the strict
// UTF-8 check of the CSV reader (every kind of malformed sequence, RFC 3629)
// dates that are not calendar dates, and threshold conditions of every kind.
#include <semichain/algo/controls.hpp>
#include <semichain/algo/detail/cut_sets.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/core/date.hpp>
#include <semichain/graph/graph.hpp>
#include <semichain/io/csv.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

using namespace semichain;
using detail::cut_family;
using detail::member_t;

namespace {
/// A budget that allows anything (the limits have their own tests).
struct no_limit {
    constexpr void check(std::size_t /*extra*/) const {}
};

cut_family family(std::initializer_list<std::initializer_list<member_t>> sets) {
    cut_family f;
    for (const auto s : sets) {
        const std::vector<member_t> v(s);
        f.push(v);
    }
    return f;
}

std::vector<std::vector<member_t>> sets_of(const cut_family& f) {
    std::vector<std::vector<member_t>> out;
    for (std::size_t i = 0; i < f.size(); ++i) out.emplace_back(f[i].begin(), f[i].end());
    return out;
}

using sets = std::vector<std::vector<member_t>>;

sets product_of(const cut_family& a, const cut_family& b, std::size_t k) {
    cut_family out;
    detail::product(a, b, k, out, no_limit{});
    return sets_of(out);
}

sets union_of(std::initializer_list<const cut_family*> fams) {
    cut_family out;
    const std::vector<const cut_family*> v(fams);
    detail::unite(std::span<const cut_family* const>{v}, out, no_limit{});
    return sets_of(out);
}
}  // namespace

TEST_CASE("cut sets: AND of overlapping sets whose sizes add up to more than k", "[cut_sets]") {
    // {1,2} and {2,3} fail together through {1,2,3}: 2 + 2 > 3, found through
    // their common member 2.
    CHECK(product_of(family({{1, 2}}), family({{2, 3}}), 3) == sets{{1, 2, 3}});
    CHECK(product_of(family({{1, 2}}), family({{2, 3}}), 2).empty());
    // Every pair: {1,2}∪{2,3}, {1,2}∪{5}, {4}∪{2,3}, {4}∪{5}; none contains another.
    CHECK(product_of(family({{4}, {1, 2}}), family({{5}, {2, 3}}), 3) == sets{{4, 5}, {1, 2, 3}, {1, 2, 5}, {2, 3, 4}});
    // {1,3,4} and {1,4,7} share 1 and 4: joined once (through 1), not twice.
    CHECK(product_of(family({{1, 3, 4}}), family({{1, 4, 7}}), 5) == sets{{1, 3, 4, 7}});
    CHECK(product_of(family({{1, 3, 4}}), family({{1, 4, 7}}), 3).empty());
    // A set of b that contains one of a is kept as it is; a ∪ b is not minimal then.
    CHECK(product_of(family({{1}}), family({{1, 2}, {3}}), 3) == sets{{1, 2}, {1, 3}});
    // Both at the order: only the common sets.
    CHECK(product_of(family({{1, 2}, {1, 3}}), family({{1, 3}, {2, 3}}), 2) == sets{{1, 3}});
    // "Never fails" (no set) absorbs; "always fails" ({∅}) is neutral.
    CHECK(product_of(cut_family{}, family({{1}}), 3).empty());
    CHECK(product_of(family({{}}), family({{1}, {2, 3}}), 3) == sets{{1}, {2, 3}});
}

TEST_CASE("cut sets: OR of families", "[cut_sets]") {
    const cut_family always = detail::always_fails(), never{};
    const cut_family a = family({{1}, {2, 3}}), b = family({{2}, {1, 4}});
    // {1,4} ⊇ {1} and {2,3} ⊇ {2}: only the single points remain.
    CHECK(union_of({&a, &b}) == sets{{1}, {2}});
    CHECK(union_of({&a, &always}) == sets{{}});
    CHECK(union_of({&never, &a, &never}) == sets{{1}, {2, 3}});
    CHECK(union_of({&never}).empty());
    // Single points only, more than eight on each side: merged.
    cut_family low, high;
    for (member_t m = 0; m < 10; ++m) low.push(std::vector<member_t>{m});
    for (member_t m = 5; m < 15; ++m) high.push(std::vector<member_t>{m});
    sets all;
    for (member_t m = 0; m < 15; ++m) all.push_back({m});
    CHECK(union_of({&low, &high}) == all);
}

TEST_CASE("cut sets: minimising a family", "[cut_sets]") {
    cut_family out;
    detail::minimize(family({{3, 4}, {1, 2, 3}, {3}, {3, 4}}), false, out);
    CHECK(sets_of(out) == sets{{3}});
    detail::minimize(family({{1, 2}, {}, {5}}), false, out);
    CHECK(sets_of(out) == sets{{}});
    detail::minimize(family({{2, 5}, {1, 2}, {2, 5}, {1, 2, 5}}), false, out);
    CHECK(sets_of(out) == sets{{1, 2}, {2, 5}});
}

namespace {
std::string csv_error_what(std::string_view text) {
    try {
        (void)parse_csv(text, "t.csv");
    } catch (const load_error& e) {
        return e.what();
    }
    return "(loaded)";
}
constexpr std::string_view bad_utf8 = ": the file must be UTF-8 text (invalid byte sequence)";
}  // namespace

TEST_CASE("CSV: every malformed UTF-8 sequence is named by its line and byte", "[csv]") {
    // Four-byte sequences: U+10000 (F0 90 80 80), U+50000 (F1), U+10FFFF (F4 8F BF BF).
    CHECK(csv_error_what("a\n\xF0\x90\x80\x80,\n") == "t.csv:2: a record must have as many fields as the header (1), this one has 2");
    CHECK(csv_error_what("a\n\xF1\x80\x80\x80\n\xF4\x8F\xBF\xBF\n") == "(loaded)");
    CHECK(csv_error_what("a\nxy\xF4\x90\x80\x80\n") == std::string{"t.csv:2:3"} + std::string{bad_utf8});  // above U+10FFFF
    CHECK(csv_error_what("a\n\xF0\x80\x80\x80\n") == std::string{"t.csv:2:1"} + std::string{bad_utf8});    // overlong
    CHECK(csv_error_what("a\n\xF0\x90\x80\n") == std::string{"t.csv:2:1"} + std::string{bad_utf8});        // a continuation byte missing
    CHECK(csv_error_what("a\n\xF0\x90\x80") == std::string{"t.csv:2:1"} + std::string{bad_utf8});          // cut at the end
    CHECK(csv_error_what("a\n\xE0\x80\xAF\n") == std::string{"t.csv:2:1"} + std::string{bad_utf8});        // overlong '/'
    CHECK(csv_error_what("a\n\xC0\xAF\n") == std::string{"t.csv:2:1"} + std::string{bad_utf8});            // overlong '/'
    CHECK(csv_error_what("a\nok\n\x80\n") == std::string{"t.csv:3:1"} + std::string{bad_utf8});            // a lone continuation
    CHECK(csv_error_what("a\n\xF5\x80\x80\x80\n") == std::string{"t.csv:2:1"} + std::string{bad_utf8});    // no such lead byte
    CHECK(csv_error_what("a\n\xFF\n") == std::string{"t.csv:2:1"} + std::string{bad_utf8});
}

TEST_CASE("CSV: a directory is not a file", "[csv]") {
    const auto dir = std::filesystem::temp_directory_path();
    try {
        (void)read_csv_file(dir);
        FAIL("a directory was read");
    } catch (const load_error& e) {
        CHECK(e.file() == dir.string());
        CHECK(e.line() == 0);
        CHECK(e.rule() == "cannot read the file: it is a directory");
    }
}

TEST_CASE("a date that is not a calendar date is an error, not a day number", "[date]") {
    using namespace std::chrono;
    CHECK(to_day_number(1970y / 1 / 1) == 0);
    CHECK(to_day_number(2024y / 2 / 29) == 19'782);  // 2024-01-01 is day 19 723; + 31 + 28
    CHECK(to_date(19'782) == 2024y / 2 / 29);
    CHECK_THROWS_WITH(to_day_number(2023y / 2 / 29), "semichain: not a valid calendar date: year_month_day::ok() is false");
    CHECK_THROWS_AS((scenario{.as_of = 2024y / 13 / 1}.day()), value_error);
}

TEST_CASE("threshold conditions: numeric equality, bounds, text, and kinds that do not meet", "[controls]") {
    using namespace std::chrono;
    graph_builder b;
    b.add(item_input{.id = "n7", .name = "7 nm", .kind = category::process_node,
                     .attributes = {{.key = "node_nm", .is_number = true, .number = 7}, {.key = "litho", .text = "duv"}}});
    b.add(item_input{.id = "n5", .name = "5 nm", .kind = category::process_node,
                     .attributes = {{.key = "node_nm", .is_number = true, .number = 5}, {.key = "litho", .text = "euv"}}});
    b.add(item_input{.id = "t7", .name = "7 as text", .kind = category::process_node,
                     .attributes = {{.key = "node_nm", .text = "7"}}});
    const auto rule = [&](std::string id, std::vector<condition_input> cs) {
        b.add(rule_input{.id = std::move(id), .kind = rule_kind::threshold, .authority = countries::USA,
                         .effective = 2020y / 1 / 1, .buyer_countries = {countries::CHN}, .conditions = std::move(cs)});
    };
    rule("eq7", {{.key = "node_nm", .op = condition_op::equals, .is_number = true, .number = 7}});
    rule("max6", {{.key = "node_nm", .op = condition_op::at_most, .is_number = true, .number = 6}});
    rule("duv_min5", {{.key = "litho", .op = condition_op::equals, .text = "duv"},
                      {.key = "node_nm", .op = condition_op::at_least, .is_number = true, .number = 5}});
    const graph g = b.build();
    const graph_view v = g.view();
    const auto matches = [&](std::string_view r, std::string_view x) {
        return rule_matches_item(v, v.rule(r), v.item(x));
    };
    CHECK(matches("eq7", "n7"));
    CHECK_FALSE(matches("eq7", "n5"));
    CHECK_FALSE(matches("eq7", "t7"));  // a number never meets a text attribute, "7" or not
    CHECK(matches("max6", "n5"));
    CHECK_FALSE(matches("max6", "n7"));
    CHECK(matches("duv_min5", "n7"));   // both conditions
    CHECK_FALSE(matches("duv_min5", "n5"));  // euv
    CHECK_FALSE(matches("duv_min5", "t7"));  // no litho
}
