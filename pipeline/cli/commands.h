#pragma once

#include <string>
#include <vector>

namespace prikaz::cli {

// Each returns the process exit code: 0 ok, 1 input refused, 2 usage error, 3 internal error.
int cmd_text(const std::vector<std::string> &args);
int cmd_validate(const std::vector<std::string> &args);
int cmd_extract(const std::vector<std::string> &args);
int cmd_eval(const std::vector<std::string> &args);
int cmd_deadline(const std::vector<std::string> &args);
int cmd_party(const std::vector<std::string> &args);
int cmd_render(const std::vector<std::string> &args);
int cmd_template(const std::vector<std::string> &args);
int cmd_batch(const std::vector<std::string> &args);
int cmd_serve(const std::vector<std::string> &args);

} // namespace prikaz::cli
