// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceproject.h"

#include <QFile>
#include <QFileInfo>

namespace aicarbon {

ScenarioFile readResourceProject(const QString& resourcePath)
{
    QFile file(resourcePath);
    const std::string name = QFileInfo(resourcePath).fileName().toStdString();
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioFile missing;
        Diagnostic d = Diagnostic::error("unreadable-file", "", file.errorString().toStdString());
        d.file = name;
        missing.diagnostics.push_back(std::move(d));
        return missing;
    }
    const QByteArray bytes = file.readAll();
    return parseScenarioText(std::string_view(bytes.constData(), std::size_t(bytes.size())), name);
}

} // namespace aicarbon
