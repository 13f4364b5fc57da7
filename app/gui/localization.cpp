#include "localization.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace Planar {

QString Localization::requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == option && i + 1 < arguments.size()) return arguments.at(i + 1);
        if (a.startsWith(option + QLatin1Char('='))) return a.mid(option.size() + 1);
    }
    return {};
}

QLocale Localization::chooseLocale(const QString &lang)
{
    if (lang.isEmpty()) return QLocale::system();
    return QLocale(QString(lang).replace(QLatin1Char('-'), QLatin1Char('_')));
}

QString Localization::translationFile(const QLocale &locale)
{
    // uiLanguages() lists the user's preferences in order (LANGUAGE=en:zh_CN means English
    // first); English is what the source says, so it needs no file and ends the search.
    for (QString lang : locale.uiLanguages()) {
        lang.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (lang == QLatin1String("C") || lang.startsWith(QLatin1String("en"))) return {};
        // zh_Hans_CN is listed before zh_CN; only the exact names are tried so that a
        // Traditional Chinese user (zh_Hant_TW) is not handed Simplified text.
        const QString file = QStringLiteral(":/i18n/planar_") + lang + QStringLiteral(".qm");
        if (QFileInfo::exists(file)) return file;
    }
    return {};
}

bool Localization::install(QCoreApplication *app, const QLocale &locale)
{
    const QString file = translationFile(locale);
    if (file.isEmpty()) return false;
    auto *planar = new QTranslator(app);
    if (!planar->load(file)) {
        delete planar;
        return false;
    }
    app->installTranslator(planar);

    // Qt's own strings (OK/Cancel in message boxes, file dialogs) in the same language.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return true;
}

QString Localization::withoutMnemonic(QString text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    text.remove(cjkMnemonic);
    // "&&" is a literal ampersand; a single "&" marks the accelerator.
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace Planar
