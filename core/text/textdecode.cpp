// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textdecode.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parley {

namespace {

// Qt 6.4 may be built without ICU, and then QStringDecoder knows no windows-1252, so the
// 32 characters that differ from Latin-1 are spelled out here.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

// Only the start of a file is sampled to tell UTF-16 from binary: enough for a verdict,
// and it keeps the check cheap on a 200 MB file.
constexpr qsizetype kSample = qsizetype(64) * 1024;

bool isBadControl(char16_t c)
{
    if (c >= 0x20 && !(c >= 0x7F && c <= 0x9F))
        return false;
    return c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v' && c != 0x85;
}

// Text with more than 1 in 50 control characters (or any NUL) is not prose in any encoding.
Result<DecodedText> checkControls(DecodedText d)
{
    qsizetype bad = 0;
    for (const QChar ch : std::as_const(d.text)) {
        const char16_t c = ch.unicode();
        if (c == 0)
            return Error{{}, QStringLiteral("not a text file (contains NUL characters)")};
        if (isBadControl(c))
            ++bad;
    }
    if (bad > 0 && bad * 50 > d.text.size())
        return Error{{},
                     QStringLiteral("not a text file (%1 control characters in %2)")
                         .arg(bad)
                         .arg(d.text.size())};
    return d;
}

Result<DecodedText> decodeUtf16(const QByteArray& bytes, qsizetype skip, bool littleEndian)
{
    QStringDecoder dec(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                       QStringConverter::Flag::Stateless);
    DecodedText d;
    d.text = dec.decode(QByteArrayView(bytes).sliced(skip));
    d.encoding = littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
    return checkControls(std::move(d));
}

} // namespace

char16_t windows1252High(unsigned char byte)
{
    return (byte >= 0x80 && byte <= 0x9F) ? kCp1252High[byte - 0x80] : char16_t(byte);
}

QString fromWindows1252(const char* data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    QChar* dst = out.data();
    for (qsizetype i = 0; i < size; ++i)
        dst[i] = QChar(windows1252High(static_cast<unsigned char>(data[i])));
    return out;
}

Result<DecodedText> decodeText(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return Error{{}, QStringLiteral("empty file")};
    const qsizetype n = bytes.size();

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder dec(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        DecodedText d;
        d.text = dec.decode(QByteArrayView(bytes).sliced(3));
        d.encoding = TextEncoding::Utf8Bom;
        return checkControls(std::move(d));
    }
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, 2, true);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, 2, false);

    // UTF-16 without a BOM: ASCII-heavy text puts a NUL in every other byte, on the odd
    // positions for little endian and the even ones for big endian.
    const qsizetype sample = std::min(n, kSample);
    qsizetype nulEven = 0, nulOdd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? nulEven : nulOdd);
    }
    const bool hasNul =
        nulEven + nulOdd > 0 ||
        std::find(bytes.constData() + sample, bytes.constData() + n, '\0') != bytes.constData() + n;
    if (hasNul) {
        const qsizetype pairs = sample / 2;
        if (pairs > 0 && nulOdd * 10 >= pairs * 3 && nulEven * 20 <= nulOdd)
            return decodeUtf16(bytes, 0, true);
        if (pairs > 0 && nulEven * 10 >= pairs * 3 && nulOdd * 20 <= nulEven)
            return decodeUtf16(bytes, 0, false);
        const qsizetype at = bytes.indexOf('\0');
        return Error{{}, QStringLiteral("not a text file (NUL byte at offset %1)").arg(at)};
    }

    QStringDecoder dec(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    DecodedText d;
    d.text = dec.decode(bytes);
    if (dec.hasError()) {
        d.text = fromWindows1252(bytes.constData(), n);
        d.encoding = TextEncoding::Windows1252;
    }
    return checkControls(std::move(d));
}

namespace {

// Skips the printable ASCII (0x20-0x7E) from `i` on, sixteen bytes at a time, and returns
// where a byte that needs a look is, or the last fewer than sixteen begin: nearly all of a
// corpus is such bytes.
qsizetype skipPrintableAscii(QByteArrayView bytes, qsizetype i)
{
#if defined(__SSE2__)
    const __m128i below = _mm_set1_epi8(0x20);
    const __m128i del = _mm_set1_epi8(0x7F);
    for (; bytes.size() - i >= 16; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): an unaligned SIMD load
        // Signed compare: bytes of 0x80 and above are negative, so "below" catches them.
        const int mask = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmplt_epi8(chunk, below), _mm_cmpeq_epi8(chunk, del)));
        if (mask != 0)
            return i + __builtin_ctz(static_cast<unsigned>(mask));
    }
#endif
    return i;
}

} // namespace

bool isCleanUtf8(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    if (n == 0)
        return false; // decodeText(): "empty file"
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
        bytes.startsWith("\xFE\xFF"))
        return false;
    const auto at = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes[i]); };
    qsizetype i = 0;
    while (i < n) {
        i = skipPrintableAscii(bytes, i);
        if (i == n)
            break;
        const unsigned char b = at(i);
        if (b < 0x80) {
            // White space controls are text; NUL, the others and DEL are for decodeText().
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v') || b == 0x7F)
                return false;
            ++i;
            continue;
        }
        char32_t cp = 0;
        qsizetype length = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            cp = b & 0x1FU;
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            cp = b & 0x0FU;
            length = 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            cp = b & 0x07U;
            length = 4;
        } else {
            return false; // a stray continuation byte, an overlong lead (C0, C1) or F5-FF
        }
        if (n - i < length)
            return false;
        for (qsizetype k = 1; k < length; ++k) {
            const unsigned char c = at(i + k);
            if ((c & 0xC0U) != 0x80U)
                return false;
            cp = (cp << 6U) | (c & 0x3FU);
        }
        const char32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false; // overlong, beyond Unicode, or a surrogate
        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEU) == 0xFFFEU)
            return false; // noncharacters: left to the decoder's own judgement
        if (cp >= 0x80 && cp <= 0x9F && cp != 0x85)
            return false; // C1 controls
        i += length;
    }
    return true;
}

} // namespace parley
