// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/loader.h"

#include "text/feed.h"
#include "text/flatjson.h"
#include "text/htmltext.h"
#include "text/markdowntext.h"
#include "text/sentencesplitter.h"
#include "text/textdate.h"
#include "text/textdecode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <optional>
#include <type_traits>
#include <utility>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace parley {

Q_LOGGING_CATEGORY(lcText, "parley.text")

namespace {

// A document's id is the SHA-1 of its text. Qt's SHA-1 is portable C, about 22 instructions a
// byte (a few per cent of extracting a large corpus); where the CPU has the SHA extensions
// (cpuid leaf 7, EBX bit 29, with SSSE3 and SSE4.1) the digest is computed with them: the
// same bytes, four rounds an instruction.
#if defined(__x86_64__) || defined(__i386__)
bool hasShaExtensions()
{
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (__get_cpuid(1, &a, &b, &c, &d) == 0)
            return false;
        const bool ssse3 = (c & (1U << 9)) != 0;
        const bool sse41 = (c & (1U << 19)) != 0;
        if (__get_cpuid_count(7, 0, &a, &b, &c, &d) == 0)
            return false;
        return ssse3 && sse41 && (b & (1U << 29)) != 0;
    }();
    return has;
}

// Rounds 4G..4G+3 (sha1rnds4, function G / 5), then the next four message words (sha1msg1,
// sha1msg2: w holds the words of the last four groups) and the next group's e (sha1nexte of
// the state before these rounds). After the last group `e` is that state.
template <int G>
__attribute__((target("sha,ssse3,sse4.1"))) inline void sha1Group(__m128i& abcd, __m128i& e, __m128i (&w)[4]) // NOLINT(cppcoreguidelines-avoid-c-arrays): std::array drops __m128i's alignment attribute
{
    const __m128i previous = abcd;
    abcd = _mm_sha1rnds4_epu32(abcd, e, G / 5);
    if constexpr (G < 19) {
        if constexpr (G + 1 >= 4)
            w[(G + 1) % 4] = _mm_sha1msg2_epu32(
                _mm_xor_si128(_mm_sha1msg1_epu32(w[(G + 1) % 4], w[(G + 2) % 4]), w[(G + 3) % 4]), w[G % 4]);
        e = _mm_sha1nexte_epu32(previous, w[(G + 1) % 4]);
    } else {
        e = previous;
    }
}

// The compression of whole 64-byte blocks into `state`.
__attribute__((target("sha,ssse3,sse4.1"))) void sha1Blocks(std::array<quint32, 5>& state, const uchar* data, qsizetype blocks)
{
    const __m128i reverse = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state.data())), 0x1B); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD load
    __m128i e0 = _mm_set_epi32(int(state[4]), 0, 0, 0);
    for (qsizetype b = 0; b < blocks; ++b, data += 64) {
        const __m128i abcdSaved = abcd;
        __m128i w[4]; // NOLINT(cppcoreguidelines-avoid-c-arrays): see sha1Group()
        for (std::size_t k = 0; k < 4; ++k)
            w[k] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * k)), reverse); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD load
        __m128i e = _mm_add_epi32(e0, w[0]);
        sha1Group<0>(abcd, e, w), sha1Group<1>(abcd, e, w), sha1Group<2>(abcd, e, w), sha1Group<3>(abcd, e, w);
        sha1Group<4>(abcd, e, w), sha1Group<5>(abcd, e, w), sha1Group<6>(abcd, e, w), sha1Group<7>(abcd, e, w);
        sha1Group<8>(abcd, e, w), sha1Group<9>(abcd, e, w), sha1Group<10>(abcd, e, w), sha1Group<11>(abcd, e, w);
        sha1Group<12>(abcd, e, w), sha1Group<13>(abcd, e, w), sha1Group<14>(abcd, e, w), sha1Group<15>(abcd, e, w);
        sha1Group<16>(abcd, e, w), sha1Group<17>(abcd, e, w), sha1Group<18>(abcd, e, w), sha1Group<19>(abcd, e, w);
        e0 = _mm_sha1nexte_epu32(e, e0);
        abcd = _mm_add_epi32(abcd, abcdSaved);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state.data()), _mm_shuffle_epi32(abcd, 0x1B)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): a SIMD store
    state[4] = quint32(_mm_extract_epi32(e0, 3));
}
#endif

