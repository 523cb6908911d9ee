// SPDX-License-Identifier: GPL-3.0-or-later
// Result is header-only; this file gives lantern_util a translation unit.
#include "util/Result.h"
