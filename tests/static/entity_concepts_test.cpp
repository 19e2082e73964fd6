// Compile-time facts about entity types and their concepts.
#include "minimal_model.hpp"

#include <semichain/model.hpp>

#include <chrono>
#include <string_view>

namespace {

using namespace semichain;
// Not `using namespace minimal`: its `chip` would clash with semichain::chip.
using minimal::a, minimal::b, minimal::m, minimal::m_design, minimal::wafer, minimal::m_7nm, minimal::scanner,
    minimal::s001, minimal::listing, minimal::scanner_rule;

// Every kind satisfies its own concept and no other.
static_assert(Company<a> && Company<m_design> && !Item<a> && !Source<a>);
static_assert(Item<wafer> && Material<wafer> && !Company<wafer> && !Chip<wafer>);
static_assert(Chip<minimal::chip> && Item<minimal::chip> && !ProcessNode<minimal::chip>);
static_assert(ProcessNode<m_7nm> && Item<m_7nm> && !Tool<m_7nm>);
static_assert(Tool<scanner> && !ProcessNode<scanner>);
static_assert(Source<s001> && Entity<s001> && !Company<s001>);
static_assert(EntityListing<listing> && ControlRule<listing> && !ThresholdRule<listing>);
static_assert(ThresholdRule<scanner_rule> && ControlRule<scanner_rule> && !EntityListing<scanner_rule>);
static_assert(Entity<a> && Entity<wafer> && Entity<listing> && !Entity<int> && !Entity<country>);

// Categories come from the kind.
static_assert(category_of<wafer> == category::material);
static_assert(category_of<m_7nm> == category::process_node);
static_assert(category_of<scanner> == category::tool);
static_assert(scope_of<listing>() == rule_scope::origin);
static_assert(scope_of<scanner_rule>() == rule_scope::cannot_be_made_without);

// A company without headquarters is no company; the failing clause names the member.
struct no_headquarters final : company {
    static constexpr std::string_view id = "x", name = "X";
};
static_assert(!Company<no_headquarters> && !detail::HasHeadquarters<no_headquarters>);
// A member of the wrong type does not pass either.
struct wrong_node final : process_node {
    static constexpr std::string_view id = "n", name = "N";
    using foundry = m;
    static constexpr double node = 7.0;
    [[maybe_unused]] static constexpr lithography litho = lithography::euv;
};
static_assert(!ProcessNode<wrong_node> && !detail::HasNode<wrong_node>);
struct packaging final : packaging_technology {
    static constexpr std::string_view id = "p", name = "P";
    static constexpr packaging_family family = packaging_family::interposer_2_5d;
    using provider = m;
};
static_assert(PackagingTechnology<packaging> && category_of<packaging> == category::packaging);

// Relations are aggregates of optional values.
constexpr provides<a, wafer> offer{.share = share{0.6}, .since = std::chrono::year{2020} / 1 / 1};
static_assert(offer.share->value() == 0.6 && !offer.until && offer.certainty == status::unspecified);
static_assert(Relation<provides<a, wafer>> && Relation<requires_<minimal::chip, wafer>> && Relation<listed<listing, m>>);
static_assert(!Relation<int> && !Relation<a>);
static_assert(std::is_same_v<provides<b, wafer, s001>::references, type_list<b, wafer, s001>>);
static_assert(std::is_same_v<offering_requires<m, m_7nm, scanner>::references, type_list<m, m_7nm, scanner>>);

// Condition and attribute helpers.
static_assert(at_most("node_nm", 16).op == condition_op::at_most && at_most("node_nm", 16).is_number);
static_assert(equals("tool_class", "euv_scanner").text == "euv_scanner" && !equals("tool_class", "x").is_number);
static_assert(equals("layers", 128).is_number && equals("layers", 128).number == 128);
static_assert(text_attribute("memory", "hbm").text == "hbm" && number_attribute("layers", 128).number == 128);

// The model knows its types.
static_assert(Model<decltype(minimal::model)> && !Model<int>);
static_assert(decltype(minimal::model)::entity_types::size == 11);
static_assert(decltype(minimal::model)::relation_types::size == 11);

}  // namespace
