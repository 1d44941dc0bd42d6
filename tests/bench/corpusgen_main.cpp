// SPDX-License-Identifier: GPL-3.0-or-later
// parley-corpusgen: writes a deterministic news-like corpus for the benchmarks.
#include "corpusgen.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

namespace {

void usage(std::ostream& out)
{
    out << "Usage: parley-corpusgen --articles N [--seed S] --out DIR|FILE.jsonl|- [--format txt|jsonl]\n\n"
           "Writes N wire-style articles (150-600 words each) about a fixed roster of officials\n"
           "of real states. The same seed gives the same corpus, and the first N articles of a\n"
           "larger corpus equal the corpus of N articles.\n"
           "  --out FILE.jsonl  one JSON record per line (title, date, source, url, text)\n"
           "  --out -           JSONL on standard output\n"
           "  --out DIR         text files DIR/000/a000001.txt ... with Title:/Date: headers\n"
           "  --seed S          default 1\n"
           "Exit codes: 0 success, 2 usage error, 3 output could not be written.\n";
}

bool parseCount(const char* s, std::uint64_t& out)
{
    char* end = nullptr;
    const unsigned long long v = std::strtoull(s, &end, 10);
    if (end == s || *end != '\0')
        return false;
    out = v;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    std::uint64_t articles = 0, seed = 1;
    bool haveArticles = false;
    std::string out, format;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--help" || a == "-h") {
            usage(std::cout);
            return 0;
        } else if (a == "--articles" && hasValue) {
            haveArticles = parseCount(argv[++i], articles);
            if (!haveArticles) {
                std::cerr << "parley-corpusgen: --articles needs a number\n";
                return 2;
            }
        } else if (a == "--seed" && hasValue) {
            if (!parseCount(argv[++i], seed)) {
                std::cerr << "parley-corpusgen: --seed needs a number\n";
                return 2;
            }
        } else if (a == "--out" && hasValue) {
            out = argv[++i];
        } else if (a == "--format" && hasValue) {
            format = argv[++i];
        } else {
            std::cerr << "parley-corpusgen: unknown or incomplete option '" << a << "'\n";
            usage(std::cerr);
            return 2;
        }
    }
    if (!haveArticles || out.empty()) {
        usage(std::cerr);
        return 2;
    }
    if (format.empty())
        format = out == "-" || fs::path(out).extension() == ".jsonl" ? "jsonl" : "txt";
    if (format != "jsonl" && format != "txt") {
        std::cerr << "parley-corpusgen: --format must be txt or jsonl\n";
        return 2;
    }

    const parley::bench::CorpusGenerator gen(seed);
    std::uint64_t bytes = 0, words = 0;
    if (format == "jsonl") {
        // Written beside the target and renamed at the end, so a failed run leaves no torso.
        const bool toStdout = out == "-";
        const std::string tmp = out + ".part";
        std::ofstream file;
        if (!toStdout) {
            file.open(tmp, std::ios::binary | std::ios::trunc);
            if (!file) {
                std::cerr << "parley-corpusgen: " << tmp << ": " << std::strerror(errno) << '\n';
                return 3;
            }
        }
        std::ostream& stream = toStdout ? std::cout : file;
        for (std::uint64_t i = 0; i < articles; ++i) {
            const parley::bench::Article art = gen.article(i);
            const std::string line = parley::bench::toJsonLine(art);
            stream.write(line.data(), static_cast<std::streamsize>(line.size()));
            bytes += line.size();
            words += parley::bench::wordCount(art.text);
        }
        stream.flush();
        if (!stream) {
            std::cerr << "parley-corpusgen: " << (toStdout ? "standard output" : tmp)
                      << ": write failed\n";
            return 3;
        }
        if (!toStdout) {
            file.close();
            std::error_code ec;
            fs::rename(tmp, out, ec);
            if (ec) {
                std::cerr << "parley-corpusgen: " << out << ": " << ec.message() << '\n';
                return 3;
            }
        }
    } else {
        for (std::uint64_t i = 0; i < articles; ++i) {
            // A thousand files per folder keeps directory listings fast at 100k articles.
            char sub[32], name[32];
            std::snprintf(sub, sizeof sub, "%03llu", static_cast<unsigned long long>(i / 1000));
            std::snprintf(name, sizeof name, "a%06llu.txt", static_cast<unsigned long long>(i + 1));
            const fs::path dir = fs::path(out) / sub;
            std::error_code ec;
            fs::create_directories(dir, ec);
            if (ec) {
                std::cerr << "parley-corpusgen: " << dir.string() << ": " << ec.message() << '\n';
                return 3;
            }
            const parley::bench::Article art = gen.article(i);
            const std::string content = parley::bench::toTextFile(art);
            std::ofstream file(dir / name, std::ios::binary | std::ios::trunc);
            file.write(content.data(), static_cast<std::streamsize>(content.size()));
            if (!file) {
                std::cerr << "parley-corpusgen: " << (dir / name).string() << ": write failed\n";
                return 3;
            }
            bytes += content.size();
            words += parley::bench::wordCount(art.text);
        }
    }
    std::cerr << "parley-corpusgen: " << articles << " articles, " << words << " words, " << bytes
              << " bytes (seed " << seed << ")\n";
    return 0;
}
