// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli layout: lays out an edge list with the same ForceLayout the GUI animates.
#include "cli/commands.h"
#include "cli/progressline.h"
#include "io/savefile.h"
#include "layout/forcelayout.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace parley::cli {

namespace {

struct EdgeList
{
    std::vector<std::string_view> ids; // views into the file contents, in order of appearance
    LayoutGraph graph;
    int badLines = 0;
};

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::string_view trimmed(std::string_view s)
{
    const auto b = s.find_first_not_of(" \r");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \r");
    return s.substr(b, e - b + 1);
}

// Parses "source<TAB>target[<TAB>anything]" lines. Node ids stay views into `data`, which
// must outlive the result; the hash map is only used for lookups, never iterated, so the
// node order is the order of first appearance.
EdgeList parseEdges(const QByteArray& data, const QString& fileName, QTextStream& err)
{
    EdgeList list;
    std::unordered_map<std::string_view, int> index;
    index.reserve(std::size_t(data.size() / 16 + 16));
    auto idOf = [&](std::string_view id) {
        const auto [it, inserted] = index.try_emplace(id, int(list.ids.size()));
        if (inserted)
            list.ids.push_back(id);
        return it->second;
    };
    const std::string_view text(data.constData(), std::size_t(data.size()));
    std::size_t pos = 0;
    int lineNo = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++lineNo;
        if (isBlank(line) || line.front() == '#')
            continue;
        const auto tab = line.find('\t');
        const std::string_view source = trimmed(line.substr(0, tab));
        std::string_view target;
        if (tab != std::string_view::npos) {
            const std::string_view rest = line.substr(tab + 1);
            target = trimmed(rest.substr(0, rest.find('\t')));
        }
        if (source.empty() || target.empty()) {
            if (++list.badLines <= 20) {
                err << fileName << ":" << lineNo
                    << ": expected 'source<TAB>target', line skipped\n";
            }
            continue;
        }
        const int u = idOf(source);
        const int v = idOf(target);
        list.graph.edges.emplace_back(u, v);
    }
    if (list.badLines > 20)
        err << fileName << ": " << list.badLines << " bad lines in total\n";
    list.graph.nodeCount = int(list.ids.size());
    return list;
}

QByteArray formatPositions(const EdgeList& list, const std::vector<QPointF>& positions)
{
    QByteArray out;
    out.reserve(qsizetype(list.ids.size()) * 40);
    char buffer[64];
    auto number = [&](double v) {
        // Shortest round-trip form; std::to_chars is locale-independent and fast.
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, std::isfinite(v) ? v : 0.0);
        out.append(buffer, qsizetype(r.ptr - buffer));
    };
    for (std::size_t i = 0; i < list.ids.size(); ++i) {
        out.append(list.ids[i].data(), qsizetype(list.ids[i].size()));
        out.append('\t');
        number(positions[i].x());
        out.append('\t');
        number(positions[i].y());
        out.append('\n');
    }
    return out;
}

} // namespace

int runLayout(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lays out an undirected edge list (one 'source<TAB>target' per line; blank "
                       "lines and lines starting with # are skipped) and writes "
                       "'id<TAB>x<TAB>y' for every node. Runs the layout the GUI runs, to "
                       "convergence.\n\nExit codes: 0 success, 1 some lines could not be read "
                       "(the rest was laid out), 2 usage error, 3 output could not be written."));
    parser.addHelpOption();
    const QCommandLineOption inOption(QStringLiteral("in"), QStringLiteral("Edge list to read."),
                                      QStringLiteral("EDGES.tsv"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Positions file to write."),
                                       QStringLiteral("POSITIONS.tsv"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption algorithmOption(
        QStringLiteral("algorithm"),
        QStringLiteral("One of: %1 (default multilevel).")
            .arg(layoutAlgorithmNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("multilevel"));
    const QCommandLineOption lengthOption(QStringLiteral("edge-length"),
                                          QStringLiteral("Ideal edge length (default 60)."),
                                          QStringLiteral("L"), QStringLiteral("60"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         QStringLiteral("No progress line (it is shown only when "
                                                        "standard error is a terminal)."));
    parser.addOptions({inOption, outOption, seedOption, algorithmOption, lengthOption, quietOption});
    if (!parser.parse(QStringList{QStringLiteral("parley-cli layout")} + args)) {
        err << "parley-cli layout: " << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (!parser.isSet(inOption) || !parser.isSet(outOption)) {
        err << "parley-cli layout: --in and --out are required\n" << parser.helpText();
        return Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "parley-cli layout: unexpected argument '" << parser.positionalArguments().first()
            << "'\n";
        return Usage;
    }
    LayoutOptions options;
    bool ok = false;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        err << "parley-cli layout: --seed needs a non-negative integer\n";
        return Usage;
    }
    const auto algorithm = layoutAlgorithmFromName(parser.value(algorithmOption));
    if (!algorithm) {
        err << "parley-cli layout: unknown algorithm '" << parser.value(algorithmOption)
            << "' (known: " << layoutAlgorithmNames().join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    options.algorithm = *algorithm;
    options.idealEdgeLength = parser.value(lengthOption).toDouble(&ok);
    if (!ok || !(options.idealEdgeLength > 0) || !std::isfinite(options.idealEdgeLength)) {
        err << "parley-cli layout: --edge-length needs a positive number\n";
        return Usage;
    }

    const QString inPath = parser.value(inOption);
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        err << "parley-cli layout: cannot read " << inPath << ": " << in.errorString() << "\n";
        return InputFailed;
    }
    const QByteArray data = in.readAll();
    in.close();
    const EdgeList list = parseEdges(data, inPath, err);
    if (list.graph.nodeCount == 0)
        err << "parley-cli layout: " << inPath << ": no edges\n";

    ForceLayout layout(list.graph, options);
    ProgressLine progress(QStringLiteral("layout"), parser.isSet(quietOption));
    runLayout(layout, progress);

    const QString outPath = parser.value(outOption);
    // Through saveFile(), which writes unbuffered: a buffered QSaveFile lets a short write
    // (disk full) pass unnoticed and commits a truncated file over the earlier one.
    if (const Status s = saveFile(outPath, formatPositions(list, layout.positions())); !s.ok()) {
        err << "parley-cli layout: cannot write " << outPath << ": " << s.error.message << "\n";
        return OutputFailed;
    }
    return list.badLines > 0 ? InputFailed : Success;
}

} // namespace parley::cli