// The SHA-1 digest of `bytes` (20 bytes), as QCryptographicHash gives it.
QByteArray sha1(QByteArrayView bytes)
{
#if defined(__x86_64__) || defined(__i386__)
    if (hasShaExtensions()) {
        std::array<quint32, 5> state{0x67452301U, 0xEFCDAB89U, 0x98BADCFEU, 0x10325476U, 0xC3D2E1F0U};
        const auto* data = reinterpret_cast<const uchar*>(bytes.data()); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): bytes
        const qsizetype whole = bytes.size() / 64;
        sha1Blocks(state, data, whole);
        // The rest, a 0x80 byte, zeros and the length in bits (big-endian): one block or two.
        std::array<uchar, 128> tail{};
        const qsizetype rest = bytes.size() - whole * 64;
        std::memcpy(tail.data(), data + whole * 64, std::size_t(rest));
        tail[std::size_t(rest)] = 0x80;
        const qsizetype tailBlocks = rest + 9 <= 64 ? 1 : 2;
        const quint64 bits = quint64(bytes.size()) * 8;
        for (int k = 0; k < 8; ++k)
            tail[std::size_t(tailBlocks * 64 - 1 - k)] = uchar(bits >> (8 * k));
        sha1Blocks(state, tail.data(), tailBlocks);
        QByteArray digest(20, Qt::Uninitialized);
        for (std::size_t k = 0; k < 5; ++k) {
            for (std::size_t j = 0; j < 4; ++j)
                digest[qsizetype(4 * k + j)] = char(state[k] >> (24 - 8 * j));
        }
        return digest;
    }
#endif
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}


enum class Format { Text, Markdown, Html, Jsonl, Feed, Unsupported };

Format formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt" || suffix == u"text")
        return Format::Text;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return Format::Jsonl;
    // Any .xml file may be a feed; loadFeed() looks at its root element to tell.
    if (suffix == u"rss" || suffix == u"atom" || suffix == u"xml")
        return Format::Feed;
    return Format::Unsupported;
}

QString normaliseLineEnds(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

struct Header
{
    QString title;
    QString source;
    QString url;
    QDate date;
};

enum class HeaderKey { None, Title, Date, Source, Url, Drop };

HeaderKey headerKey(QStringView key)
{
    const auto is = [key](const char* k) {
        return key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0;
    };
    if (is("title") || is("headline"))
        return HeaderKey::Title;
    if (is("date") || is("published") || is("updated"))
        return HeaderKey::Date;
    if (is("source") || is("publisher"))
        return HeaderKey::Source;
    if (is("url") || is("link"))
        return HeaderKey::Url;
    if (is("author") || is("by") || is("byline"))
        return HeaderKey::Drop;
    return HeaderKey::None;
}

// Reads "Key: value" into the header; false when the line is not a header line.
bool readHeaderLine(QStringView line, Header& h)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || colon > 20)
        return false;
    const HeaderKey key = headerKey(line.left(colon).trimmed());
    const QString value = line.mid(colon + 1).trimmed().toString();
    // A quoted YAML value ("title: \"...\"") keeps its text without the quotes.
    const auto unquote = [](QString v) {
        if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
            return v.mid(1, v.size() - 2);
        return v;
    };
    switch (key) {
    case HeaderKey::None:
        return false;
    case HeaderKey::Title:
        h.title = unquote(value);
        break;
    case HeaderKey::Date:
        if (!h.date.isValid())
            h.date = parseNewsDate(unquote(value));
        break;
    case HeaderKey::Source:
        h.source = unquote(value);
        break;
    case HeaderKey::Url:
        h.url = unquote(value);
        break;
    case HeaderKey::Drop:
        break;
    }
    return true;
}

