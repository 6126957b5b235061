// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

class QWidget;

namespace aicarbon {

/// Replaces `path` atomically with `contents` (core's writeFileAtomically); returns the
/// error message, or an empty string on success.
QString saveFile(const QString& path, const std::string& contents);

/// Shows `error` (when not empty) in a warning box titled "Cannot write PATH".
void warnIfFailed(QWidget* parent, const QString& error, const QString& path);

} // namespace aicarbon
