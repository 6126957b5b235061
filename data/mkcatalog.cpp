// SPDX-License-Identifier: GPL-3.0-or-later
// aicarbon-mkcatalog CSV_DIR OUTPUT.sqlite: the build step that compiles data/*.csv.

#include "catalogcompiler.h"
#include "csvreader.h"
#include "database.h"
#include "textfile.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: aicarbon-mkcatalog CSV_DIRECTORY OUTPUT.sqlite\n");
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    try {
        aicarbon::compileCatalogFile(argv[1], argv[2]);
    } catch (const aicarbon::CsvError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "aicarbon-mkcatalog: %s\n", e.what());
        return 2;
    }
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("catalog %s written in %.0f ms\n", argv[2], ms);
    return 0;
}