// Removes a Markdown front matter block ("---" lines around "key: value" lines).
QString takeFrontMatter(const QString& text, Header& h)
{
    if (!text.startsWith(QLatin1String("---\n")))
        return text;
    const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
    if (end < 0 || end > 8192)
        return text;
    const QStringView block = QStringView(text).mid(4, end - 4);
    for (const QStringView line : block.split(u'\n'))
        readHeaderLine(line, h);
    qsizetype after = text.indexOf(u'\n', end + 4);
    return after < 0 ? QString() : text.mid(after + 1);
}

// Reads the block of header lines ("Title: ...", "Date: ...") at the top of the text and
// returns where the body starts. The lines stay in the text, so that offsets keep matching
// the file, but sentences are only split from the body. At most 12 lines are looked at.
qsizetype readHeaderBlock(const QString& text, Header& h)
{
    const QStringView s(text);
    qsizetype pos = 0;
    qsizetype blockEnd = -1;
    for (int lines = 0; lines < 12 && pos < s.size(); ++lines) {
        qsizetype eol = s.indexOf(u'\n', pos);
        if (eol < 0)
            eol = s.size();
        const QStringView line = s.mid(pos, eol - pos).trimmed();
        if (!line.isEmpty()) {
            if (!readHeaderLine(line, h))
                break;
            blockEnd = eol;
        }
        pos = eol + 1;
    }
    if (blockEnd < 0)
        return 0;
    qsizetype from = blockEnd;
    while (from < s.size() && s[from].isSpace())
        ++from;
    return from;
}

QString fallbackTitle(QStringView text, const QString& otherwise)
{
    const QStringView s = text.trimmed();
    qsizetype eol = s.indexOf(u'\n');
    const QStringView first = (eol < 0 ? s : s.left(eol)).trimmed();
    if (!first.isEmpty() && first.size() < 150)
        return first.toString();
    return otherwise;
}

class Loader
{
public:
    explicit Loader(const LoadOptions& options) : m_options(options) {}

    // `bodyStart`: sentences are split from there on (a header block comes before it).
    void addDocument(Document d, qsizetype bodyStart = 0)
    {
        d.id = nextId(d.text);
        addIdentified(std::move(d), bodyStart);
    }

    // The id of the next document with this text: the first of a load is "dXXXXXXXXXX", the
    // next ones "dXXXXXXXXXX-2" and so on.
    QString nextId(const QString& text)
    {
        const QByteArray hash = sha1(text.toUtf8()).toHex();
        QString id = QLatin1Char('d') + QString::fromLatin1(hash.left(10));
        const int seen = ++m_ids[id];
        if (seen > 1)
            id += QLatin1Char('-') + QString::number(seen);
        return id;
    }

    // addDocument() for a document whose id is already set.
    void addIdentified(Document d, qsizetype bodyStart = 0)
    {
        if (!d.date.isValid())
            d.date = m_options.defaultDate;
        d.sentences = splitSentences(QStringView(d.text).mid(bodyStart));
        for (Sentence& sentence : d.sentences) {
            sentence.start += bodyStart;
            sentence.end += bodyStart;
        }
        m_result.documents.push_back(std::move(d));
    }

    void error(const QString& where, const QString& message, int line = 0)
    {
        m_result.errors.push_back({where, message, line});
    }

