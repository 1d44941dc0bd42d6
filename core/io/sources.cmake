# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parley_core PRIVATE
    io/corpusbuilder.h io/corpusbuilder.cpp
    io/csv.h io/csv.cpp
    io/cytoscape.h io/cytoscape.cpp
    io/dot.h io/dot.cpp
    io/exportcommon.h io/exportcommon.cpp
    io/exporter.h io/exporter.cpp
    io/gexf.h io/gexf.cpp
    io/graphml.h io/graphml.cpp
    io/importer.h io/importer.cpp
    io/exportoptions.h io/exportoptions.cpp
    io/jsonexport.h io/jsonexport.cpp
    io/jsonl.h io/jsonl.cpp
    io/jsonparts.h io/jsonparts.cpp
    io/jsonwriter.h io/jsonwriter.cpp
    io/savefile.h io/savefile.cpp)
