// All vocabulary types: countries, blocs, quantities, dates, roles,
// categories, provenance, typed indices, the records a graph is made of and
// the library's error family.
#pragma once

#include <semichain/core/bloc.hpp>
#include <semichain/core/category.hpp>
#include <semichain/core/country.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/error.hpp>
#include <semichain/core/index.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/core/records.hpp>
#include <semichain/core/role.hpp>
