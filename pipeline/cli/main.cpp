// The `prikaz` command-line program: one subcommand per job. Each subcommand lives in its own
// cmd_*.cpp; this file only dispatches.
#include "cli/commands.h"

#include <cstring>
#include <iostream>

namespace {

void print_usage(std::ostream &out) {
    out << "prikaz " << PRIKAZ_VERSION << " — Russian administrative documents to data and back\n"
        << "\n"
        << "usage: prikaz COMMAND [ARGS]\n"
        << "\n"
        << "commands:\n"
        << "  text FILE [--format text|json]   print the document model the reader saw\n"
        << "  extract FILE [--format xml|json] [-o OUT]\n"
        << "                                   extract the record (requisites, points, "
           "appendices)\n"
        << "  deadline \"PHRASE\" [--ref YYYY-MM-DD] [--scope \"TITLE\"] [--sentence]\n"
        << "                                   normalise a deadline phrase, print JSON\n"
        << "  party \"PHRASE\"                   split a responsible-party phrase, nominative, "
           "JSON\n"
        << "  eval DIR [--format text|json] [--verbose [N]]\n"
        << "                                   score extraction against DIR/*/expected.xml\n"
        << "  validate RECORD.xml              check a record against the prikaz XSD\n"
        << "  render RECORD --template NAME|PATH [--to docx|odt] -o OUT [--set KEY=VALUE]...\n"
        << "                                   render a record (.xml, .json or a source\n"
        << "                                   document) into DOCX/ODT from a template\n"
        << "  template check NAME|PATH [--to docx|odt]\n"
        << "                                   lint a template (tags, loops, fields, filters)\n"
        << "  template pack DIR -o FILE        zip an unpacked template directory\n"
        << "  batch INPUT... -o OUT_DIR --to xml|json|docx|odt [--template NAME] [--jobs N]\n"
        << "        [--resume] [--shard K/N] [--files-from LIST|-] [--quiet]\n"
        << "                                   convert whole archives, in parallel, resumable\n"
        << "  serve [--host ADDR] [--port N] [--threads N] [--max-body BYTES] [--queue N]\n"
        << "                                   HTTP service: POST /extract, /render, /validate\n"
        << "  --help                           this text\n"
        << "  --version                        the version\n"
        << "\n"
        << "Formats read: DOCX, ODT, FODT, HTML, plain text (UTF-8, UTF-16, CP1251, KOI8-R,\n"
        << "CP866), detected from content. Exit codes: 0 ok, 1 input refused, 2 usage error,\n"
        << "3 internal error.\n";
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        print_usage(std::cerr);
        return 2;
    }
    const std::string command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        print_usage(std::cout);
        return 0;
    }
    if (command == "--version") {
        std::cout << "prikaz " << PRIKAZ_VERSION << '\n';
        return 0;
    }
    std::vector<std::string> args(argv + 2, argv + argc);
    if (command == "text")
        return prikaz::cli::cmd_text(args);
    if (command == "extract")
        return prikaz::cli::cmd_extract(args);
    if (command == "deadline")
        return prikaz::cli::cmd_deadline(args);
    if (command == "party")
        return prikaz::cli::cmd_party(args);
    if (command == "eval")
        return prikaz::cli::cmd_eval(args);
    if (command == "validate")
        return prikaz::cli::cmd_validate(args);
    if (command == "render")
        return prikaz::cli::cmd_render(args);
    if (command == "template")
        return prikaz::cli::cmd_template(args);
    if (command == "batch")
        return prikaz::cli::cmd_batch(args);
    if (command == "serve")
        return prikaz::cli::cmd_serve(args);
    std::cerr << "prikaz: unknown command '" << command << "' (see prikaz --help)\n";
    return 2;
}
