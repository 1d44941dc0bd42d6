// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of hostile and broken articles next to good ones (issue 7), shared by the CLI and
// GUI tests: each bad file must be reported on its own, with its path and the reason, and
// every good one must still be read. The expected messages are those docs/robustness.md lists.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

namespace parley::test {

struct HostileCorpus
{
    QStringList paths;    ///< what to open: the folder, then files named one by one
    QStringList problems; ///< Error::toString() of each problem, in the order reported
    int documents = 0;    ///< documents that must load
};

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Fills `dir` (an empty folder) and says what loading it must give.
inline HostileCorpus makeHostileCorpus(const QString& dir)
{
    const QDir d(dir);
    HostileCorpus c;
    auto good = [&](const QString& name, const QByteArray& bytes) {
        writeBytes(d.filePath(name), bytes);
        ++c.documents;
    };
    auto bad = [&](const QString& name, const QByteArray& bytes, const QString& reason) {
        writeBytes(d.filePath(name), bytes);
        c.problems << d.filePath(name) + QStringLiteral(": ") + reason;
    };
    const QByteArray news = "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister "
                            "Hakan Fidan in Ankara on Monday.\n";
    // Sorted as the loader reads a folder (byte order of the names).
    bad(QStringLiteral("bad\nname.txt"), QByteArray(), QStringLiteral("empty file"));
    writeBytes(d.filePath(QStringLiteral("bad.jsonl")),
               "{\"text\":\"One.\"}\n{\"text\": tru\n[1]\n{\"text\":\"Four.\"}\n");
    c.documents += 2;
    c.problems << d.filePath(QStringLiteral("bad.jsonl")) +
                      QStringLiteral(":2: invalid JSON (illegal value at character 11)")
               << d.filePath(QStringLiteral("bad.jsonl")) +
                      QStringLiteral(":3: expected a JSON object with a \"text\" field");
    bad(QStringLiteral("binary.txt"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
        QStringLiteral("not a text file (NUL byte at offset 8)"));
    good(QStringLiteral("cp1252.txt"), "Erdogan\x92s visit \x93went\x94 well.\n");
    good(QStringLiteral("deep.html"), QByteArray("<div>").repeated(100000) + "Deep text.");
    bad(QStringLiteral("empty.txt"), QByteArray(), QStringLiteral("empty file"));
    mkfifo(QFile::encodeName(d.filePath(QStringLiteral("fifo.txt"))).constData(), 0644);
    good(QStringLiteral("invalid-utf8.txt"), "Caf\xE9 \xC3\x28 talks ended.\n");
    good(QStringLiteral("line\nbreak.txt"), news);
    QFile::link(d.path(), d.filePath(QStringLiteral("loop")));
    good(QStringLiteral("news.txt"), news);
    bad(QStringLiteral("nul.md"), QByteArray("Hello\0world.", 12),
        QStringLiteral("not a text file (NUL byte at offset 5)"));
    good(QStringLiteral("page.html"),
         "<html><head><script src=\"https://evil.invalid/x.js\"></script></head><body><p>" + news +
             "</p><iframe src=\"https://evil.invalid/frame\"></iframe>"
             "<img src=\"https://evil.invalid/pixel.gif\"><a href=\"javascript:alert(1)\">click"
             "</a><script>fetch('https://evil.invalid/beacon')</script></body></html>");
    QFile::link(d.filePath(QStringLiteral("self.txt")), d.filePath(QStringLiteral("self.txt")));
    good(QStringLiteral("utf16be.txt"), [&] {
        QByteArray b;
        for (const QChar ch : QString::fromUtf8(news)) {
            b += char(ch.unicode() >> 8);
            b += char(ch.unicode() & 0xFF);
        }
        return b;
    }());
    good(QStringLiteral("utf16le-bom.txt"), [&] {
        QByteArray b("\xFF\xFE");
        for (const QChar ch : QString::fromUtf8("Çavuşoğlu met Lavrov.")) {
            b += char(ch.unicode() & 0xFF);
            b += char(ch.unicode() >> 8);
        }
        return b;
    }());
    c.paths << dir;
    // Named one by one, what a folder walk skips quietly is reported.
    c.paths << d.filePath(QStringLiteral("fifo.txt")) << d.filePath(QStringLiteral("self.txt"))
            << QStringLiteral("/dev/zero");
    // A link that leads nowhere is found while the paths are gathered, before any is read.
    c.problems.prepend(d.filePath(QStringLiteral("self.txt")) + QStringLiteral(": broken symbolic link"));
    c.problems << d.filePath(QStringLiteral("fifo.txt")) + QStringLiteral(": not a regular file")
               << QStringLiteral("/dev/zero: not a regular file");
    return c;
}

} // namespace parley::test
