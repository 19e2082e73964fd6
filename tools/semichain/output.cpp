#include "output.hpp"

#include <semichain/core/error.hpp>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string_view>
#include <system_error>
#include <vector>

extern char** environ;

namespace semichain::cli {

void write_output(const std::string& out_dir, const std::string& file_name, const std::string& text) {
    if (out_dir.empty()) {
        std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
        std::cout.flush();
        if (!std::cout) throw write_error("semichain: cannot write to the standard output");
        return;
    }
    const std::filesystem::path dir{out_dir};
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw write_error("semichain: cannot create the directory '" + dir.string() + "': " + ec.message());
    const auto path = dir / file_name;
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f.write(text.data(), static_cast<std::streamsize>(text.size()));
    f.close();
    if (!f) throw write_error("semichain: cannot write '" + path.string() + "'");
}

std::optional<std::filesystem::path> find_dot() {
    const char* path = std::getenv("PATH");
    if (path == nullptr) return std::nullopt;
    std::string_view rest{path};
    while (true) {
        const auto colon = rest.find(':');
        const std::string_view dir = rest.substr(0, colon);
        if (!dir.empty()) {
            const std::filesystem::path candidate = std::filesystem::path{std::string{dir}} / "dot";
            std::error_code ec;
            if (std::filesystem::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) return candidate;
        }
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
    return std::nullopt;
}

bool run_dot(const std::string& format, const std::filesystem::path& in_file, const std::filesystem::path& out_file) {
    const auto dot = find_dot();
    if (!dot) return false;
    std::string prog = dot->string(), fmt = "-T" + format, flag = "-o", out = out_file.string(), in = in_file.string();
    std::vector<char*> argv{prog.data(), fmt.data(), flag.data(), out.data(), in.data(), nullptr};
    pid_t pid = 0;
    if (::posix_spawn(&pid, prog.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
        std::cerr << "semichain: cannot run " << prog << "\n";
        return false;
    }
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << "semichain: " << prog << " " << fmt << " failed on " << in << "\n";
        return false;
    }
    return true;
}

bool render_svg(const std::filesystem::path& dot_file, const std::filesystem::path& svg_file) {
    if (!find_dot()) {
        std::cerr << "semichain: Graphviz 'dot' is not installed: wrote " << dot_file.string() << " but no SVG\n";
        return false;
    }
    if (run_dot("svg", dot_file, svg_file)) return true;
    std::cerr << "semichain: no SVG written\n";
    return false;
}

}  // namespace semichain::cli
