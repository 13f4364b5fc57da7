#pragma once

#include "plan/extrakeys.h"
#include "planreader.h"

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Planar {

/** Collects read errors with file:line:column for one file. */
class ReadContext {
public:
    explicit ReadContext(QString file) : mFile(std::move(file)) {}

    void error(const YAML::Mark &mark, const QString &message);
    void error(const YAML::Node &node, const QString &message) { error(node.Mark(), message); }
    const QList<ReadError> &errors() const { return mErrors; }

private:
    QString mFile;
    QList<ReadError> mErrors;
    // An alias makes one node appear many times; its problem is still reported once.
    QSet<QString> mSeen;
};

/** The scalar as UTF-8 text; a leading U+FEFF is part of the text, not a byte-order mark. */
QString scalarText(const YAML::Node &node);
/**
 * A value as error messages show it: at most kExcerptLength characters with "…", and
 * characters a terminal would act on written as \uXXXX, so a huge or hostile value cannot
 * flood or rewrite the user's screen.
 */
QString excerpt(const QString &text);
constexpr qsizetype kExcerptLength = 60;

/**
 * Reads the fields of one YAML mapping by name. Each accessor marks its key as understood and
 * reports wrong types at the value's position; what no accessor asked for becomes ExtraKeys.
 * Duplicate keys are an error: YAML would otherwise drop one silently.
 */
class FieldReader {
public:
    FieldReader(ReadContext &context, const YAML::Node &node, QString what);

    bool isMap() const { return mIsMap; }
    const YAML::Node &node() const { return mNode; }

    bool has(const char *key) const;
    /** The raw value; undefined node when absent. Marks the key as understood. */
    YAML::Node take(const char *key);

    QString string(const char *key, bool required = false);
    std::optional<int> integer(const char *key, bool required = false, int min = INT_MIN,
                               int max = INT_MAX);
    std::optional<bool> boolean(const char *key);
    /** A string, or a list of strings when @p allowScalar says one string may stand alone. */
    QStringList stringList(const char *key, bool allowScalar = false);
    QList<int> intList(const char *key);
    /** One of @p choices (case-sensitive, as written in the contract). */
    QString choice(const char *key, const QStringList &choices, bool required = false);

    /** Keys no accessor asked for, in file order. Call once all fields are read. */
    ExtraKeys extras() const;

    void missing(const char *key);
    void wrongType(const YAML::Node &value, const char *key, const QString &expected);

private:
    struct Entry {
        QString key;
        YAML::Node keyNode;
        YAML::Node value;
        bool used = false;
    };
    Entry *find(const char *key);

    ReadContext &mContext;
    YAML::Node mNode;
    QString mWhat;
    bool mIsMap = false;
    QList<Entry> mEntries;
    // Key → index in mEntries: duplicate checks and look-ups stay linear in the key count.
    QHash<QString, qsizetype> mIndex;
};

std::optional<int> parseStrictInt(const QString &text);

} // namespace Planar
