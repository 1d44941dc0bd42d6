// SPDX-License-Identifier: GPL-3.0-or-later
// Runs third-party readers (Debian's /usr/bin/python3 with NetworkX, Graphviz) on exported
// files and hands their findings back as JSON.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace parley::testing {

/// Debian's interpreter: `python3` on PATH may be another build without python3-networkx.
inline const QString systemPython = QStringLiteral("/usr/bin/python3");

inline bool pythonHas(const QString& module)
{
    if (!QFile::exists(systemPython))
        return false;
    QProcess p;
    p.start(systemPython, {QStringLiteral("-c"), QStringLiteral("import ") + module});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct ProcessOutput
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessOutput runProcess(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    ProcessOutput r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = "did not finish: " + p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Runs `script` (which prints one JSON object) with `args`; a failed run is a test failure
/// and yields an empty object.
inline QJsonObject runPython(const QString& script, const QStringList& args)
{
    const ProcessOutput r = runProcess(systemPython, QStringList{QStringLiteral("-c"), script} + args);
    if (r.exitCode != 0) {
        qWarning().noquote() << "python failed:" << QString::fromUtf8(r.err);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "python printed no JSON:" << QString::fromUtf8(r.out);
    return doc.object();
}

} // namespace parley::testing
