// A compile-time model as a graph input (entities and relations by string
// id): what lowering assembles, and what the run-time builder can check to
// list every problem with its ids.
#pragma once

#include <semichain/core/control.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/graph/input.hpp>
#include <semichain/model/detail/pack.hpp>
#include <semichain/model/model.hpp>
#include <semichain/model/relations.hpp>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace semichain {

namespace detail {
using model_input = basic_graph_input<std::string_view>;

template <class T>
constexpr std::string_view source_id_of() noexcept {
    if constexpr (requires { typename T::source; }) return T::source::id;
    else return {};
}
template <class T>
constexpr status certainty_of() noexcept {
    if constexpr (requires { T::certainty; }) return T::certainty;
    else return status::unspecified;
}

/// The attributes an item type gives its graph item: those of its kind, then
/// its own `attributes`.
template <class T>
constexpr std::vector<basic_attribute_input<std::string_view>> attributes_of() {
    std::vector<basic_attribute_input<std::string_view>> out;
    const auto add = [&](const attribute_record& a) { out.push_back({a.key, a.is_number, a.number, a.text}); };
    if constexpr (std::derived_from<T, process_node>) {
        add(number_attribute("node_nm", T::node.count()));
        add(text_attribute("lithography", to_string(lithography{T::litho})));
        if constexpr (requires { T::first_volume; })
            add(number_attribute("first_volume_year", static_cast<int>(std::chrono::year{T::first_volume})));
        add(text_attribute("foundry", T::foundry::id));
    } else if constexpr (std::derived_from<T, packaging_technology>) {
        add(text_attribute("packaging_family", to_string(packaging_family{T::family})));
        if constexpr (requires { typename T::provider; }) add(text_attribute("provider", T::provider::id));
    } else if constexpr (std::derived_from<T, tool>) {
        add(text_attribute("tool_class", to_string(tool_class{T::klass})));
    } else if constexpr (std::derived_from<T, chip>) {
        if constexpr (requires { T::transistors; })
            add(number_attribute("transistors", static_cast<double>(transistor_count{T::transistors}.count())));
    }
    if constexpr (requires { T::attributes; })
        for (const attribute_record& a : T::attributes) add(a);
    return out;
}

template <class... Ts>
constexpr std::vector<std::string_view> ids_of(type_list<Ts...>) {
    return {std::string_view{Ts::id}...};
}

template <class T>
constexpr void add_entity(model_input& in) {
    if constexpr (std::derived_from<T, source>) {
        basic_source_input<std::string_view> s{.id = T::id, .title = T::title};
        if constexpr (requires { T::publisher; }) s.publisher = T::publisher;
        if constexpr (requires { T::published; }) s.published = T::published;
        if constexpr (requires { T::url; }) s.url = T::url;
        in.sources.push_back(s);
    } else if constexpr (std::derived_from<T, company>) {
        basic_company_input<std::string_view> c{.id = T::id, .name = T::name, .location = country{T::headquarters},
                                                 .source = source_id_of<T>(), .certainty = certainty_of<T>()};
        if constexpr (requires { T::roles; }) c.roles = T::roles;
        if constexpr (requires { typename T::parent; }) c.parent = T::parent::id;
        in.companies.push_back(c);
    } else if constexpr (std::derived_from<T, item>) {
        in.items.push_back({.id = T::id, .name = T::name, .kind = T::item_category, .attributes = attributes_of<T>(),
                            .source = source_id_of<T>(), .certainty = certainty_of<T>()});
    } else {
        basic_rule_input<std::string_view> r{.id = T::id, .name = T::name, .authority = country{T::authority},
                                              .effective = date{T::effective}, .scope = scope_of<T>(),
                                              .source = source_id_of<T>(), .certainty = certainty_of<T>()};
        if constexpr (requires { T::announced; }) r.announced = date{T::announced};
        if constexpr (requires { T::savings_until; }) r.savings_until = date{T::savings_until};
        if constexpr (requires { T::policy; }) r.policy = licence_policy{T::policy};
        if constexpr (requires { T::policies; })
            for (const item_policy& p : T::policies) {
                basic_policy_input<std::string_view> q{p.match, {}, p.policy};
                if (p.condition) q.conditions.push_back({p.condition->key, p.condition->op, p.condition->is_number,
                                                         p.condition->number, p.condition->text});
                r.policies.push_back(std::move(q));
            }
        if constexpr (std::derived_from<T, entity_listing>) {
            r.kind = rule_kind::entity_listing;
            if constexpr (requires { typename T::targets; }) r.targets = ids_of(typename T::targets{});
        } else {
            r.kind = rule_kind::threshold;
            r.buyer_countries = T::buyer_countries;
            if constexpr (requires { T::match; }) r.match = category{T::match};
            if constexpr (requires { T::conditions; })
                for (const condition_record& c : T::conditions)
                    r.conditions.push_back({c.key, c.op, c.is_number, c.number, c.text});
        }
        in.rules.push_back(std::move(r));
    }
}

constexpr void add_relation(model_input& in, const relation_value& r) {
    switch (r.kind) {
    case relation_kind::provides:
        in.provides.push_back({r.first, r.second, r.line, r.amount, r.since, r.until, r.source, r.certainty});
        break;
    case relation_kind::requires_item:
        in.requires_.push_back({r.first, r.second, {}, r.amount, r.capital, r.source, r.certainty});
        break;
    case relation_kind::requires_offering:
        in.requires_.push_back({r.first, r.second, r.third, r.amount, r.capital, r.source, r.certainty});
        break;
    case relation_kind::owns:
        in.owns.push_back({r.first, r.second, r.source, r.certainty});
        break;
    case relation_kind::invests:
        in.invests.push_back({r.first, r.second, r.since, r.amount, r.source, r.certainty});
        break;
    case relation_kind::variant_of:
        in.variants.push_back({r.first, r.second, r.source, r.certainty});
        break;
    case relation_kind::listed:
        for (auto& rule : in.rules)
            if (rule.id == r.first) rule.targets.push_back(r.second);
        break;
    case relation_kind::installed:
        in.installed.push_back({r.first, r.second, r.line, r.third, r.fourth, r.since, r.source, r.certainty});
        break;
    case relation_kind::observed:
        in.observations.push_back({r.first, r.second, r.line, r.third, r.since, r.source, r.certainty});
        break;
    case relation_kind::licence:
        in.licences.push_back({r.first, r.second, r.third, r.fourth, r.since, r.until, r.source, r.certainty});
        break;
    case relation_kind::assists:
        in.assists.push_back({r.first, r.second, r.since, r.source, r.certainty});
        break;
    }
}
}  // namespace detail

