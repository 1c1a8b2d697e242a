#include "cli/output_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <unistd.h>

namespace prikaz::cli {

void write_output(const std::string &path, const std::string &content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        return;
    }
    std::filesystem::path target(path);
    std::filesystem::path temp = target;
    temp += ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            throw std::runtime_error(path + ": cannot write output");
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        throw std::runtime_error(path + ": cannot write output (" + ec.message() + ")");
    }
}

} // namespace prikaz::cli
