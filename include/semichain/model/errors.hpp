// The errors of a compile-time model, each named for the rule it breaks.
//
// Type-level mistakes (an entity missing from the model, one listed twice)
// use an incomplete class template: the compiler prints its name with the
// user's own types, such as
//     model_error::entity_is_not_in_the_models_entity_list<smic>
// Value-level mistakes (weights of one offering above 1) call a function
// that is not constexpr: in a constant expression the compiler stops there
// and prints the function's name; at run time it throws.
#pragma once

#include <semichain/core/error.hpp>
#include <semichain/graph/input.hpp>

#include <stdexcept>
#include <string>

namespace semichain::detail {

[[noreturn]] inline void throw_model_error(problem_kind k) {
    throw value_error("semichain: the model breaks a rule: " + std::string(describe(k)));
}
}  // namespace semichain::detail

namespace semichain::model_error {

// --- type level (never defined) -------------------------------------------------

/// An entity type is used by a relation or by another entity (as a parent,
/// foundry, provider, source or target) but is not in `entities<...>`.
template <class Entity>
struct entity_is_not_in_the_models_entity_list;
/// The same entity type appears twice in `entities<...>`.
template <class Entity>
struct entity_is_listed_twice_in_the_entity_list;
/// Two entity types of one kind (companies, items, sources or rules) have the same `id`.
template <class First, class Second>
struct two_entity_types_of_one_kind_have_the_same_id;
/// `offering_requires<Provider, Item, Input>` without a `provides<Provider, Item>` in the model.
template <class Provider, class Item>
struct the_model_has_no_provides_relation_for_this_offering;
template <class Provider, class Item>
struct the_model_has_no_provides_relation_for_this_line;

// --- value level (not constexpr) --------------------------------------------------

[[noreturn]] inline void an_entity_has_an_empty_id() { detail::throw_model_error(problem_kind::empty_id); }
[[noreturn]] inline void two_entities_of_one_kind_have_the_same_id() {
    detail::throw_model_error(problem_kind::duplicate_id);
}
[[noreturn]] inline void a_reference_names_an_entity_that_is_not_in_the_model() {
    detail::throw_model_error(problem_kind::unknown_reference);
}
[[noreturn]] inline void a_company_needs_a_headquarters_country() {
    detail::throw_model_error(problem_kind::missing_country);
}
[[noreturn]] inline void a_share_must_be_a_fraction_between_0_and_1() {
    detail::throw_model_error(problem_kind::share_out_of_range);
}
[[noreturn]] inline void a_weight_must_be_a_fraction_between_0_and_1() {
    detail::throw_model_error(problem_kind::weight_out_of_range);
}
[[noreturn]] inline void since_must_be_before_until() {
    detail::throw_model_error(problem_kind::since_not_before_until);
}
[[noreturn]] inline void the_weights_of_one_offering_add_up_to_more_than_1() {
    detail::throw_model_error(problem_kind::weights_exceed_one);
}
[[noreturn]] inline void an_offering_requirement_names_an_offering_that_does_not_exist() {
    detail::throw_model_error(problem_kind::unknown_offering);
}
[[noreturn]] inline void an_item_cannot_require_itself() { detail::throw_model_error(problem_kind::self_requirement); }
[[noreturn]] inline void a_control_rule_needs_an_effective_date() {
    detail::throw_model_error(problem_kind::missing_effective_date);
}
[[noreturn]] inline void a_control_rule_needs_an_authority() {
    detail::throw_model_error(problem_kind::missing_authority);
}
[[noreturn]] inline void an_entity_listing_needs_at_least_one_target() {
    detail::throw_model_error(problem_kind::listing_without_targets);
}
[[noreturn]] inline void a_threshold_rule_needs_a_category_or_an_attribute_condition() {
    detail::throw_model_error(problem_kind::threshold_without_match);
}
[[noreturn]] inline void a_company_cannot_own_itself() { detail::throw_model_error(problem_kind::ownership_cycle); }
[[noreturn]] inline void a_line_must_be_one_of_the_providers_offerings_of_the_item() {
    detail::throw_model_error(problem_kind::unknown_line);
}
[[noreturn]] inline void two_offerings_of_one_line_overlap_in_time() {
    detail::throw_model_error(problem_kind::duplicate_offering);
}
[[noreturn]] inline void a_relation_is_given_twice() { detail::throw_model_error(problem_kind::duplicate_relation); }

}  // namespace semichain::model_error

namespace semichain::detail {

/// Stops on an error (not a warning) of a model's input by calling the
/// model_error function named for it.
constexpr void fail_model_problem(problem_kind k) {
    switch (k) {
        case problem_kind::empty_id: model_error::an_entity_has_an_empty_id();
        case problem_kind::duplicate_id: model_error::two_entities_of_one_kind_have_the_same_id();
        case problem_kind::unknown_reference: model_error::a_reference_names_an_entity_that_is_not_in_the_model();
        case problem_kind::missing_country: model_error::a_company_needs_a_headquarters_country();
        case problem_kind::share_out_of_range: model_error::a_share_must_be_a_fraction_between_0_and_1();
        case problem_kind::weight_out_of_range: model_error::a_weight_must_be_a_fraction_between_0_and_1();
        case problem_kind::since_not_before_until: model_error::since_must_be_before_until();
        case problem_kind::weights_exceed_one: model_error::the_weights_of_one_offering_add_up_to_more_than_1();
        case problem_kind::unknown_offering:
            model_error::an_offering_requirement_names_an_offering_that_does_not_exist();
        case problem_kind::self_requirement: model_error::an_item_cannot_require_itself();
        case problem_kind::missing_effective_date: model_error::a_control_rule_needs_an_effective_date();
        case problem_kind::missing_authority: model_error::a_control_rule_needs_an_authority();
        case problem_kind::listing_without_targets: model_error::an_entity_listing_needs_at_least_one_target();
        case problem_kind::threshold_without_match:
            model_error::a_threshold_rule_needs_a_category_or_an_attribute_condition();
        case problem_kind::ownership_cycle: model_error::a_company_cannot_own_itself();
        case problem_kind::unknown_line: model_error::a_line_must_be_one_of_the_providers_offerings_of_the_item();
        case problem_kind::duplicate_offering: model_error::two_offerings_of_one_line_overlap_in_time();
        case problem_kind::duplicate_relation: model_error::a_relation_is_given_twice();
        case problem_kind::shares_exceed_one:
        case problem_kind::installed_not_capital: return;  // warnings
    }
}

}  // namespace semichain::detail
