// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace parley {

/// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject
/// sorts them), escapes every string correctly (quotes, backslash, control characters,
/// U+2028/U+2029 so the output is also valid JavaScript) and writes numbers in their shortest
/// round-trip form. Output is UTF-8. Not thread-safe; one writer per output.
class JsonWriter
{
public:
    /// `out` receives the text; with `pretty`, nested values are indented by two spaces.
    explicit JsonWriter(QByteArray& out, bool pretty = false);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Writes an object key; the next call writes its value.
    void key(const char* name);

    void value(const QString& s);
    void value(QStringView s);
    void value(const char* s);
    void value(qint64 n);
    void value(int n) { value(static_cast<qint64>(n)); }
    /// Non-finite numbers become null (JSON has no NaN or infinity).
    void value(double d);
    void value(bool b);
    void value(const QStringList& list);
    void null();
    /// A string, or null when it is empty.
    void stringOrNull(const QString& s);

    /// Appends `s` as a quoted, escaped JSON string.
    static void appendString(QByteArray& out, QStringView s);

private:
    void prefix();
    void open(char c);
    void close(char c);

    QByteArray& m_out;
    bool m_pretty;
    bool m_afterKey = false;
    std::vector<bool> m_hasItems; ///< per open container: has it any element yet
};

} // namespace parley
