// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the GraphML importer (File > Open graph, parley-cli has none).
#include "fuzz_graphimport.h"

#include "io/graphml.h"

int parleyFuzzGraphML(const unsigned char* data, std::size_t size)
{
    parley::fuzz::checkGraphImport(data, size, &parley::importGraphML, &parley::graphmlBytes,
                                   QStringLiteral("f.graphml"));
    return 0;
}

#ifndef PARLEY_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    return parleyFuzzGraphML(data, size);
}
#endif
