// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aicarbon {

namespace {
std::string reason()
{
    return std::strerror(errno);
}

/// Writes all bytes, retrying on short writes. False on error (errno set).
bool writeAll(int fd, const std::string& contents)
{
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += static_cast<std::size_t>(n);
    }
    return true;
}
} // namespace

std::string readTextFile(const std::string& path, std::size_t maxBytes)
{
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        throw FileError(path + ": cannot open: " + reason());
    std::string contents;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        contents.append(buffer, n);
        if (contents.size() > maxBytes) {
            std::fclose(file);
            throw FileError(path + ": file is larger than " + std::to_string(maxBytes / (1024 * 1024))
                            + " MiB");
        }
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed)
        throw FileError(path + ": cannot read: " + reason());
    return contents;
}

void writeFileAtomically(const std::string& path, const std::string& contents)
{
    std::string temporary = path + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        throw FileError(path + ": cannot create a temporary file beside it: " + reason());
    ::fchmod(fd, 0644); // mkstemp makes 0600; a saved document is an ordinary file
    const bool ok = writeAll(fd, contents) && ::fsync(fd) == 0;
    const std::string why = ok ? std::string() : reason();
    ::close(fd);
    if (!ok || ::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string message = ok ? reason() : why;
        ::unlink(temporary.c_str());
        throw FileError(path + ": cannot save: " + message + " (the previous file is unchanged)");
    }
}

} // namespace aicarbon