    void loadBytes(const QByteArray& bytes, const QString& path)
    {
        const Format format = formatOf(path);
        if (format == Format::Unsupported) {
            error(path, QStringLiteral("unsupported file type (expected .txt, .md, .html, "
                                       ".htm, .jsonl, .rss, .atom or .xml)"));
            return;
        }
        if (bytes.size() > kMaxFileBytes) {
            error(path, tooLarge(bytes.size()));
            return;
        }
        // XML declares its own encoding, so a feed goes to the XML reader undecoded.
        if (format == Format::Feed) {
            loadFeed(bytes, path);
            return;
        }
        // A clean UTF-8 corpus (the usual one) is parsed as it stands: decoding the whole file
        // only to find it was UTF-8 cost a pass and an allocation of twice its size.
        if (format == Format::Jsonl && isCleanUtf8(bytes)) {
            loadJsonl(DecodedText{{}, TextEncoding::Utf8}, bytes, path);
            return;
        }
        Result<DecodedText> decoded = decodeText(bytes);
        if (!decoded) {
            error(path, decoded.error().message);
            return;
        }
        if (format == Format::Jsonl) {
            loadJsonl(decoded.value(), bytes, path);
            return;
        }
        Document d;
        d.path = path;
        Header h;
        // Plain text is kept exactly as decoded (line ends included), so that a sentence's
        // offsets are also its position in a UTF-8 file.
        QString text = std::move(decoded.value().text);
        if (format == Format::Markdown) {
            text = markdownToText(takeFrontMatter(normaliseLineEnds(std::move(text)), h));
        } else if (format == Format::Html) {
            HtmlText html = htmlToText(text);
            text = std::move(html.text);
            h.title = html.title;
            h.date = html.date;
        }
        const qsizetype bodyStart = readHeaderBlock(text, h);
        const QStringView body = QStringView(text).mid(bodyStart);
        if (body.trimmed().isEmpty()) {
            error(path, format == Format::Text ? QStringLiteral("no text (only white space)")
                                               : QStringLiteral("no text left once the markup "
                                                                "is removed"));
            return;
        }
        d.title =
            h.title.isEmpty() ? fallbackTitle(body, QFileInfo(path).completeBaseName()) : h.title;
        d.date = h.date;
        d.source = h.source;
        d.url = h.url;
        d.text = std::move(text);
        addDocument(std::move(d), bodyStart);
    }

    void loadFeed(const QByteArray& bytes, const QString& path)
    {
        // A folder may hold .xml files of all kinds; only the ones named on the command
        // line are reported when they turn out not to be feeds.
        if (m_quietXml.contains(path) && !isFeed(bytes)) {
            qCDebug(lcText) << "XML file that is not a feed, skipped:" << path;
            return;
        }
        Feed feed = parseFeed(bytes, path);
        for (Error& e : feed.errors)
            m_result.errors.push_back(std::move(e));
        if (feed.items.empty() && feed.errors.empty())
            error(path, QStringLiteral("no articles (the feed has no items)"));
        for (FeedItem& item : feed.items) {
            Document d;
            d.path = path + QLatin1Char(':') + QString::number(item.line);
            d.title = item.title.isEmpty() ? fallbackTitle(item.text, d.path) : item.title;
            d.date = item.date;
            d.url = item.link;
            d.source = feed.title;
            d.text = std::move(item.text);
            addDocument(std::move(d));
        }
    }

    void loadFile(const QString& path)
    {
        const QFileInfo info(path);
        if (!info.isFile()) {
            error(path, QStringLiteral("not a regular file"));
            return;
        }
        if (info.size() > kMaxFileBytes) {
            error(path, tooLarge(info.size()));
            return;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            error(path, QStringLiteral("cannot open: ") + f.errorString());
            return;
        }
        // Read into a buffer sized from the file, growing it for files whose size is not
        // known up front (some /proc files say 0), and never past one byte over the limit.
        QByteArray bytes(std::min(info.size() + 1, kMaxFileBytes + 1), Qt::Uninitialized);
        qint64 got = 0;
        while (true) {
            if (got == bytes.size()) {
                if (bytes.size() > kMaxFileBytes)
                    break;
                bytes.resize(std::min(bytes.size() * 2 + 4096, kMaxFileBytes + 1));
            }
            const qint64 n = f.read(bytes.data() + got, bytes.size() - got);
            if (n < 0) {
                error(path, QStringLiteral("cannot read: ") + f.errorString());
                return;
            }
            if (n == 0)
                break;
            got += n;
        }
        bytes.truncate(got);
        loadBytes(bytes, path);
    }

    // Files to load, in order: explicit files as given, folders walked depth first with the
    // entries of each folder sorted by name. Symbolic links are followed, but each folder and
    // file is visited once (by canonical path), which also ends symlink loops.
    void collect(const QStringList& paths)
    {
        for (const QString& p : paths) {
            const QFileInfo info(p);
            if (!info.exists()) {
                error(p, info.isSymLink() ? QStringLiteral("broken symbolic link")
                                          : QStringLiteral("no such file or folder"));
                continue;
            }
            if (info.isDir())
                walk(p);
            else
                addFile(info, true);
        }
    }

