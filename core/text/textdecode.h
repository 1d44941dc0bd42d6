// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace parley {

/// The encoding decodeText() settled on, for messages and tests.
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

/// Turns the bytes of a file into text. UTF-8 (a BOM is dropped), UTF-16 LE/BE with a BOM,
/// UTF-16 without a BOM when the NUL bytes fall on every other byte, and Windows-1252 when
/// the bytes are not valid UTF-8. Fails with "empty file" for no bytes and "not a text file"
/// for NUL bytes that UTF-16 does not explain or for many control characters.
/// Linear in the size of the input. Thread-safe.
Result<DecodedText> decodeText(const QByteArray& bytes);

/// Whether decodeText() would read `bytes` as UTF-8 without a BOM and find no NUL or control
/// character but white space: then the bytes are the text's UTF-8 as they stand, and a
/// reader of UTF-8 (the JSONL loader) need not decode them first. False in every other case
/// (call decodeText()). Strict: overlong forms, surrogates and noncharacters answer false.
/// Linear, allocates nothing. Thread-safe.
bool isCleanUtf8(QByteArrayView bytes);

/// Decodes Windows-1252 bytes (bytes 0x80-0x9F map to the typographic characters, the five
/// unassigned ones to the C1 controls, as browsers do). Thread-safe.
QString fromWindows1252(const char* data, qsizetype size);

/// The Windows-1252 meaning of a byte 0x80-0x9F (also used for numeric HTML references).
char16_t windows1252High(unsigned char byte);

} // namespace parley
