// SPDX-License-Identifier: GPL-3.0-or-later
// aicarbon-mkcatalog CSV_DIR OUTPUT.sqlite [ISO_JSON_DIR LOCALE_DIR ISO_VERSION]: the build
// step that compiles data/*.csv, plus translated region names when iso-codes is given.

#include "catalogcompiler.h"
#include "csvreader.h"
#include "database.h"
#include "textfile.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

int main(int argc, char** argv)
{
    if (argc != 3 && argc != 6) {
        std::fprintf(stderr,
                     "usage: aicarbon-mkcatalog CSV_DIRECTORY OUTPUT.sqlite"
                     " [ISO_CODES_JSON_DIRECTORY LOCALE_DIRECTORY ISO_CODES_VERSION]\n");
        return 1;
    }
    std::optional<aicarbon::IsoCodesSource> isoCodes;
    if (argc == 6)
        isoCodes = aicarbon::IsoCodesSource {argv[3], argv[4], argv[5]};
    const auto start = std::chrono::steady_clock::now();
    try {
        aicarbon::compileCatalogFile(argv[1], argv[2], isoCodes);
    } catch (const aicarbon::CsvError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "aicarbon-mkcatalog: %s\n", e.what());
        return 2;
    }
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("catalog %s written in %.0f ms%s\n", argv[2], ms,
                isoCodes ? " (with translated region names)" : "");
    return 0;
}
