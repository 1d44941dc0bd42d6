// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER so that everything links (plain UTF-8 text files only); replaced by the text work.
#include "text/loader.h"
#include "text/sentencesplitter.h"

#include <QCryptographicHash>
#include <QFile>

namespace parley {

LoadResult loadFile(const QString& path, const LoadOptions& options)
{
    LoadResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.errors.push_back({path, f.errorString()});
        return r;
    }
    Document d;
    d.path = path;
    d.text = QString::fromUtf8(f.readAll());
    d.date = options.defaultDate;
    d.id = QLatin1Char('d') + QString::fromLatin1(QCryptographicHash::hash(d.text.toUtf8(),
        QCryptographicHash::Sha1).toHex().left(10));
    d.sentences = splitSentences(d.text);
    r.documents.push_back(std::move(d));
    return r;
}

LoadResult loadPaths(const QStringList& paths, const LoadOptions& options)
{
    LoadResult all;
    for (const QString& p : paths) {
        LoadResult r = loadFile(p, options);
        for (Document& d : r.documents) all.documents.push_back(std::move(d));
        for (Error& e : r.errors) all.errors.push_back(std::move(e));
    }
    return all;
}

} // namespace parley
