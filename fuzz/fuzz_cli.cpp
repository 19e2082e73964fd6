// libFuzzer target: the `semichain` tool's command line (tools/semichain/cli.cpp)
// — parsing, validation and dispatch to every subcommand — on a tiny
// built-in model (tiny_world.cpp).
//
// The input is split into words at spaces, tabs and line breaks (one final
// line break is dropped; consecutive separators give empty words) and run as
// `semichain WORD...`. The tool must return an exit code (errors are
// messages, not exceptions, crashes, leaks, hangs or undefined behaviour).
//
// Sandbox: the process works in a fresh temporary directory holding `m.json`
// (a semichain/1 model) and `eto/` (ETO CSV files), so `--model m.json`,
// `--eto eto` and `--out DIR` reach only that directory; inputs with a word
// holding "/" or ".." are skipped, and whatever a run creates there is
// removed after it. Standard output and error go nowhere; PATH is emptied so
// that no Graphviz process is started. Relative paths among libFuzzer's own
// arguments (corpus directories, -artifact_prefix=, -dict=, ...) are made
// absolute before the directory changes.
#include "cli.hpp"
#include "tiny_data.hpp"

#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct null_buffer final : std::streambuf {
    int_type overflow(int_type c) override { return traits_type::not_eof(c); }
    std::streamsize xsputn(const char* /*s*/, std::streamsize n) override { return n; }
};

fs::path work;  ///< the temporary directory the tool runs in

constexpr std::array<std::string_view, 5> eto_names{"inputs.csv", "providers.csv", "provision.csv", "sequence.csv", "stages.csv"};

void write_file(const fs::path& p, std::string_view text) {
    std::ofstream f(p, std::ios::binary | std::ios::trunc);
    f.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void make_fixtures() {
    namespace t = semichain::fuzz;
    write_file(work / "m.json", t::tiny_model_json);
    fs::create_directory(work / "eto");
    const std::array<std::string_view, 5> texts{t::tiny_eto_inputs, t::tiny_eto_providers, t::tiny_eto_provision,
                                                t::tiny_eto_sequence, t::tiny_eto_stages};
    for (std::size_t i = 0; i < texts.size(); ++i) write_file(work / "eto" / eto_names[i], texts[i]);
}

/// Removes whatever a run created (--out directories and files).
void clean() {
    for (const auto& e : fs::directory_iterator(work))
        if (const auto n = e.path().filename().string(); n != "m.json" && n != "eto") fs::remove_all(e.path());
    for (const auto& e : fs::directory_iterator(work / "eto")) {
        const auto n = e.path().filename().string();
        bool fixture = false;
        for (const auto f : eto_names) fixture = fixture || n == f;
        if (!fixture) fs::remove_all(e.path());
    }
}

void remove_work() {
    std::error_code ec;
    fs::remove_all(work, ec);
}

/// Makes the path in `arg` (after `prefix`) absolute; returns the new argument.
std::string absolute_arg(std::string_view arg, std::string_view prefix) {
    const fs::path p{std::string{arg.substr(prefix.size())}};
    if (p.empty() || p.is_absolute()) return std::string{arg};
    std::string out = std::string{prefix} + fs::absolute(p).string();
    if (!arg.empty() && arg.back() == '/' && out.back() != '/') out += '/';  // an artifact prefix names a directory
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // libFuzzer's arguments, with their relative paths made absolute.
    static std::vector<std::string> args;
    static std::vector<char*> pointers;
    constexpr std::array<std::string_view, 6> path_flags{"-artifact_prefix=", "-exact_artifact_path=", "-dict=",
                                                         "-seed_inputs=", "-features_dir=", "-merge_control_file="};
    bool has_artifact_prefix = false;
    for (int i = 0; i < *argc; ++i) {
        const std::string_view a{(*argv)[i]};
        std::string out{a};
        if (i > 0 && !a.empty() && a.front() != '-') out = absolute_arg(a, "");
        for (const auto f : path_flags)
            if (a.substr(0, f.size()) == f) out = absolute_arg(a, f);
        has_artifact_prefix = has_artifact_prefix || a.substr(0, 17) == "-artifact_prefix=";
        args.push_back(std::move(out));
    }
    if (!has_artifact_prefix) args.push_back("-artifact_prefix=" + fs::current_path().string() + "/");
    for (auto& s : args) pointers.push_back(s.data());
    pointers.push_back(nullptr);
    *argc = static_cast<int>(args.size());
    *argv = pointers.data();

    std::string pattern = (fs::temp_directory_path() / "semichain-fuzz-cli-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        std::perror("fuzz_cli: mkdtemp");
        std::abort();
    }
    work = pattern;
    std::atexit(remove_work);
    make_fixtures();
    fs::current_path(work);
    ::setenv("PATH", "", 1);
    static null_buffer nowhere;
    std::cout.rdbuf(&nowhere);
    std::cerr.rdbuf(&nowhere);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text{reinterpret_cast<const char*>(data), size};
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    std::vector<std::string> words{"semichain"};
    if (!text.empty()) {
        std::string word;
        for (const char c : text) {
            if (c == ' ' || c == '\t' || c == '\n') {
                words.push_back(std::move(word));
                word.clear();
            } else {
                word += c;
            }
        }
        words.push_back(std::move(word));
    }
    if (words.size() > 64) return 0;
    for (const auto& w : words)
        if (w.find('/') != std::string::npos || w.find("..") != std::string::npos) return 0;
    std::vector<const char*> argv;
    for (const auto& w : words) argv.push_back(w.c_str());
    argv.push_back(nullptr);
    (void)semichain::cli::run(static_cast<int>(words.size()), argv.data());
    clean();
    return 0;
}