    LoadResult run(const QStringList& paths)
    {
        collect(paths);
        const int total = int(m_files.size());
        if (m_options.progress && !m_options.progress(0, total)) {
            m_result.cancelled = true;
            return std::move(m_result);
        }
        for (int done = 0; done < total; ++done) {
            loadFile(m_files[std::size_t(done)]);
            if (m_options.progress && !m_options.progress(done + 1, total)) {
                m_result.cancelled = done + 1 < total;
                break;
            }
        }
        return std::move(m_result);
    }

    LoadResult take() { return std::move(m_result); }

    void runStreamed(const QStringList& paths, const std::function<bool(const QStringList&)>& plan,
                     const std::function<bool(LoadResult&&)>& sink)
    {
        collect(paths);
        QStringList files;
        files.reserve(static_cast<qsizetype>(m_files.size()));
        for (const QString& f : m_files)
            files.append(f);
        if (!m_result.errors.empty() && !sink(take()))
            return;
        if (!plan(files))
            return;
        m_sink = &sink;
        for (const QString& f : m_files) {
            m_result = {};
            loadFile(f);
            if (m_stopped || !sink(take()))
                return;
        }
    }

    /// Set before runStreamed(): JSONL files of at least `fromBytes` go to the sink in parts
    /// of this many documents.
    void setBatch(std::size_t documents, qint64 fromBytes)
    {
        m_batch = documents;
        m_partsFrom = fromBytes;
    }

private:
    static QString tooLarge(qint64 size)
    {
        return QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
            .arg(size / (qint64(1024) * 1024))
            .arg(kMaxFileBytes / (qint64(1024) * 1024));
    }

    // `canonical` may be given when the caller knows it (a plain entry of a folder whose
    // canonical path is known), which spares a realpath() per file in large folders.
    void addFile(const QFileInfo& info, bool explicitly, QString canonical = {})
    {
        if (!explicitly && formatOf(info.fileName()) == Format::Unsupported) {
            qCDebug(lcText) << "unsupported file type, skipped:" << info.filePath();
            return;
        }
        if (canonical.isEmpty())
            canonical = info.canonicalFilePath();
        if (!canonical.isEmpty() && m_seenFiles.contains(canonical))
            return;
        m_seenFiles.insert(canonical);
        m_files.push_back(info.filePath());
        if (!explicitly && info.suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0)
            m_quietXml.insert(info.filePath());
    }

    void walk(const QString& root)
    {
        struct Entry
        {
            QFileInfo info;
            QString canonical; // empty when it has to be asked for
        };
        std::vector<Entry> stack{{QFileInfo(root), {}}};
        while (!stack.empty()) {
            const Entry entry = std::move(stack.back());
            stack.pop_back();
            const QFileInfo& info = entry.info;
            if (!info.isDir()) {
                addFile(info, false, entry.canonical);
                continue;
            }
            const QString canonical =
                entry.canonical.isEmpty() ? info.canonicalFilePath() : entry.canonical;
            if (m_seenDirs.contains(canonical)) {
                // A symbolic link back into a folder already read: not an error, but worth a
                // trace when someone wonders why a folder was not read twice.
                qCDebug(lcText) << "folder already read, skipped:" << info.filePath();
                continue;
            }
            m_seenDirs.insert(canonical);
            if (!info.isReadable() || !info.isExecutable()) {
                error(info.filePath(), QStringLiteral("cannot read folder: permission denied"));
                continue;
            }
            QDir dir(info.filePath());
            QFileInfoList entries =
                dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
            // Pushed in reverse name order, so they come off the stack in name order.
            std::sort(entries.begin(), entries.end(), [](const QFileInfo& x, const QFileInfo& y) {
                return x.fileName() > y.fileName();
            });
            for (const QFileInfo& entry : std::as_const(entries)) {
                stack.push_back(
                    {entry, entry.isSymLink() ? QString() : canonical + u'/' + entry.fileName()});
            }
        }
    }

