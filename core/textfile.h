// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace aicarbon {

/// A file that could not be read or written; the message names the path and the reason.
class FileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Reads a whole file as bytes. Throws FileError when it cannot be opened or read, or
/// when it is larger than `maxBytes`.
std::string readTextFile(const std::string& path, std::size_t maxBytes = 256u * 1024u * 1024u);

/// Replaces `path` atomically: writes a temporary file in the same folder, flushes it to
/// disk, then renames it over `path`. On any failure the previous file is untouched and
/// the temporary file is removed. Throws FileError.
void writeFileAtomically(const std::string& path, const std::string& contents);

} // namespace aicarbon
