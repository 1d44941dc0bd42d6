// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace parley {

/// An error that crosses core's public API: what failed, and where (a file path, a line).
struct Error
{
    QString where;   ///< file path or other location the user recognises; may be empty
    QString message; ///< human-readable reason, no trailing full stop
    int line = 0;    ///< 1-based line number in `where`, 0 when not applicable

    /// "path:line: message" (or "path: message"), the form printed on stderr and in the GUI.
    QString toString() const
    {
        QString s = where;
        if (line > 0)
            s += QLatin1Char(':') + QString::number(line);
        if (!s.isEmpty())
            s += QStringLiteral(": ");
        return s + message;
    }
};

/// Value-or-error result of a core boundary function. No exception crosses core's public API.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but may fail.
struct Status
{
    Error error;
    bool failed = false;

    static Status success() { return {}; }
    static Status failure(Error e) { return {std::move(e), true}; }
    bool ok() const { return !failed; }
    explicit operator bool() const { return ok(); }
};

} // namespace parley