    // One JSONL line read up to its text: the parsed object, whose "text" (or "body",
    // "content") member has been moved to `text`; nothing for a blank line or one that is
    // reported (through `lineError`) or skipped.
    template <typename LineError>
    std::optional<FlatJsonObject> readJsonlLine(const QByteArray& line, int lineNo, bool pastErrorLimit,
                                                const LineError& lineError, QString& text)
    {
        const auto first = std::find_if(line.cbegin(), line.cend(), [](char c) {
            return c != ' ' && (c < '\t' || c > '\r');
        });
        if (first == line.cend())
            return std::nullopt;
        if (pastErrorLimit && *first != '{') {
            lineError(nullptr, lineNo); // past the listing limit, skip the parse for lines that cannot be objects
            return std::nullopt;
        }
        // Flat lines (nearly all) skip Qt's parser, slow on long texts; it still reads
        // the rest and words their errors.
        std::optional<FlatJsonObject> o = parseFlatJsonObject(line);
        if (!o) {
            QJsonParseError parseError{};
            const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                lineError(
                    [&] {
                        return QStringLiteral("invalid JSON (%1 at character %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset + 1);
                    },
                    lineNo);
                return std::nullopt;
            }
            if (!json.isObject()) {
                lineError([] { return QStringLiteral("expected a JSON object with a \"text\" field"); },
                          lineNo);
                return std::nullopt;
            }
            o = FlatJsonObject::fromJsonObject(json.object());
        }
        FlatJsonObject::Member* textMember = o->find(QLatin1StringView("text"));
        if (textMember == nullptr)
            textMember = o->find(QLatin1StringView("body"));
        if (textMember == nullptr)
            textMember = o->find(QLatin1StringView("content"));
        if (textMember == nullptr || textMember->type != QJsonValue::String) {
            lineError(
                [&] {
                    return textMember == nullptr
                               ? QStringLiteral("no \"text\" field")
                               : QStringLiteral("the \"text\" field is not a string");
                },
                lineNo);
            return std::nullopt;
        }
        text = std::move(textMember->string);
        if (QStringView(text).trimmed().isEmpty()) {
            lineError([] { return QStringLiteral("empty \"text\" field"); }, lineNo);
            return std::nullopt;
        }
        return o;
    }

    // The document of a line readJsonlLine() read, without its id.
    static Document jsonlDocument(const FlatJsonObject& o, QString text, const QString& path, int lineNo)
    {
        Document d;
        d.path = path + QLatin1Char(':') + QString::number(lineNo);
        d.title = o.string(QLatin1StringView("title")).trimmed();
        if (d.title.isEmpty())
            d.title = fallbackTitle(text, d.path);
        d.date = parseNewsDate(o.string(QLatin1StringView("date")));
        d.url = o.string(QLatin1StringView("url"));
        d.source = o.string(QLatin1StringView("source"));
        d.text = std::move(text);
        return d;
    }

