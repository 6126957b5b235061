// SPDX-License-Identifier: GPL-3.0-or-later
#include "mofile.h"

#include <cstdint>
#include <fstream>
#include <sstream>

namespace aicarbon {

namespace {

constexpr std::uint32_t kMagic = 0x950412de;
constexpr std::uint32_t kSwappedMagic = 0xde120495;
constexpr std::size_t kHeaderSize = 28; // magic, revision, N, O, T, hash size, hash offset

/// Reads 32-bit words of the file in its own byte order; offsets are checked by callers.
class MoWords
{
public:
    MoWords(std::string_view bytes, bool swapped)
        : m_bytes(bytes)
        , m_swapped(swapped)
    { }

    std::uint32_t at(std::size_t offset) const
    {
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const auto byte = static_cast<unsigned char>(m_bytes[offset + static_cast<std::size_t>(i)]);
            const int shift = m_swapped ? 8 * (3 - i) : 8 * i;
            value |= static_cast<std::uint32_t>(byte) << shift;
        }
        return value;
    }

private:
    std::string_view m_bytes;
    bool m_swapped;
};

[[noreturn]] void fail(const std::string& fileName, const std::string& problem)
{
    throw MoFileError(fileName + ": not a valid GNU .mo file: " + problem);
}

/// The NUL-terminated string described by the (length, offset) pair at `entry`, cut at
/// its first NUL (singular of a plural entry).
std::string_view entryString(std::string_view bytes, const MoWords& words, std::size_t entry,
                             const std::string& fileName, const char* table, std::uint32_t index)
{
    const std::uint64_t length = words.at(entry);
    const std::uint64_t offset = words.at(entry + 4);
    if (offset + length >= bytes.size()) // the terminating NUL must be inside the file
        fail(fileName, std::string(table) + " string " + std::to_string(index) + " lies outside the file");
    const std::string_view text = bytes.substr(offset, length);
    return text.substr(0, text.find('\0'));
}

} // namespace

std::map<std::string, std::string> parseMoFile(std::string_view bytes, const std::string& fileName)
{
    if (bytes.size() < kHeaderSize)
        fail(fileName, "shorter than the 28-byte header");
    const std::uint32_t magic = MoWords(bytes, false).at(0);
    if (magic != kMagic && magic != kSwappedMagic)
        fail(fileName, "wrong magic number");
    const MoWords words(bytes, magic == kSwappedMagic);
    if (words.at(4) >> 16 > 1)
        fail(fileName, "unsupported major revision " + std::to_string(words.at(4) >> 16));
    const std::uint64_t count = words.at(8);
    const std::uint64_t originals = words.at(12);
    const std::uint64_t translations = words.at(16);
    if (originals + count * 8 > bytes.size() || translations + count * 8 > bytes.size())
        fail(fileName, "string tables for " + std::to_string(count) + " entries lie outside the file");
    std::map<std::string, std::string> messages;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string_view id = entryString(bytes, words, originals + 8 * i, fileName, "original", i);
        const std::string_view text =
            entryString(bytes, words, translations + 8 * i, fileName, "translation", i);
        if (!id.empty() && !text.empty())
            messages.emplace(id, text);
    }
    return messages;
}

std::map<std::string, std::string> readMoFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw MoFileError(path + ": cannot be read");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return parseMoFile(bytes.view(), path);
}

} // namespace aicarbon
