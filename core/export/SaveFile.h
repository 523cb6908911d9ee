// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lantern {

/// Writes `bytes` to `path` through a temporary file that replaces it only once complete and
/// synced (QSaveFile): a failed write never leaves a partial file under the final name.
Result<void> saveFile(const QString& path, const QByteArray& bytes);

} // namespace lantern
