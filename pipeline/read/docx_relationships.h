// The relationships of one package part (word/_rels/document.xml.rels): relationship id to the
// zip entry it points at.
#pragma once

#include "read/zip_package.h"

#include <string>
#include <unordered_map>

namespace prikaz::read::docx {

class Relationships {
public:
    // Reads the .rels part belonging to `source_part`; no .rels part means no relationships.
    Relationships(const ZipPackage &package, const std::string &source_part);
    // The zip entry name of relationship `id`; "" for unknown ids and external targets.
    std::string target(const std::string &id) const;

private:
    std::unordered_map<std::string, std::string> targets_;
};

// Resolves a relationship target against the folder of `source_part` ("word/document.xml" +
// "header1.xml" -> "word/header1.xml"; "/word/x.xml" -> "word/x.xml"; ".." is followed).
std::string resolve_part_name(const std::string &source_part, const std::string &target);

} // namespace prikaz::read::docx
