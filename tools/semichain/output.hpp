// Where the tool's output goes: stdout, or a file in the --out directory;
// and the optional DOT → SVG step (only when Graphviz's `dot` is installed).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace semichain::cli {

/// Writes `text` to stdout when `out_dir` is empty, else to out_dir/file_name
/// (creating the directory). Throws semichain::write_error when it cannot write.
void write_output(const std::string& out_dir, const std::string& file_name, const std::string& text);

/// The path of Graphviz's `dot` on PATH, if there is one.
std::optional<std::filesystem::path> find_dot();

/// Runs `dot -T<format> -o out_file in_file`. Returns false (after a note on
/// stderr when it fails) when dot is not installed or does not succeed.
bool run_dot(const std::string& format, const std::filesystem::path& in_file, const std::filesystem::path& out_file);

/// Renders `dot_file` to `svg_file` with `dot -Tsvg` when `dot` is installed.
/// Returns false (after a note on stderr) when it is not installed or fails.
bool render_svg(const std::filesystem::path& dot_file, const std::filesystem::path& svg_file);

}  // namespace semichain::cli
