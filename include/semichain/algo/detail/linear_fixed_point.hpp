// The linear fixed point x = a + M x for a non-negative M, as the value
// measures of self_sufficiency.hpp need it: rows that depend only on solved
// rows are solved exactly in Kahn's order (an acyclic system is solved
// exactly, without iteration); the rest by Gauss–Seidel sweeps from 0, which
// rise monotonically to the least non-negative solution when there is one.
#pragma once

#include <semichain/core/index.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace semichain {

/// Limits of the iterative solve (cyclic supply chains).
struct solver_options {
    double tolerance = 1e-12;     ///< stop when no value changes by more in one sweep
    std::size_t max_sweeps = 10000;
};

namespace detail {

/// One coefficient of x = a + M x: M[row][col] += coef (coef ≥ 0).
struct linear_term {
    index_value row = 0, col = 0;
    double coef = 0.0;
};

struct fixed_point_solution {
    std::vector<double> x;
    bool converged = true;
    std::size_t sweeps = 0;  ///< Gauss–Seidel sweeps (0: everything solved exactly)
};

constexpr double abs_diff(double a, double b) noexcept { return a > b ? a - b : b - a; }

/// Solves x = a + M x for a non-negative M: rows that depend only on solved
/// rows are solved exactly (Kahn's order), the rest by Gauss–Seidel from 0.
constexpr fixed_point_solution solve_fixed_point(const std::vector<double>& a, const std::vector<linear_term>& terms,
                                                 const solver_options& opt = {}) {
    const std::size_t n = a.size();
    fixed_point_solution out{std::vector<double>(n, 0.0)};
    std::vector<index_value> row_begin(n + 1, 0), col_begin(n + 1, 0);
    for (const auto& t : terms)
        if (t.coef != 0.0) { ++row_begin[t.row + 1]; ++col_begin[t.col + 1]; }
    for (std::size_t i = 0; i < n; ++i) { row_begin[i + 1] += row_begin[i]; col_begin[i + 1] += col_begin[i]; }
    std::vector<index_value> cols(row_begin[n], 0), users(col_begin[n], 0);
    std::vector<double> coefs(row_begin[n], 0.0);
    {
        std::vector<index_value> rf(row_begin.begin(), row_begin.end() - 1), cf(col_begin.begin(), col_begin.end() - 1);
        for (const auto& t : terms) {
            if (t.coef == 0.0) continue;
            cols[rf[t.row]] = t.col;
            coefs[rf[t.row]++] = t.coef;
            users[cf[t.col]++] = t.row;
        }
    }
    const auto evaluate = [&](std::size_t i) {
        double v = a[i];
        for (index_value k = row_begin[i]; k < row_begin[i + 1]; ++k) v += coefs[k] * out.x[cols[k]];
        return v;
    };
    // Exact part: a row is ready when every row it reads is solved.
    std::vector<index_value> pending(n, 0), ready;
    std::vector<std::uint8_t> solved(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        if ((pending[i] = row_begin[i + 1] - row_begin[i]) == 0) ready.push_back(static_cast<index_value>(i));
    for (std::size_t head = 0; head < ready.size(); ++head) {
        const index_value i = ready[head];
        out.x[i] = evaluate(i);
        solved[i] = 1;
        for (index_value k = col_begin[i]; k < col_begin[i + 1]; ++k)
            if (--pending[users[k]] == 0) ready.push_back(users[k]);
    }
    if (ready.size() == n) return out;
    // Cyclic part: Gauss–Seidel, deepest rows (highest index) first.
    std::vector<index_value> rest;
    for (std::size_t i = n; i-- > 0;)
        if (!solved[i]) rest.push_back(static_cast<index_value>(i));
    out.converged = false;
    while (out.sweeps < opt.max_sweeps) {
        ++out.sweeps;
        double change = 0.0;
        for (const index_value i : rest) {
            const double v = evaluate(i);
            const double d = abs_diff(v, out.x[i]);
            change = d > change || d != d ? d : change;  // NaN propagates as "not converged"
            out.x[i] = v;
        }
        if (change <= opt.tolerance) {
            out.converged = true;
            break;
        }
    }
    return out;
}

}  // namespace detail

}  // namespace semichain
