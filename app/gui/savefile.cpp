// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include "textfile.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace aicarbon {

QString saveFile(const QString& path, const std::string& contents)
{
    try {
        writeFileAtomically(path.toStdString(), contents);
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

void warnIfFailed(QWidget* parent, const QString& error, const QString& path)
{
    if (!error.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("SaveFile", "Cannot write %1").arg(path),
                             error);
}

} // namespace aicarbon
