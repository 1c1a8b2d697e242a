// A template package held in memory: its entries in package order, read from a .docx/.odt file
// (Poco Zip, under the same safety limits as any input) or from a directory holding the
// entries unpacked (how templates/ keeps them reviewable). Also writes a package back out.
#pragma once

#include <string>
#include <vector>

namespace prikaz::render {

struct PackageEntry {
    std::string path; // "word/document.xml", '/'-separated
    std::string data;
};

// Throws std::runtime_error naming `path` and the problem. For ODT the `mimetype` entry is put
// first, as ODF requires.
std::vector<PackageEntry> load_package(const std::string &path);

// The zip bytes of `entries`, in the given order. An entry named `mimetype` is stored
// uncompressed (ODF), everything else deflated.
std::string write_package(const std::vector<PackageEntry> &entries);

} // namespace prikaz::render
