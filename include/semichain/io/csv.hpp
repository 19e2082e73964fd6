// A small, strict CSV reader (RFC 4180): fields separated by commas, records
// by CRLF, LF or a lone CR; quoted fields may hold commas, line breaks and
// doubled quotes (""). A UTF-8 byte-order mark is skipped. The text must be
// well-formed UTF-8. Every record remembers the line it starts on, so errors
// can name file, line and column.
//
// Strict where RFC 4180 is: a quote inside an unquoted field, text after a
// closing quote, an unterminated quoted field and a record whose number of
// fields differs from the header's are errors (semichain::load_error). Empty
// lines are skipped. Inside a quoted field a CRLF line break is read as "\n".
//
// (Debian 12 offers libfccp-dev, a 2016 snapshot of fast-cpp-csv-parser that
// reads line by line and so cannot take line breaks inside quoted fields, and
// libcsv-dev, a compiled C library; neither fits a header-only library.)
#pragma once

#include <semichain/io/load_error.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace semichain {

/// One record: its fields and the line it starts on (1-based).
struct csv_record {
    std::size_t line = 0;
    std::vector<std::string> fields{};
};

/// A CSV file whose first record is a header of column names.
struct csv_table {
    std::string file{};                 ///< as given to the reader, for messages
    std::vector<std::string> header{};  ///< column names
    std::vector<csv_record> records{};  ///< the records after the header, each with header.size() fields

    /// The position of the column named `name`, or nothing.
    [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const noexcept {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name) return i;
        return std::nullopt;
    }
};

/// Splits CSV text into records (the header is the first). Throws
/// load_error naming `file_name`, the line and the rule.
inline std::vector<csv_record> parse_csv_records(std::string_view text, std::string_view file_name) {
    std::vector<csv_record> records;
    // Errors in a record name its field: number and, after the header, name.
    const auto fail = [&](std::size_t line, std::size_t column, std::string rule, std::string offending = {}) {
        load_problem p{.file = std::string{file_name}, .line = line, .column = column, .rule = std::move(rule),
                       .offending = std::move(offending)};
        if (!records.empty() && column >= 1 && column <= records.front().fields.size())
            p.column_name = records.front().fields[column - 1];
        throw load_error(std::move(p));
    };
    detail::refuse_foreign_byte_order_mark(text, file_name);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (const auto bad = detail::find_invalid_utf8(text); bad != std::string_view::npos) {
        const auto [line, col] = detail::line_and_column(text, bad);
        throw load_error(load_problem{.file = std::string{file_name}, .line = line, .column = col,
                                      .rule = "the file must be UTF-8 text (invalid byte sequence)"});
    }

    std::size_t i = 0, line = 1;
    const std::size_t n = text.size();
    const auto at_line_end = [&](std::size_t k) { return k >= n || text[k] == '\n' || text[k] == '\r'; };
    // Consumes a line break at i (CRLF, LF or CR), counting the line.
    const auto skip_line_break = [&] {
        if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
        ++i;
        ++line;
    };
    while (i < n) {
        if (text[i] == '\n' || text[i] == '\r') {  // an empty line
            skip_line_break();
            continue;
        }
        csv_record rec;
        rec.line = line;
        for (;;) {
            std::string field;
            const std::size_t column = rec.fields.size() + 1;
            if (i < n && text[i] == '"') {
                const std::size_t open_line = line;
                ++i;
                for (;;) {
                    if (i >= n) fail(open_line, column, "a quoted field must end with a closing quote");
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') { field += '"'; i += 2; continue; }
                        ++i;
                        break;
                    }
                    if (c == '\r' || c == '\n') {
                        field += '\n';
                        skip_line_break();
                        continue;
                    }
                    field += c;
                    ++i;
                }
                if (!(at_line_end(i) || text[i] == ','))
                    fail(line, column, "a quoted field must end at its closing quote (a separator or line break must follow)",
                         std::string{text.substr(i, 1)});
            } else {
                const std::size_t start = i;
                while (!at_line_end(i) && text[i] != ',') {
                    if (text[i] == '"')
                        fail(line, column, "a quote may only appear in a quoted field (quote the field and double the quote)");
                    ++i;
                }
                field.assign(text.substr(start, i - start));
            }
            rec.fields.push_back(std::move(field));
            if (i < n && text[i] == ',') { ++i; continue; }
            if (i < n) skip_line_break();
            break;
        }
        records.push_back(std::move(rec));
    }
    return records;
}

/// Parses CSV text with a header. Every record must have as many fields as
/// the header; column names must be unique and non-empty.
inline csv_table parse_csv(std::string_view text, std::string_view file_name) {
    auto records = parse_csv_records(text, file_name);
    const auto fail = [&](std::size_t line, std::string rule, std::string offending = {}) {
        throw load_error(load_problem{.file = std::string{file_name}, .line = line, .rule = std::move(rule),
                                      .offending = std::move(offending)});
    };
    csv_table t;
    t.file = std::string{file_name};
    if (records.empty()) fail(1, "the file must start with a header of column names (it is empty)");
    t.header = std::move(records.front().fields);
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        if (t.header[c].empty()) fail(1, "column names must not be empty (column " + std::to_string(c + 1) + ")");
        for (std::size_t d = 0; d < c; ++d)
            if (t.header[d] == t.header[c]) fail(1, "column names must be unique", t.header[c]);
    }
    t.records.reserve(records.size() - 1);
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].fields.size() != t.header.size())
            fail(records[r].line, "a record must have as many fields as the header (" + std::to_string(t.header.size()) +
                                      "), this one has " + std::to_string(records[r].fields.size()));
        t.records.push_back(std::move(records[r]));
    }
    return t;
}

/// Reads and parses a CSV file with a header; messages name `path`.
inline csv_table read_csv_file(const std::filesystem::path& path) {
    const std::string bytes = detail::read_file_bytes(path);
    return parse_csv(bytes, path.string());
}

}  // namespace semichain