/// The model as entities and relations by string id (the strings are the
/// types' static ids, so the result may live at compile time or run time).
template <class... Es, class... Rs>
constexpr basic_graph_input<std::string_view> to_graph_input(const model<entity_list<Es...>, Rs...>& m) {
    using detail::relation_kind;
    constexpr auto count = []([[maybe_unused]] relation_kind k) { return detail::count_true({Rs::relation == k...}); };
    detail::model_input in;
    in.sources.reserve(detail::count_true({std::derived_from<Es, source>...}));
    in.companies.reserve(detail::count_true({std::derived_from<Es, company>...}));
    in.items.reserve(detail::count_true({std::derived_from<Es, item>...}));
    in.rules.reserve(detail::count_true({std::derived_from<Es, control_rule>...}));
    in.provides.reserve(count(relation_kind::provides));
    in.requires_.reserve(count(relation_kind::requires_item) + count(relation_kind::requires_offering));
    in.owns.reserve(count(relation_kind::owns));
    in.invests.reserve(count(relation_kind::invests));
    in.variants.reserve(count(relation_kind::variant_of));
    in.installed.reserve(count(relation_kind::installed));
    in.observations.reserve(count(relation_kind::observed));
    in.licences.reserve(count(relation_kind::licence));
    in.assists.reserve(count(relation_kind::assists));
    (void)std::initializer_list<int>{(detail::add_entity<Es>(in), 0)...};
    for (const detail::relation_value& r : m.relations) detail::add_relation(in, r);
    return in;
}

}  // namespace semichain
