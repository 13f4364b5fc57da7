#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Planar {

/** Chooses the editor's language and installs Planar's and Qt's translators for it. */
class Localization {
public:
    /** The value of `--lang X` or `--lang=X` in argv, empty when absent; read before the
     *  command-line parser exists because the parser's own help text is translated. */
    static QString requestedLanguage(const QStringList &arguments);

    /** The locale to translate for: `lang` when given (zh_CN, zh-CN, en), else the system's,
     *  which on Unix follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG. */
    static QLocale chooseLocale(const QString &lang);

    /** The embedded translation Planar would use for `locale` (":/i18n/planar_zh_CN.qm"), or
     *  empty when the locale prefers English (the source language) or has no translation. */
    static QString translationFile(const QLocale &locale);

    /** Installs Planar's translation for `locale` on `app`, and Qt's own qtbase translation
     *  (standard dialog buttons) when the system has one; a missing qtbase file is no error.
     *  Returns whether Planar's own translation was installed. */
    static bool install(QCoreApplication *app, const QLocale &locale);

    /** @p text as a toolbar button shows it: without "&" and without a Chinese-style
     *  "(&F)" accelerator, which Qt's own stripping leaves as "(F)". */
    static QString withoutMnemonic(QString text);
};

} // namespace Planar
