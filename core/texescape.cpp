// SPDX-License-Identifier: GPL-3.0-or-later
#include "texescape.h"

namespace aicarbon {

namespace {

std::string replaceAll(std::string text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

} // namespace

std::string latexEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\textbackslash{}";
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '{':
        case '}':
        case '$':
        case '&':
        case '#':
        case '_':
        case '%':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string markdownEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (std::string_view("\\|*_`[]<>").find(c) != std::string_view::npos)
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string latexChemistry(std::string text)
{
    return replaceAll(std::move(text), "CO2", "CO\\textsubscript{2}");
}

std::string markdownChemistry(std::string text)
{
    return replaceAll(std::move(text), "CO2", "CO₂");
}

std::string latexSymbols(std::string text)
{
    text = replaceAll(std::move(text), "×", "$\\times$");
    text = replaceAll(std::move(text), "·", "$\\cdot$");
    return replaceAll(std::move(text), "−", "$-$");
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

} // namespace aicarbon
