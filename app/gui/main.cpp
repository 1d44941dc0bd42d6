// SPDX-License-Identifier: GPL-3.0-or-later
// parley: the desktop explorer. Opens the paths given, else the last session, else the
// bundled sample corpus.
#include "gui/graphview.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <utility>

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Parley"));
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.parley.Parley"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explore who meets whom in news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Articles (.txt, .md, .html, .jsonl, .rss, .atom) or folders to open."),
                                 QStringLiteral("[PATH...]"));
    const QCommandLineOption measure(QStringLiteral("measure-startup"),
                                     QStringLiteral("Print the time to the first painted graph and quit."));
    const QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Open the sample corpus."));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Select the state or official NAME once loaded."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Once the graph is laid out, save the window to FILE (PNG) and quit "
                       "(scripts/screenshot makes the README's picture with it)."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.addOption(measure);
    parser.addOption(select);
    parser.addOption(sample);
    parser.process(app);

    parley::MainWindow window;
    window.show();

    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty() && !parser.isSet(sample)) {
        // Reopen the last session if all of it is still there.
        const QStringList session = QSettings().value(QStringLiteral("session")).toStringList();
        bool allThere = !session.isEmpty();
        for (const QString& p : session)
            allThere = allThere && QFileInfo::exists(p);
        if (allThere)
            paths = session;
    }
    if (paths.isEmpty()) {
        paths = parley::MainWindow::sampleCorpusFiles();
    }
    if (parser.isSet(select)) {
        const QString name = parser.value(select);
        QObject::connect(&window, &parley::MainWindow::loadFinished, &window,
                         [&window, name] { window.search(name); });
    }
    if (parser.isSet(screenshot)) {
        // A fresh window each time, whatever the last session left in the settings.
        window.restoreState(QByteArray());
        const QString file = parser.value(screenshot);
        QObject::connect(&window, &parley::MainWindow::loadFinished, &window, [&window, &app, file] {
            auto saved = std::make_shared<bool>(false);
            const auto save = [&window, &app, file, saved] {
                if (std::exchange(*saved, true))
                    return;
                window.graphView()->fitToWindow();
                // One more frame so the fitted view is what gets painted.
                QTimer::singleShot(500, &window, [&window, &app, file] {
                    const bool ok = window.grab().save(file, "PNG");
                    QTextStream(ok ? stdout : stderr)
                        << (ok ? "wrote " : "cannot write ") << file << "\n";
                    app.exit(ok ? 0 : 3);
                });
            };
            QObject::connect(&window.graphView()->layout(), &parley::LayoutRunner::settled, &window, save);
            QTimer::singleShot(30000, &window, save); // a layout that never settles still gets a picture
        });
    }
    window.openPaths(paths);

    if (parser.isSet(measure)) {
        // Report once the graph has been painted for the first time after loading.
        QObject::connect(&window, &parley::MainWindow::loadFinished, &window, [&] {
            window.graphView()->repaint();
            QTextStream(stdout) << "first graph painted after " << startup.elapsed() << " ms ("
                                << window.graphView()->viewGraph().nodes.size() << " nodes, paint "
                                << window.graphView()->lastPaintMs() << " ms)\n";
            QTimer::singleShot(0, &app, &QApplication::quit);
        });
    }
    return app.exec();
}