    void loadJsonl(const DecodedText& decoded, const QByteArray& raw, const QString& path)
    {
        // Qt's JSON parser reads UTF-8; re-encode only when the file was not UTF-8 already.
        QByteArray utf8;
        if (decoded.encoding == TextEncoding::Utf8)
            utf8 = raw;
        else
            utf8 = decoded.text.toUtf8();
        int lineNo = 0;
        int loaded = 0;
        int bad = 0;
        // A file of garbage would otherwise bury the other messages under one per line.
        constexpr int kMaxLineErrors = 100;
        const auto lineError = [&](auto&& message, int line) {
            if (++bad <= kMaxLineErrors) {
                if constexpr (!std::is_null_pointer_v<std::decay_t<decltype(message)>>)
                    error(path, message(), line);
            }
        };
        // Streamed in parts, a line is read twice: first in file order, for the errors and
        // the ids (a repeated text's "-2" goes to its later line), then in the order of the
        // documents' paths (":10" before ":2"), the order the pipeline extracts them in,
        // a part at a time. Only one part's texts are in memory, not the file's.
        struct Pending
        {
            qsizetype pos;
            qsizetype size;
            int lineNo;
            QString id;
        };
        std::vector<Pending> pending;
        const bool inParts = m_batch > 0 && utf8.size() >= m_partsFrom;
        for (qsizetype pos = 0; pos < utf8.size();) {
            qsizetype eol = utf8.indexOf('\n', pos);
            if (eol < 0)
                eol = utf8.size();
            // A view, not a copy: the parser only reads it while `utf8` is alive.
            const QByteArray line = QByteArray::fromRawData(utf8.constData() + pos, eol - pos);
            const qsizetype linePos = pos;
            pos = eol + 1;
            ++lineNo;
            QString text;
            std::optional<FlatJsonObject> o =
                readJsonlLine(line, lineNo, bad >= kMaxLineErrors, lineError, text);
            if (!o)
                continue;
            if (inParts)
                pending.push_back({linePos, line.size(), lineNo, nextId(text)});
            else
                addDocument(jsonlDocument(*o, std::move(text), path, lineNo));
            ++loaded;
        }
        if (bad > kMaxLineErrors)
            error(path,
                  QStringLiteral("%1 more malformed lines not listed").arg(bad - kMaxLineErrors));
        if (lineNo == 0 || (loaded == 0 && bad == 0))
            error(path, QStringLiteral("no articles (every line is blank)"));
        if (pending.empty())
            return;
        // Line numbers in the order of their decimal text, as the paths sort.
        const auto digits = [](int n) {
            std::array<char, 12> text{};
            std::to_chars(text.data(), text.data() + text.size(), n);
            return text; // zero-padded: a shorter number sorts first among equal digits
        };
        std::sort(pending.begin(), pending.end(), [&](const Pending& a, const Pending& b) {
            return digits(a.lineNo) < digits(b.lineNo);
        });
        const auto noError = [](auto&&, int) {};
        for (std::size_t i = 0; i < pending.size(); ++i) {
            const Pending& p = pending[i];
            const QByteArray line = QByteArray::fromRawData(utf8.constData() + p.pos, p.size);
            QString text;
            std::optional<FlatJsonObject> o = readJsonlLine(line, p.lineNo, false, noError, text);
            Document d = jsonlDocument(*o, std::move(text), path, p.lineNo);
            d.id = p.id;
            addIdentified(std::move(d));
            if (m_result.documents.size() == m_batch && i + 1 < pending.size()) {
                m_result.more = true;
                if (!(*m_sink)(take())) {
                    m_stopped = true;
                    return;
                }
                m_result = {};
            }
        }
    }

    const LoadOptions& m_options;
    LoadResult m_result;
    QHash<QString, int> m_ids;
    QSet<QString> m_seenDirs;
    QSet<QString> m_seenFiles;
    QSet<QString> m_quietXml; ///< .xml files found in folders: skipped unless they are feeds
    std::vector<QString> m_files;
    std::size_t m_batch = 0; ///< see setBatch(); 0: a file's documents all at once
    qint64 m_partsFrom = 0;  ///< see setBatch()
    const std::function<bool(LoadResult&&)>* m_sink = nullptr; ///< runStreamed()'s, for the parts
    bool m_stopped = false; ///< the sink said stop in the middle of a file
};

} // namespace

LoadResult loadPaths(const QStringList& paths, const LoadOptions& options)
{
    return Loader(options).run(paths);
}

void loadPathsStreamed(const QStringList& paths, const LoadOptions& options,
                       const std::function<bool(const QStringList&)>& plan,
                       const std::function<bool(LoadResult&&)>& sink, std::size_t batch,
                       qint64 partsFrom)
{
    Loader loader(options);
    loader.setBatch(batch, partsFrom);
    loader.runStreamed(paths, plan, sink);
}

LoadResult loadFile(const QString& path, const LoadOptions& options)
{
    return Loader(options).run(QStringList{path});
}

LoadResult loadBytes(const QByteArray& bytes, const QString& name, const LoadOptions& options)
{
    Loader loader(options);
    loader.loadBytes(bytes, name);
    return loader.take();
}

} // namespace parley
