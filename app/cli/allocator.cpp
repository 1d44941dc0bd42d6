// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli's allocator settings, read by jemalloc when the build links it (app/cli/CMakeLists.txt).
//
// `extract` touches a few hundred bytes of fresh heap per word of text (texts, tokens,
// mentions, the graph, the JSON being written), so a 4 MB corpus faulted in about 11,700
// pages one 4 KB page at a time, and the kernel's page faults were a sixth of the command's
// CPU time (more under virtual machines). On transparent huge pages a fault brings in 2 MB:
// about 2,800 faults, and the command takes a fifth less CPU time for some 15 MB more
// resident memory. jemalloc asks for huge pages where glibc's malloc cannot be told to
// from inside the program (only by a GLIBC_TUNABLES environment set before it starts).
//
// One arena for all threads (narenas:1): the main thread frees what the extraction threads
// allocated (the documents and their extractions) and allocates the graph; with an arena per
// thread (jemalloc's default on two cores is eight) each thread grew its own and the graph
// went into fresh pages while the workers' freed ones sat idle. One arena: 1,960 page faults
// instead of 3,200 on 4 MB of articles, and each fresh page is costly on a virtual machine (the
// host backs it at the first touch); CPU time x1.03 and x1.04 in two batches, noise in a third
// (docs/benchmarks.md, session 22). The thread caches keep the arena's lock off the common path.
extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc's documented hook
const char* malloc_conf = "thp:always,metadata_thp:always,narenas:1";
}
