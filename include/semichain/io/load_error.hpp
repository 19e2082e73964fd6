// What the loaders (semichain/1 JSON, ETO CSV) report when a file breaks a
// rule: the file, where in it (a JSON pointer, or a line and a column), the
// rule in words and the offending value. A file with any such problem loads
// nothing.
#pragma once

#include <semichain/core/error.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace semichain {

/// One broken rule (or one warning) found while loading a file.
struct load_problem {
    std::string file{};           ///< the file's name or path, as the caller gave it
    std::string pointer{};        ///< JSON: the pointer ("/requires/3/input"; "" is the whole document)
    std::size_t line = 0;       ///< 1-based line; 0 when the problem has no line (JSON rule errors)
    std::size_t column = 0;     ///< 1-based: a CSV record's field number (for bad UTF-8, the byte in the
                                ///< line), a JSON syntax error's column; 0 when none
    std::string column_name{};    ///< CSV: the column's header name ("share_provided")
    std::string rule{};           ///< the rule, in words
    std::string offending{};      ///< the offending value or id; may be empty
    std::string other{};          ///< a repeated row: where the row it repeats is (a JSON pointer, "line 12"); may be empty

    /// "model.json: /requires/3/input: references must name an existing id ('gas')"
    /// "provision.csv:12: column 5 (share_provided): a share must be ... ('120%')"
    /// "model.json: /owns/2/company: a relation must not be given twice (same key and dates) ('b'); first given at /owns/0"
    [[nodiscard]] std::string describe() const {
        std::string s = file;
        if (line != 0) {
            s += ':' + std::to_string(line);
            if (column != 0 && column_name.empty()) s += ':' + std::to_string(column);
        }
        s += ": ";
        if (!column_name.empty()) {
            s += "column ";
            if (column != 0) s += std::to_string(column) + " (" + column_name + ')';
            else s += column_name;
            s += ": ";
        } else if (line == 0) {
            s += pointer.empty() ? std::string{"(document)"} : pointer;
            s += ": ";
        }
        s += rule;
        if (!offending.empty()) s += " ('" + offending + "')";
        if (!other.empty()) s += "; first given at " + other;
        return s;
    }
};

/// A file broke one or more rules and nothing was loaded. what() lists every
/// problem, one a line; the accessors give the first one's parts.
class load_error : public error {
public:
    explicit load_error(std::vector<load_problem> ps)
        : error(describe_all(ps)), problems_{std::move(ps)} {}
    explicit load_error(load_problem p) : load_error(std::vector<load_problem>{std::move(p)}) {}

    /// Every problem found, in file order.
    [[nodiscard]] const std::vector<load_problem>& problems() const noexcept { return problems_; }
    /// The first problem.
    [[nodiscard]] const load_problem& first() const noexcept { return problems_.front(); }
    [[nodiscard]] const std::string& file() const noexcept { return first().file; }
    [[nodiscard]] const std::string& pointer() const noexcept { return first().pointer; }
    [[nodiscard]] std::size_t line() const noexcept { return first().line; }
    [[nodiscard]] std::size_t column() const noexcept { return first().column; }
    [[nodiscard]] const std::string& rule() const noexcept { return first().rule; }

private:
    static std::string describe_all(const std::vector<load_problem>& ps) {
        if (ps.empty()) return "semichain: cannot load the file";
        std::string s = ps.front().describe();
        for (std::size_t i = 1; i < ps.size(); ++i) s += '\n' + ps[i].describe();
        return s;
    }
    std::vector<load_problem> problems_;
};

namespace detail {
/// The bytes of a file; throws load_error naming the file when it cannot be read.
inline std::string read_file_bytes(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw load_error(load_problem{.file = path.string(), .rule = "cannot read the file: it is a directory"});
    std::ifstream in(path, std::ios::binary);
    if (!in) throw load_error(load_problem{.file = path.string(), .rule = "cannot read the file: it does not exist or is not readable"});
    std::string bytes{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    if (in.bad()) throw load_error(load_problem{.file = path.string(), .rule = "cannot read the file: read error"});
    return bytes;
}

/// The encoding a byte-order mark at the start of `text` announces when it
/// is not UTF-8 ("UTF-16LE", "UTF-32BE", …), or "" (no mark, or UTF-8's).
inline std::string_view foreign_byte_order_mark(std::string_view text) noexcept {
    if (text.substr(0, 4) == std::string_view{"\x00\x00\xFE\xFF", 4}) return "UTF-32BE";
    if (text.substr(0, 4) == std::string_view{"\xFF\xFE\x00\x00", 4}) return "UTF-32LE";
    if (text.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
    if (text.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
    return "";
}

/// Throws load_error naming `file` when `text` starts with a UTF-16 or
/// UTF-32 byte-order mark: the loaders read UTF-8 only (a UTF-8 mark is skipped).
inline void refuse_foreign_byte_order_mark(std::string_view text, std::string_view file) {
    if (const auto enc = foreign_byte_order_mark(text); !enc.empty())
        throw load_error(load_problem{.file = std::string{file}, .line = 1, .column = 1,
                                      .rule = "the file starts with a " + std::string{enc} +
                                              " byte-order mark: it must be UTF-8 text (convert it, e.g. iconv -f " +
                                              std::string{enc.substr(0, 6)} + " -t UTF-8)"});
}

/// The 1-based line and column of byte `pos` in `text` (a line starts after "\n").
inline std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t pos) {
    if (pos > text.size()) pos = text.size();
    std::size_t line = 1, line_start = 0;
    for (std::size_t i = 0; i < pos; ++i)
        if (text[i] == '\n') { ++line; line_start = i + 1; }
    return {line, pos - line_start + 1};
}

/// The position of the first byte that is not well-formed UTF-8 (RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF), or npos.
inline std::size_t find_invalid_utf8(std::string_view s) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned c = byte(i);
        if (c < 0x80) { ++i; continue; }
        std::size_t n = 0;
        unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c == 0xE0) { n = 2; lo = 0xA0; }
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) n = 2;
        else if (c == 0xED) { n = 2; hi = 0x9F; }
        else if (c == 0xF0) { n = 3; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) n = 3;
        else if (c == 0xF4) { n = 3; hi = 0x8F; }
        else return i;
        if (i + n >= s.size()) return i;  // truncated sequence
        if (byte(i + 1) < lo || byte(i + 1) > hi) return i;
        for (std::size_t k = 2; k <= n; ++k)
            if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return i;
        i += n + 1;
    }
    return std::string_view::npos;
}
}  // namespace detail

}  // namespace semichain
