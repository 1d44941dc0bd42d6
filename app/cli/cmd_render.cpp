// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli render: the GUI's picture, headless. Same pipeline (core's buildCorpus), same layout
// (ForceLayout run to convergence) and same drawing routine (paintGraph via exportImage).
#include "cli/commands.h"
#include "cli/progressline.h"

#include "project/pipeline.h"
#include "graph/timesteps.h"
#include "render/imageexport.h"
#include "render/playexport.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdlib>

namespace parley::cli {

namespace {

void printRenderUsage(QTextStream& out)
{
    out << "Usage: parley-cli render [--width W] [--height H] [--scale S] [--seed N]\n"
           "                         [--transparent] [--no-labels] [--view full|states|officials]\n"
           "                         [-q|--quiet] [--step day|week|month|year]\n"
           "                         [--window N] [--advance N] [--step-ms MS]\n"
           "                         [-o graph.png|graph.svg|graph.pdf] [--frames DIR]\n"
           "                         [--animate play.svg] PATH...\n\n"
           "Reads the articles (files or folders), lays the graph out and draws it exactly as\n"
           "the desktop application does. The format follows the output suffix.\n"
           "--frames writes the timeline's Play as DIR/frame-0001.png, ... and --animate as one\n"
           "animated SVG: windows of --window buckets (day, week, month or year; default 1 month)\n"
           "moved by --advance buckets (default 1), each node in one place throughout;\n"
           "--step-ms sets how long a window shows in the SVG (default 1000).\n"
           "Defaults: 1600 x 1200, scale 1, seed 1, white background, labels on.\n"
           "A progress line is shown when standard error is a terminal; --quiet hides it.\n";
}

bool parseInt(const QString& text, int low, int high, int& out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < low || v > high)
        return false;
    out = v;
    return true;
}

} // namespace

