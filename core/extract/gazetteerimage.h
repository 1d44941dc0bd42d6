// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace parley {

class GazetteerData;

/// GazetteerData as bytes and back. The shipped dictionaries are parsed and indexed once, at
/// build time (app/builtin), and programs read that image at start: parsing the files and
/// tokenizing every phrase was half of the CPU time of a one-article `extract`.
/// The bytes depend only on the data (tables are written in key order), so two images of
/// equal data are equal.
QByteArray writeGazetteerImage(const GazetteerData& data);

/// Reads an image of writeGazetteerImage() into `data`. False, with `data` unchanged, when
/// the bytes are not an image of this build's format.
bool readGazetteerImage(const QByteArray& bytes, GazetteerData& data);

} // namespace parley
