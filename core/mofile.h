// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace aicarbon {

/// A GNU gettext .mo file that cannot be read: message names the file and the problem.
class MoFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Parses the bytes of a GNU .mo catalogue (magic 0x950412de, either byte order) into
/// msgid → msgstr. The header entry (empty msgid) and untranslated entries are left out;
/// for plural entries only the singular msgid and the first msgstr form are kept.
/// Throws MoFileError, naming `fileName`, for a bad magic, revision or out-of-range table.
std::map<std::string, std::string> parseMoFile(std::string_view bytes, const std::string& fileName);

/// Reads and parses the .mo file at `path`. Throws MoFileError (also when unreadable).
std::map<std::string, std::string> readMoFile(const std::string& path);

} // namespace aicarbon
