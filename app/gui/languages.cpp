// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace aicarbon::Languages {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kResourceDir = QStringLiteral(":/i18n");

// The translators installed by the last apply(); owned by the application object.
QPointer<QTranslator> g_ours;
QPointer<QTranslator> g_qt;
QString g_current = kEnglish;

/// Names the issue asks for where CLDR's differ ("Indonesia", "中文 (中国)").
QString knownName(const QString& code)
{
    static const QList<Language> names {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    const auto found =
        std::find_if(names.begin(), names.end(), [&code](const Language& l) { return l.code == code; });
    return found == names.end() ? QString() : found->nativeName;
}

/// "aicarbon_pt_BR.qm" -> "pt_BR".
QString codeOf(const QString& qmFile)
{
    return qmFile.mid(qsizetype(sizeof("aicarbon_") - 1)).chopped(3);
}

QStringList shippedCodes()
{
    QStringList codes {kEnglish};
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("aicarbon_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (const QString code = codeOf(file); !code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    return codes;
}

void removeTranslators()
{
    for (QPointer<QTranslator>* translator : {&g_ours, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

/// A translator loaded by `load`, installed; none when it does not load.
template<typename Load>
QPointer<QTranslator> install(Load load)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!load(*translator)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

/// The user's own regional formats when they speak this language (en_GB, de_AT), else the
/// language's usual ones.
QLocale localeFor(const QString& code)
{
    const QLocale language(code);
    return QLocale::system().language() == language.language() ? QLocale::system() : language;
}

} // namespace

QList<Language> available()
{
    QList<Language> languages;
    for (const QString& code : shippedCodes())
        languages.append({code, nativeName(code)});
    std::sort(languages.begin(), languages.end(), [](const Language& a, const Language& b) {
        return a.nativeName.compare(b.nativeName, Qt::CaseInsensitive) < 0;
    });
    return languages;
}

bool isShipped(const QString& code)
{
    return shippedCodes().contains(code);
}

QString nativeName(const QString& code)
{
    if (const QString known = knownName(code); !known.isEmpty())
        return known;
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty() || locale.language() == QLocale::C)
        return code;
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (") + locale.nativeTerritoryName() + QLatin1Char(')');
    return name.left(1).toUpper() + name.mid(1);
}

QString resolve(const QString& saved, const QLocale& system)
{
    if (!saved.isEmpty() && isShipped(saved))
        return saved;
    const QStringList codes = shippedCodes();
    // The most specific shipped match: "pt_BR" for pt_BR, else the bare language ("de" for de_AT).
    const QString full = system.name();
    if (codes.contains(full))
        return full;
    const QString bare = full.section(QLatin1Char('_'), 0, 0);
    return codes.contains(bare) ? bare : kEnglish;
}

bool apply(const QString& code)
{
    const bool shipped = isShipped(code);
    const QString target = shipped ? code : kEnglish;
    // The locale first: widgets rebuilt on LanguageChange format numbers with it.
    QLocale::setDefault(localeFor(target));
    removeTranslators();
    if (target != kEnglish) {
        g_qt = install([&target](QTranslator& t) {
            return t.load(QLocale(target), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        });
    }
    // English too: its file holds the plural forms of the "%n …(s)" strings.
    g_ours = install([&target](QTranslator& t) {
        return t.load(kResourceDir + QStringLiteral("/aicarbon_") + target + QStringLiteral(".qm"));
    });
    g_current = target;
    return shipped;
}

QString current()
{
    return g_current;
}

} // namespace aicarbon::Languages
