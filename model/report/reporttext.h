#pragma once

#include <QString>

namespace Planar {

/**
 * The report's headings and labels in one language: "en" or "zh_CN" (the glossary's terms).
 * Model text, not Qt tr(): the CLI writes Chinese reports without loading a translator.
 */
class ReportText {
public:
    explicit ReportText(const QString &lang);

    static bool isKnownLanguage(const QString &lang);
    QString lang() const { return mChinese ? QStringLiteral("zh-CN") : QStringLiteral("en"); }
    /** The label for @p key; a key missing from the table is a programming error. */
    QString operator()(const char *key) const;
    QString operator()(const QString &key) const { return (*this)(key.toUtf8().constData()); }

private:
    bool mChinese = false;
};

} // namespace Planar
