// SPDX-License-Identifier: GPL-3.0-or-later
// parley-mkimage FILE: writes the image of the shipped dictionaries (extract/gazetteerimage.h)
// that the programs carry, so they read it at start instead of parsing the files.
#include "extract/gazetteer.h"
#include "extract/gazetteerimage.h"
#include "io/savefile.h"

#include <QTextStream>

int main(int argc, char* argv[])
{
    QTextStream err(stderr);
    if (argc != 2) {
        err << "Usage: parley-mkimage FILE\n";
        return 2;
    }
    const parley::Result<parley::Gazetteer> gazetteer = parley::Gazetteer::parseBuiltin();
    if (!gazetteer) {
        err << "parley-mkimage: " << gazetteer.error().toString() << "\n";
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const parley::Status saved =
        parley::saveFile(path, parley::writeGazetteerImage(gazetteer.value().data()));
    if (!saved.ok()) {
        err << "parley-mkimage: " << saved.error.toString() << "\n";
        return 3;
    }
    return 0;
}
