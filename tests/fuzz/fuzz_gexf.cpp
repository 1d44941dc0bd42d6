// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the GEXF importer.
#include "fuzz_graphimport.h"

#include "io/gexf.h"

int parleyFuzzGexf(const unsigned char* data, std::size_t size)
{
    parley::fuzz::checkGraphImport(data, size, &parley::importGexf, &parley::gexfBytes,
                                   QStringLiteral("f.gexf"));
    return 0;
}

#ifndef PARLEY_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    return parleyFuzzGexf(data, size);
}
#endif
