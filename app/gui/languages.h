// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace aicarbon {

/// A user-interface language the application ships: "de", "Deutsch".
struct Language
{
    QString code; ///< as in translations/aicarbon_<code>.ts; "en" for the source language
    QString nativeName; ///< the language's name in itself, never translated
};

/// The shipped languages and the application-wide switch between them. English is the
/// source language and always shipped; every other one is a ":/i18n/aicarbon_<code>.qm"
/// compiled into the application (see translations/README.md).
namespace Languages {

/// Every shipped language, English included, sorted by native name.
QList<Language> available();
/// Whether `code` is shipped.
bool isShipped(const QString& code);
/// The name of `code` in itself ("Português (Brasil)"); the code when unknown.
QString nativeName(const QString& code);
/// The language to use for a saved choice: `saved` when shipped; else (first start, or a
/// language no longer shipped) the one of `system` when shipped; else English.
QString resolve(const QString& saved, const QLocale& system = QLocale::system());
/// Switches the whole application to `code`: removes the translators installed before,
/// installs ours and Qt's own (standard buttons; when Qt ships one), and makes numbers
/// and dates follow the language (QLocale::setDefault). Every widget then receives
/// QEvent::LanguageChange. Returns false (and switches to English) when not shipped.
bool apply(const QString& code);
/// The language last applied; "en" before any.
QString current();

} // namespace Languages

} // namespace aicarbon
