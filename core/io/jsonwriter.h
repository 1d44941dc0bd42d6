// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

/// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject
/// sorts them), escapes every string correctly (quotes, backslash, control characters,
/// U+2028/U+2029 so the output is also valid JavaScript) and writes numbers in their shortest
/// round-trip form. Output is UTF-8. Not thread-safe; one writer per output.
///
/// Text gathers in an internal block and reaches `out` when the block is full, when the
/// outermost value is complete, on flush() and on destruction: appending to a QByteArray a
/// few bytes at a time cost more than the JSON itself (the contract JSON of a corpus is
/// mostly short keys and numbers).
class JsonWriter
{
public:
    /// `out` receives the text; with `pretty`, nested values are indented by two spaces.
    explicit JsonWriter(QByteArray& out, bool pretty = false);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;
    JsonWriter(JsonWriter&&) = delete;
    JsonWriter& operator=(JsonWriter&&) = delete;

    /// Moves the text written so far to `out` (needed only while a value is still open).
    void flush();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Writes an object key (UTF-8); the next call writes its value. A literal's length is
    /// known where it is written, so the key is checked and copied without looking for its end.
    void key(std::string_view name);

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

    /// A member of object(): a key of plain ASCII (a literal of the format) and a string or an
    /// integer value.
    /// The bytes last written for a string through it (see Member): a run of objects that
    /// repeat one string of the same storage (the document id and the rule of a node's
    /// mentions, one shared string each in the graph) copies them instead of encoding the
    /// string again. Only for strings that stay alive and unchanged while the memo is used: it
    /// knows them by address.
    struct StringMemo
    {
        const QChar* data = nullptr;
        qsizetype size = -1;
        std::string bytes;
    };
    struct Member
    {
        std::string_view key;
        QStringView text;
        qint64 number = 0;
        bool isText = false;
        StringMemo* memo = nullptr;
        Member(std::string_view k, QStringView v) : key(k), text(v), isText(true) {}
        Member(std::string_view k, QStringView v, StringMemo& m) : key(k), text(v), isText(true), memo(&m) {}
        Member(std::string_view k, qint64 v) : key(k), number(v) {}
        Member(std::string_view k, int v) : key(k), number(v) {}
    };
    /// `beginObject(); key(k1); value(v1); ...; endObject();` in one call: the same bytes, written
    /// straight into the block (a corpus's JSON is mostly small objects of short keys and
    /// numbers: mentions and sentences, where the calls cost more than the text).
    void object(std::initializer_list<Member> members);

    /// Appends `s` as a quoted, escaped JSON string.
    static void appendString(QByteArray& out, QStringView s);

private:
    static constexpr std::size_t BlockSize = 8192;
    /// Room for `n` more bytes (n < BlockSize), flushing the block when needed.
    char* room(std::size_t n)
    {
        if (m_used + n > BlockSize)
            flush();
        return m_block.get() + m_used;
    }
    void put(char c) { *room(1) = c; ++m_used; }
    void put(const char* s, std::size_t n);
    void putString(QStringView s);
    /// putString(), or the bytes `memo` kept of the same string (same address and size).
    void putString(QStringView s, StringMemo& memo);
    void prefix();
    /// A line break and the indentation of nesting `depth` (pretty output).
    void newline(std::size_t depth);
    /// After a public call: a complete outermost value goes to `out` at once.
    void settle()
    {
        if (m_hasItems.empty())
            flush();
    }
    void open(char c);
    void close(char c);

    QByteArray& m_out;
    bool m_pretty;
    bool m_afterKey = false;
    std::vector<unsigned char> m_hasItems; ///< per open container: has it any element yet
    std::size_t m_used = 0;
    std::size_t m_flushes = 0; ///< blocks moved to `out` so far
    std::unique_ptr<char[]> m_block; ///< BlockSize bytes, m_used of them written
};

} // namespace parley
