// Small hand-written inputs shared by the fuzz targets: a semichain/1 model
// and an ETO extract in the current layout. The ETO rows are made up (ids,
// names and shares are illustrative, not ETO's); they only have ETO's shape.
#pragma once

#include <string_view>

namespace semichain::fuzz {

/// FORMAT.md's minimal model with one entity listing: a, b make wafers, m
/// makes chips from them, x buys.
inline constexpr std::string_view tiny_model_json = R"({"format": "semichain/1",
 "sources": [{"id": "s1", "title": "Made up", "date": "2024-01-01"}],
 "companies": [{"id": "a", "name": "A", "country": "USA", "roles": ["materials"]},
               {"id": "b", "name": "B", "country": "JPN", "roles": ["materials"]},
               {"id": "m", "name": "M", "country": "TWN", "roles": ["foundry"]},
               {"id": "x", "name": "X", "country": "CHN", "roles": ["device_maker"]}],
 "items": [{"id": "wafer", "name": "Wafer", "category": "material"},
           {"id": "chip", "name": "Chip", "category": "chip", "attributes": {"node_nm": 7}}],
 "provides": [{"provider": "a", "item": "wafer", "share": 0.6},
              {"provider": "b", "item": "wafer", "share": 0.4, "since": "2020-01-01"},
              {"provider": "m", "item": "chip", "share": 1.0, "source": "s1", "status": "public"}],
 "requires": [{"item": "chip", "input": "wafer", "weight": 0.3}],
 "controls": [{"id": "r1", "authority": "USA", "kind": "entity_listing", "effective": "2023-01-01",
               "targets": ["x"], "scope": "foreign_direct_product"},
              {"id": "r2", "authority": "TWN", "kind": "threshold", "effective": "2024-01-01",
               "buyer_countries": ["CHN"], "match": {"category": "chip", "attributes": {"node_nm": {"max": 16}}}}]}
)";

/// The ETO files in the current layout (inputs, providers, provision,
/// sequence, stages).
inline constexpr std::string_view tiny_eto_inputs =
    "input_id,input_name,type,stage_name,stage_id,description,year,market_share_chart_global_market_size_info\n"
    "N1,Widget chip,ultimate_output,,,A chip,2023,$1 billion (2023)\n"
    "N2,Widget design,design_resource,Design,S1,\"Design, of widgets\",,\n"
    "N3,Polishing tools,tool_resource,Fabrication,S2,,2023,\n"
    "N4,Layout software,tool_resource,Design,S1,EDA,,\n"
    "N5,Slurry,material_resource,Fabrication,S2,,,\n"
    "N6,Widget core intellectual property,material_resource,Design,S1,,,\n"
    "N7,Polishing,process,Fabrication,S2,,,\n";
inline constexpr std::string_view tiny_eto_providers =
    "provider_name,alias,provider_id,provider_type,country\n"
    "USA,United States,P1,country,\n"
    "JPN,Japan,P2,country,\n"
    "Various countries,,P3,country,\n"
    "EUR,Europe,P4,country,\n"
    "Acme Tools,,P10,organization,USA\n"
    "Acme Tools,Acme,P10,organization,USA\n"
    "Nippon Slurry,,P11,organization,Japan\n"
    "Various companies,,P12,organization,Various countries\n";
inline constexpr std::string_view tiny_eto_provision =
    "provider_name,provider_id,provided_name,provided_id,share_provided,year,source\n"
    "Acme Tools,P10,Polishing tools,N3,70,2023,Made-up survey\n"
    "Various companies,P12,Polishing tools,N3,30,2023,Made-up survey\n"
    "USA,P1,Polishing tools,N3,70,2023,\n"
    "Nippon Slurry,P11,Slurry,N5,,,\n"
    "JPN,P2,Slurry,N5,55.5,2022,\"Another, quoted source\"\n"
    "P4 region,P4,Slurry,N5,44.5,2022,\n"
    "USA,P1,Design,S1,61,2022,\n"
    "Acme Tools,P10,Layout software,N4,100,,\n"
    "USA,P1,Widget design,N2,,,\n"
    "USA,P1,Widget core intellectual property,N6,,,\n"
    "JPN,P2,Polishing,N7,100,,\n"
    "USA,P1,Widget chip,N1,100,,\n";
inline constexpr std::string_view tiny_eto_sequence =
    "input_name,input_id,goes_into_name,goes_into_id,is_type_of_name,is_type_of_id\n"
    "Widget design,N2,Widget chip,N1,,\n"
    "Polishing,N7,Widget chip,N1,,\n"
    "Polishing tools,N3,Polishing,N7,,\n"
    "Slurry,N5,Polishing,N7,,\n"
    "Layout software,N4,Widget design,N2,,\n"
    "Widget core intellectual property,N6,,,Widget design,N2\n";
inline constexpr std::string_view tiny_eto_stages =
    "stage_id,stage_name,description\n"
    "S1,Design,Making the plans\n"
    "S2,Fabrication,Making the chips\n";

}  // namespace semichain::fuzz
