// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes through the checklist parser, validator and model builder.
// Any crash, hang, sanitizer report or runaway allocation is a bug.
#include "checklist/ChecklistLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const lantern::ChecklistLoad load = lantern::ChecklistLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    // A checklist either loads or explains why not; never both, never neither.
    if (load.ok() == !load.diagnostics.isEmpty())
        __builtin_trap();
    for (const lantern::Diagnostic& diagnostic : load.diagnostics)
        (void)diagnostic.toString();
    return 0;
}
