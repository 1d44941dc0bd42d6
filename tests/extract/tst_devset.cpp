// SPDX-License-Identifier: GPL-3.0-or-later
// Regression floor on the shared dev set: runs ../shared/eval/score.py over parley-cli.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

class TestDevSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresAboveFloor();
};

void TestDevSet::scoresAboveFloor()
{
    const QString shared = QStringLiteral(PARLEY_SHARED_DIR);
    const QString score = shared + QStringLiteral("/eval/score.py");
    const QString dev = shared + QStringLiteral("/eval/dev");
    if (!QFileInfo::exists(score) || !QFileInfo(dev).isDir())
        QSKIP(qPrintable(QStringLiteral("%1 is absent: no dev-set floor to check").arg(shared + QStringLiteral("/eval"))));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const QString cli = QStringLiteral(PARLEY_BINARY_DIR) + QStringLiteral("/bin/parley-cli");
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli + QStringLiteral(" was not built")));

    QProcess p;
    p.start(python, {score, QStringLiteral("--cmd"), cli + QStringLiteral(" extract --format json {}"), dev});
    QVERIFY(p.waitForFinished(300000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
    qInfo().noquote() << out;

    const QRegularExpression re(QStringLiteral(
        "score: states_f1=([0-9.]+) officials_f1=([0-9.]+) affiliation=([0-9.]+) "
        "met_pairs_f1=([0-9.]+) meetings_f1=([0-9.]+) state_pairs_f1=([0-9.]+) failed=([0-9]+) "
        "title=([0-9.]+) place=([0-9.]+)"));
    const QRegularExpressionMatch m = re.match(out);
    QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("no summary line in:\n") + out));
    // Floors: what the extractor reaches, rounded down a little, so that a regression fails.
    const struct { const char* name; int group; double floor; } floors[] = {
        {"states F1", 1, 0.99},      {"officials F1", 2, 0.98},  {"affiliation", 3, 0.96},
        {"met_pairs F1", 4, 0.97},   {"meetings F1", 5, 0.91},   {"state_pairs F1", 6, 0.96},
        {"title accuracy", 8, 0.96}, {"place accuracy", 9, 0.83},
    };
    for (const auto& f : floors) {
        const double v = m.captured(f.group).toDouble();
        QVERIFY2(v >= f.floor, qPrintable(QStringLiteral("%1 = %2, below the floor %3")
                                              .arg(QLatin1String(f.name)).arg(v).arg(f.floor)));
    }
    QCOMPARE(m.captured(7).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDevSet)
#include "tst_devset.moc"
