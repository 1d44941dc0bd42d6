// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace parley {

/// Reduces Markdown to plain prose: heading marks, emphasis, inline code marks, block quote
/// marks and list bullets are removed, links and images keep only their text, fenced code
/// blocks, reference definitions and rules are dropped, and each heading or list item becomes
/// its own paragraph so that it is never glued to the next line. Linear time. Thread-safe.
QString markdownToText(QStringView markdown);

} // namespace parley