int runRender(const QStringList& args)
{
    // main() hands `render` over before any application exists: fonts and QPainter need a
    // QGuiApplication, on the offscreen platform unless the user chose another.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static int argc = 1;
    static char name[] = "parley-cli";
    static char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parley-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ExportOptions options;
    ViewFilter filter;
    QString output;
    QStringList paths;
    int seed = 1;
    bool quiet = false;
    QString framesDir;
    QString animation;
    TimeBucket bucket = TimeBucket::Month;
    int window = 1;
    int advance = 1;
    int stepMs = 1000;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString& into) {
            if (i + 1 >= args.size())
                return false;
            into = args[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            printRenderUsage(out);
            return Success;
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(output)) {
                err << "parley-cli render: " << a << " needs a file name\n";
                return Usage;
            }
        } else if (a == QLatin1String("--width") || a == QLatin1String("--height")) {
            int px = 0;
            if (!value(v) || !parseInt(v, 16, 20000, px)) {
                err << "parley-cli render: " << a << " needs a size in pixels (16-20000)\n";
                return Usage;
            }
            (a == QLatin1String("--width") ? options.size.rwidth() : options.size.rheight()) = px;
        } else if (a == QLatin1String("--scale")) {
            bool ok = false;
            options.scale = value(v) ? v.toDouble(&ok) : 0.0;
            if (!ok || options.scale < 0.25 || options.scale > 8) {
                err << "parley-cli render: --scale needs a number from 0.25 to 8\n";
                return Usage;
            }
        } else if (a == QLatin1String("--seed")) {
            if (!value(v) || !parseInt(v, 0, 2147483647, seed)) {
                err << "parley-cli render: --seed needs a non-negative integer\n";
                return Usage;
            }
        } else if (a == QLatin1String("--frames") || a == QLatin1String("--animate")) {
            if (!value(a == QLatin1String("--frames") ? framesDir : animation)) {
                err << "parley-cli render: " << a << " needs a " << (a == QLatin1String("--frames") ? "folder" : "file name") << "\n";
                return Usage;
            }
        } else if (a == QLatin1String("--step")) {
            value(v);
            if (v == QLatin1String("day"))
                bucket = TimeBucket::Day;
            else if (v == QLatin1String("week"))
                bucket = TimeBucket::Week;
            else if (v == QLatin1String("month"))
                bucket = TimeBucket::Month;
            else if (v == QLatin1String("year"))
                bucket = TimeBucket::Year;
            else {
                err << "parley-cli render: --step is day, week, month or year\n";
                return Usage;
            }
        } else if (a == QLatin1String("--window") || a == QLatin1String("--advance")) {
            if (!value(v) || !parseInt(v, 1, 10000, a == QLatin1String("--window") ? window : advance)) {
                err << "parley-cli render: " << a << " needs a number of steps (1-10000)\n";
                return Usage;
            }
        } else if (a == QLatin1String("--step-ms")) {
            if (!value(v) || !parseInt(v, 50, 600000, stepMs)) {
                err << "parley-cli render: --step-ms needs milliseconds (50-600000)\n";
                return Usage;
            }
        } else if (a == QLatin1String("-q") || a == QLatin1String("--quiet")) {
            quiet = true;
        } else if (a == QLatin1String("--transparent")) {
            options.transparent = true;
        } else if (a == QLatin1String("--no-labels")) {
            options.labels = false;
        } else if (a == QLatin1String("--view")) {
            value(v);
            if (v == QLatin1String("full"))
                filter.projection = ViewFilter::Projection::Full;
            else if (v == QLatin1String("states"))
                filter.projection = ViewFilter::Projection::StatesOnly;
            else if (v == QLatin1String("officials"))
                filter.projection = ViewFilter::Projection::OfficialsOnly;
            else {
                err << "parley-cli render: --view is full, states or officials\n";
                return Usage;
            }
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            err << "parley-cli render: unknown option " << a << "\n";
            printRenderUsage(err);
            return Usage;
        } else {
            paths.append(a);
        }
    }
    if ((output.isEmpty() && framesDir.isEmpty() && animation.isEmpty()) || paths.isEmpty()) {
        err << "parley-cli render: needs -o FILE (or --frames DIR, --animate FILE) and at least one PATH\n";
        printRenderUsage(err);
        return Usage;
    }
    if (!animation.isEmpty() && !animation.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        err << "parley-cli render: " << animation << ": --animate writes an .svg file\n";
        return Usage;
    }
    if (!output.isEmpty() && !output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !output.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) &&
        !output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        err << "parley-cli render: " << output << ": the output must end in .png, .svg or .pdf\n";
        return Usage;
    }

    ProgressLine progress(QStringLiteral("render"), quiet);
    const CorpusBuild build = buildCorpus(paths, {}, [&progress](PipelineStage stage, qint64 done, qint64 total) {
        progress.update(done, total, stage == PipelineStage::Articles ? QStringLiteral("articles") : QStringLiteral("files"));
    });
    progress.finish();
    for (const Error& e : build.errors)
        err << "parley-cli render: " << oneLine(e.toString()) << "\n";
    if (build.graph->documents().empty()) {
        err << "parley-cli render: no article could be read\n";
        return InputFailed;
    }
    const ViewGraph view = buildViewGraph(*build.graph, filter);
    LayoutOptions layoutOptions;
    layoutOptions.seed = std::uint64_t(seed);
    ForceLayout layout(view.layoutGraph(), layoutOptions);
    runLayout(layout, progress);
    if (!output.isEmpty()) {
        const Status status = exportImage(output, view, layout.positions(), options);
        if (!status) {
            err << "parley-cli render: " << oneLine(status.error.toString()) << "\n";
            return OutputFailed;
        }
        err << "parley-cli render: wrote " << output << " (" << view.nodes.size() << " nodes, "
            << view.edges.size() << " edges, " << build.graph->documents().size() << " articles)\n";
    }
    if (!framesDir.isEmpty() || !animation.isEmpty()) {
        // The view above has no date range, so it holds every node Play shows: its layout
        // places them all, and each keeps that place in every frame.
        QHash<NodeId, QPointF> positions;
        for (std::size_t i = 0; i < view.nodes.size(); ++i)
            positions.insert(view.nodes[i].node, layout.positions()[i]);
        const std::vector<DateRange> windows = playWindows(*build.graph, bucket, window, advance, true);
        PlayExportOptions play;
        play.size = options.size;
        play.scale = options.scale;
        play.labels = options.labels;
        play.stepMs = stepMs;
        for (const QString& target : {framesDir, animation}) {
            if (target.isEmpty())
                continue;
            const Result<PlayExport> done =
                target == framesDir ? exportPlayFrames(target, *build.graph, filter, windows, positions, play)
                                    : exportPlaySvg(target, *build.graph, filter, windows, positions, play);
            if (!done) {
                err << "parley-cli render: " << oneLine(done.error().toString()) << "\n";
                return OutputFailed;
            }
            err << "parley-cli render: wrote " << target << " (" << done.value().frames
                << (target == framesDir ? " frames)\n" : " steps)\n");
        }
    }
    return build.errors.empty() ? Success : InputFailed;
}

} // namespace parley::cli
