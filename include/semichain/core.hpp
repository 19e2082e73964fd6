// All vocabulary types: countries, blocs, quantities, dates, roles,
// categories, provenance.
#pragma once

#include <semichain/core/bloc.hpp>
#include <semichain/core/category.hpp>
#include <semichain/core/country.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/core/role.hpp>
