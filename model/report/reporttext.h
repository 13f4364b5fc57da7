#pragma once

#include <QString>
#include <QStringList>

namespace Planar {

/**
 * The report's headings and labels in one language: "en" or "zh_CN" (the glossary's terms).
 * Model text, not Qt tr(): the CLI writes Chinese reports without loading a translator.
 */
struct ReportPhrase;

class ReportText {
public:
    explicit ReportText(const QString &lang);

    static bool isKnownLanguage(const QString &lang);
    QString lang() const { return mChinese ? QStringLiteral("zh-CN") : QStringLiteral("en"); }
    /** The label for @p key; a key missing from the table is a programming error. */
    QString operator()(const char *key) const;
    QString operator()(const QString &key) const { return (*this)(key.toUtf8().constData()); }
    /** The sentence of @p key with %1… filled from @p args in one pass (args are never read). */
    QString operator()(const char *key, const QStringList &args) const;
    /** A phrase of the model in words: its sentence, then ": " and its ids when it names any. */
    QString operator()(const ReportPhrase &phrase) const;
    /** Ids joined for an evidence line: the first @p max of them and a count of the rest. */
    QString ids(const QStringList &ids, int max = 12) const;
    bool chinese() const { return mChinese; }

private:
    bool mChinese = false;
};

} // namespace Planar
